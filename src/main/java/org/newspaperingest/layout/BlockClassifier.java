package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/**
 * Names each block from its type size relative to the page's body text, the number of its lines and its
 * neighbours: headlines are much larger than body text, kickers and subheadlines sit just above and just
 * below a headline, captions just below a photo, folios in the top or bottom margin. Bylines and jump
 * lines are the short single lines split off the start and end of body text; the orchestrator may
 * refine them once the text is read (see {@code ingest.TextClasses}).
 */
final class BlockClassifier {
    /** Type this many times the body's is a headline's, wherever it stands. */
    private static final double HEADLINE = 1.45;
    /**
     * Type this many times the body's, in two lines or more with no larger type just above it, is a headline too:
     * one set in a narrow column wraps, and is hardly larger than a subheadline set under a wide headline.
     */
    private static final double HEADLINE_IN_COLUMN = 1.3;
    /** A piece of a run of display type at least this share of the headline's size is part of the headline. */
    private static final double DECK_SHARE = 0.9;
    private final int pageWidth;
    private final int pageHeight;
    private final List<Box> horizontalRules;
    private final List<Box> verticalRules;
    private final List<Box> pictures;

    BlockClassifier(int pageWidth, int pageHeight, List<Box> horizontalRules, List<Box> verticalRules,
                    List<Box> pictures) {
        this.verticalRules = verticalRules;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.horizontalRules = horizontalRules;
        this.pictures = pictures;
    }

    List<Region> classify(List<Segmenter.Block> blocks) {
        double body = bodyLineSize(blocks);
        int[] margins = margins(blocks);
        BlockType[] types = new BlockType[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Segmenter.Block block = blocks.get(i);
            if (block.lineSize() / body >= 4.5 && block.box().bottom() < pageHeight * 0.3
                    && isTopmostLarge(blocks, i, body)) {
                types[i] = BlockType.MASTHEAD;
            } else if (block.box().bottom() <= margins[0]
                    || block.box().y() >= margins[1] && (margins[2] == 1 || !endsColumn(blocks, i, body))) {
                types[i] = BlockType.FOLIO;
            } else if (block.lines().size() <= 4 && underPicture(block.box(), body)) {
                types[i] = BlockType.CAPTION;
            }
        }
        headingStacks(blocks, types, body);
        mastheadBand(blocks, types);
        advertisements(blocks, types, body);
        double bodyDensity = bodyDensity(blocks, types);
        for (int i = 0; i < blocks.size(); i++) {
            if (types[i] != null) {
                continue;
            }
            Segmenter.Block block = blocks.get(i);
            if (block.position() == Segmenter.Position.FIRST_LINE) {
                // Bylines are set bold; a lighter or smaller first line is a continued-from line.
                types[i] = block.inkDensity() >= 1.1 * bodyDensity ? BlockType.BYLINE : BlockType.JUMP;
            } else if (block.position() == Segmenter.Position.LAST_LINE) {
                types[i] = BlockType.JUMP;
            } else if (block.lines().size() == 1 && block.inkDensity() >= 1.15 * bodyDensity
                    && block.lineSize() / body < 1.12) {
                // A line of bold body-size type on its own, where a column starts: a byline.
                types[i] = BlockType.BYLINE;
            } else {
                types[i] = BlockType.BODY;
            }
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Region region = new Region(types[i], blocks.get(i).box(), blocks.get(i).direction());
            Region previous = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (previous != null && types[i] == BlockType.MASTHEAD && previous.type() == BlockType.MASTHEAD
                    && blocks.get(i).lineSize() < 2 * body && blocks.get(i - 1).lineSize() < 2 * body
                    && stacked(previous.box(), region.box(), body)) {
                // The issue lines of a masthead are one block, whatever their sizes.
                regions.set(regions.size() - 1,
                        new Region(BlockType.MASTHEAD, previous.box().union(region.box()), previous.direction()));
            } else {
                regions.add(region);
            }
        }
        return regions;
    }

    /**
     * Runs of display type one after another in reading order, close together: the largest is the
     * headline, what comes before it the kicker, what comes after the subheadline. A single line of body
     * size directly above or below such a run belongs to it too.
     */
    private static void headingStacks(List<Segmenter.Block> blocks, BlockType[] types, double body) {
        int i = 0;
        while (i < blocks.size()) {
            if (types[i] != null || !isDisplay(blocks.get(i), body)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && types[end] == null && isDisplay(blocks.get(end), body)
                    && adjacent(blocks.get(end - 1).box(), blocks.get(end).box(), body)) {
                end++;
            }
            int largest = i;
            for (int k = i; k < end; k++) {
                if (blocks.get(k).lineSize() > blocks.get(largest).lineSize()) {
                    largest = k;
                }
            }
            double largestRatio = blocks.get(largest).lineSize() / body;
            if (largestRatio < HEADLINE_IN_COLUMN || largestRatio < HEADLINE && (blocks.get(largest).lines().size() < 2
                    || largerAbove(blocks, blocks.get(largest).box(), largestRatio * body))) {
                // No headline among them: a run of slightly larger type is a subheadline, under a headline or
                // inside the body.
                for (int k = i; k < end; k++) {
                    types[k] = BlockType.SUBHEADLINE;
                }
                i = end;
                continue;
            }
            double headlineSize = blocks.get(largest).lineSize();
            for (int k = i; k < end; k++) {
                // A headline cut into pieces (its decks, or a line layout split off) is set in one size: every
                // piece of about the largest size is the headline's.
                // Pieces side by side stay kicker or subheadline: headlines side by side are neighbouring stories'.
                Box piece = blocks.get(k).box();
                Box main = blocks.get(largest).box();
                boolean deck = blocks.get(k).lineSize() >= DECK_SHARE * headlineSize
                        && Math.min(piece.right(), main.right()) - Math.max(piece.x(), main.x()) > 0;
                types[k] = k == largest || deck ? BlockType.HEADLINE : k < largest ? BlockType.KICKER
                        : BlockType.SUBHEADLINE;
            }
            if (i > 0 && types[i - 1] == null && largest == i && isKickerOver(blocks.get(i - 1), blocks.get(i), body)) {
                types[i - 1] = BlockType.KICKER;
            }
            i = end;
        }
    }

    /**
     * Display type: clearly larger than body text, in a few lines; or type as large as a headline's in more
     * lines, as a headline set in one narrow column wraps.
     */
    private static boolean isDisplay(Segmenter.Block block, double body) {
        double ratio = block.lineSize() / body;
        return ratio >= 1.12 && block.lines().size() <= 3 || ratio >= HEADLINE_IN_COLUMN && block.lines().size() <= 8;
    }

    /**
     * A kicker over a headline: a line of body size close above it, or two lines of a touch larger type (a
     * kicker set in two columns), or two lines of body size set tight over it (a kicker wrapped in a narrow
     * column; the end of the story above stands an article's gap away).
     */
    private static boolean isKickerOver(Segmenter.Block kicker, Segmenter.Block headline, double body) {
        double ratio = kicker.lineSize() / body;
        if (kicker.position() != Segmenter.Position.WHOLE || ratio >= 1.12) {
            return false;
        }
        int lines = kicker.lines().size();
        double gap = headline.box().y() - kicker.box().bottom();
        return (lines == 1 || lines == 2 && ratio >= 1.04) && adjacent(kicker.box(), headline.box(), body)
                || lines == 2 && gap >= -0.5 * body && gap <= body && stacked(kicker.box(), headline.box(), body);
    }

    /** Whether a block of larger type stands just above: the headline a subheadline is set under. */
    private static boolean largerAbove(List<Segmenter.Block> blocks, Box box, double size) {
        for (Segmenter.Block other : blocks) {
            Box above = other.box();
            double shared = Math.min(above.right(), box.right()) - Math.max(above.x(), box.x());
            double gap = box.y() - above.bottom();
            if (other.lineSize() > 1.1 * size && shared >= 0.3 * Math.min(above.width(), box.width())
                    && gap >= -size && gap <= 3 * size) {
                return true;
            }
        }
        return false;
    }

    /**
     * On the front page everything above the first rule across the page, beside the title, is part of
     * the masthead: the title's romanisation, the publisher, the issue number and date.
     */
    private void mastheadBand(List<Segmenter.Block> blocks, BlockType[] types) {
        Box title = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (types[i] == BlockType.MASTHEAD) {
                title = blocks.get(i).box();
            }
        }
        if (title == null) {
            return;
        }
        int below = pageHeight;
        for (Box rule : horizontalRules) {
            if (rule.width() >= 0.5 * pageWidth && rule.y() >= title.bottom() && rule.y() < below
                    && rule.y() <= title.bottom() + title.height()) {
                below = rule.y();
            }
        }
        if (below == pageHeight) {
            below = (int) (title.bottom() + 0.5 * title.height());
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).box().bottom() <= below) {
                types[i] = BlockType.MASTHEAD;
            }
        }
    }

    /**
     * A ruled frame with display type but no running text in it is an advertisement. Frames are found
     * as a pair of horizontal rules spanned by a pair of vertical ones.
     */
    private void advertisements(List<Segmenter.Block> blocks, BlockType[] types, double body) {
        for (Box frame : frames()) {
            List<Integer> inside = new ArrayList<>();
            boolean runningText = false;
            for (int i = 0; i < blocks.size(); i++) {
                Box box = blocks.get(i).box();
                if (frame.contains(box)) {
                    inside.add(i);
                    double ratio = blocks.get(i).lineSize() / body;
                    runningText |= blocks.get(i).lines().size() >= 3 && ratio < 1.2;
                }
            }
            if (!runningText) {
                inside.forEach(i -> types[i] = BlockType.ADVERTISEMENT);
            }
        }
    }

    private List<Box> frames() {
        List<Box> frames = new ArrayList<>();
        for (Box top : horizontalRules) {
            for (Box bottom : horizontalRules) {
                if (bottom.y() <= top.bottom() + 50 || Math.abs(bottom.x() - top.x()) > 0.02 * pageWidth
                        || Math.abs(bottom.right() - top.right()) > 0.02 * pageWidth) {
                    continue;
                }
                boolean left = false;
                boolean right = false;
                for (Box side : verticalRules) {
                    boolean spans = side.y() <= top.bottom() + 0.02 * pageHeight
                            && side.bottom() >= bottom.y() - 0.02 * pageHeight;
                    left |= spans && Math.abs(side.centerX() - top.x()) < 0.02 * pageWidth;
                    right |= spans && Math.abs(side.centerX() - top.right()) < 0.02 * pageWidth;
                }
                if (left && right) {
                    frames.add(Box.ofCorners(top.x(), top.y(), top.right(), bottom.bottom()));
                }
            }
        }
        return frames;
    }

    /** Ink density of body text: the median over the blocks classified as body so far (or all). */
    private static double bodyDensity(List<Segmenter.Block> blocks, BlockType[] types) {
        List<Double> densities = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (types[i] == null && blocks.get(i).lines().size() >= 3) {
                densities.add(blocks.get(i).inkDensity());
            }
        }
        if (densities.isEmpty()) {
            blocks.forEach(b -> densities.add(b.inkDensity()));
        }
        return TextGrain.median(densities);
    }

    /**
     * The line size of body text: the median thickness of every line of every block, before any block is
     * classed (so headlines count too). {@code structure.Geometry.bodyTextSize} is the median over body
     * blocks only, once classed; {@code LineLayoutAnalyzer.bodySize} a length-weighted mode.
     */
    private static double bodyLineSize(List<Segmenter.Block> blocks) {
        List<Double> sizes = new ArrayList<>();
        for (Segmenter.Block block : blocks) {
            for (Box line : block.lines()) {
                sizes.add((double) (block.direction() == Direction.HORIZONTAL ? line.height() : line.width()));
            }
        }
        return Math.max(1, TextGrain.median(sizes));
    }

    /**
     * Whether the block ends a column: text stands right above it, a line or two away. Without a rule over the
     * foot of the page, the last line of a column set down to the bottom is not a running foot.
     */
    private static boolean endsColumn(List<Segmenter.Block> blocks, int i, double body) {
        Box box = blocks.get(i).box();
        for (Segmenter.Block other : blocks) {
            Box above = other.box();
            double shared = above.xOverlap(box);
            double gap = box.y() - above.bottom();
            if (other != blocks.get(i) && shared >= 0.5 * box.width() && gap >= 0 && gap <= 2.5 * body) {
                return true;
            }
        }
        return false;
    }

    /**
     * The running head and foot: above the first long rule near the top of the page, below the last
     * near the bottom; without such rules, in the outermost few per cent. The third value is 1 where a rule
     * marks off the foot.
     */
    private int[] margins(List<Segmenter.Block> blocks) {
        int top = Integer.MIN_VALUE;
        int bottom = Integer.MAX_VALUE;
        for (Box rule : horizontalRules) {
            if (rule.width() >= 0.5 * pageWidth) {
                if (rule.y() < pageHeight * 0.12) {
                    top = Math.max(top, rule.y());
                }
                if (rule.bottom() > pageHeight * 0.88) {
                    bottom = Math.min(bottom, rule.bottom());
                }
            }
        }
        // Without a rule, the running head and foot are what lies in the outermost few per cent.
        if (top == Integer.MIN_VALUE) {
            top = (int) (pageHeight * 0.06);
        }
        boolean footRule = bottom != Integer.MAX_VALUE;
        if (!footRule) {
            bottom = (int) (pageHeight * 0.94);
        }
        return new int[] {top, bottom, footRule ? 1 : 0};
    }

    private boolean isTopmostLarge(List<Segmenter.Block> blocks, int i, double body) {
        Box box = blocks.get(i).box();
        for (Segmenter.Block other : blocks) {
            if (other.lineSize() >= HEADLINE * body && other.box().bottom() <= box.y()) {
                return false;
            }
        }
        return true;
    }

    private boolean underPicture(Box box, double body) {
        for (Box picture : pictures) {
            double gap = box.y() - picture.bottom();
            double overlap = box.xOverlap(picture);
            if (gap >= -body * 0.5 && gap <= 1.5 * body && overlap >= 0.5 * box.width()) {
                return true;
            }
        }
        return false;
    }

    /** One above the other, sharing most of their width, a line's space apart at most. */
    private static boolean stacked(Box upper, Box lower, double body) {
        double shared = upper.xOverlap(lower);
        double gap = lower.y() - upper.bottom();
        return shared >= 0.5 * Math.min(upper.width(), lower.width()) && gap >= -body && gap <= 1.2 * body;
    }

    /** Close together: stacked with at most about two lines of space between them, or side by side. */
    private static boolean adjacent(Box upper, Box lower, double body) {
        double verticalGap = lower.y() - upper.bottom();
        double horizontalGap = Math.max(lower.x() - upper.right(), upper.x() - lower.right());
        return verticalGap <= 3 * body && horizontalGap <= 3 * body;
    }
}
