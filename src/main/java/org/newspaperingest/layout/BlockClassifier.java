package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Type this many times the body's with no larger type just above it is a headline too (in one line, when it
     * runs several characters and stands in no column of text): one set in a narrow column wraps, and is hardly
     * larger than a subheadline set under a wide headline.
     */
    private static final double HEADLINE_IN_COLUMN = 1.2;
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
        double bodyDensity = bodyDensity(blocks, types);
        for (int i = 0; i < blocks.size(); i++) {
            Segmenter.Block block = blocks.get(i);
            if (block.lineSize() / body >= 4.5 && block.box().bottom() < pageHeight * 0.3
                    && isTopmostLarge(blocks, i, body) && titleLine(block)) {
                types[i] = BlockType.MASTHEAD;
            } else if (block.box().bottom() <= margins[0]
                    || block.box().y() >= margins[1] && (margins[2] == 1 || !endsColumn(blocks, i, body))) {
                types[i] = BlockType.FOLIO;
            } else if (block.lines().size() <= 4 && block.position() == Segmenter.Position.WHOLE
                    && underPicture(block.box(), body) && setApart(block, body, bodyDensity)) {
                // A caption is set apart from the body, smaller or bolder: display type under a photo is a
                // headline, and text in the body's type and weight there is the story going on under it.
                types[i] = BlockType.CAPTION;
            }
        }
        if (margins[2] == 0) {
            footOfColumns(blocks, types, margins[1]);
        }
        headingStacks(blocks, types, body, bodyDensity);
        mastheadBand(blocks, types);
        advertisements(blocks, types, body, bodyDensity);
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
     * Display type stacked close one above the other is one heading: its largest type the headline (every deck
     * of about that size is the headline's), what stands above it the kicker, what stands below the
     * subheadline. Stacks are found on the page, not in reading order: the segmentation may read a headline's
     * last line, or a subheadline, after the column beside it. A few lines of smaller or bolder type than the
     * body set tight over a headline are its kicker, however the segmentation cut them.
     */
    private void headingStacks(List<Segmenter.Block> blocks, BlockType[] types, double body, double bodyDensity) {
        List<Integer> display = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (types[i] == null && isDisplay(blocks.get(i), body)) {
                display.add(i);
            }
        }
        int[] parent = new int[blocks.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int a : display) {
            for (int b : display) {
                if (a != b && deckOver(blocks.get(a), blocks.get(b), body)) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        Map<Integer, List<Integer>> stacks = new LinkedHashMap<>();
        for (int i : display) {
            stacks.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> headed = new ArrayList<>();
        for (List<Integer> stack : stacks.values()) {
            stack.sort(Comparator.comparingInt((Integer k) -> blocks.get(k).box().y())
                    .thenComparingInt(k -> blocks.get(k).box().x()));
            int largest = stack.get(0);
            for (int k : stack) {
                if (blocks.get(k).lineSize() > blocks.get(largest).lineSize()) {
                    largest = k;
                }
            }
            Box top = blocks.get(stack.get(0)).box();
            double largestRatio = blocks.get(largest).lineSize() / body;
            int lines = stack.stream().mapToInt(k -> blocks.get(k).lines().size()).sum();
            // A single line under a headline's size is one when it runs several characters (a piece of one or two
            // is cut off a line) and stands in no column of text (a subhead inside the body).
            Box extent = blocks.get(largest).box();
            boolean headline = largestRatio >= HEADLINE || largestRatio >= HEADLINE_IN_COLUMN
                    && !largerAbove(blocks, top, largestRatio * body)
                    && (lines >= 2 || extent.width() >= 4 * blocks.get(largest).lineSize()
                    && !inColumn(blocks, stack, body));
            if (!headline) {
                // No headline among them: a run of slightly larger type is a subheadline, under a headline or
                // inside the body.
                stack.forEach(k -> types[k] = BlockType.SUBHEADLINE);
                continue;
            }
            double headlineSize = blocks.get(largest).lineSize();
            Box main = blocks.get(largest).box();
            for (int k : stack) {
                // A headline cut into pieces (its decks, or a line layout split off) is set in one size: every
                // piece of about the largest size is the headline's.
                // Pieces side by side stay kicker or subheadline: headlines side by side are neighbouring stories'.
                // A line of several characters in much lighter ink is a subheadline set nearly as large.
                Box piece = blocks.get(k).box();
                boolean lighter = piece.width() >= 4 * blocks.get(k).lineSize() && main.width() >= 4 * headlineSize
                        && blocks.get(k).inkDensity() < 0.82 * blocks.get(largest).inkDensity();
                boolean deck = blocks.get(k).lineSize() >= DECK_SHARE * headlineSize && !lighter
                        && Math.min(piece.right(), main.right()) - Math.max(piece.x(), main.x()) > 0;
                types[k] = k == largest || deck ? BlockType.HEADLINE
                        : piece.centerY() < main.y() ? BlockType.KICKER : BlockType.SUBHEADLINE;
            }
            headed.add(stack);
        }
        for (List<Integer> stack : headed) {
            kicker(blocks, types, stack, body, bodyDensity);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether {@code upper} is a deck of display type set right over {@code lower}: sharing most of the narrower
     * one's width, with no more than a line of its type between them.
     */
    private static boolean deckOver(Segmenter.Block upper, Segmenter.Block lower, double body) {
        Box a = upper.box();
        Box b = lower.box();
        double gap = b.y() - a.bottom();
        double leading = Math.max(1.2 * body, 0.6 * Math.max(upper.lineSize(), lower.lineSize()));
        return a.centerY() < b.centerY() && a.xOverlap(b) >= 0.5 * Math.min(a.width(), b.width())
                && gap >= -0.3 * body && gap <= leading;
    }

    /**
     * Whether a single line of display type stands inside a column of text: text of body size close above it
     * and close below it, at least as wide. A subhead inside a long article (小标题), not a headline.
     */
    private static boolean inColumn(List<Segmenter.Block> blocks, List<Integer> stack, double body) {
        Box box = blocks.get(stack.get(0)).box();
        for (int k : stack) {
            box = box.union(blocks.get(k).box());
        }
        boolean above = false;
        boolean below = false;
        for (int i = 0; i < blocks.size(); i++) {
            Segmenter.Block other = blocks.get(i);
            double ratio = other.lineSize() / body;
            if (stack.contains(i) || ratio < 0.9 || ratio >= 1.12 || other.box().xOverlap(box) < 0.8 * box.width()) {
                continue;
            }
            above |= box.y() - other.box().bottom() >= -0.3 * body && box.y() - other.box().bottom() <= 1.5 * body;
            below |= other.box().y() - box.bottom() >= -0.3 * body && other.box().y() - box.bottom() <= 1.5 * body;
        }
        return above && below;
    }

    /**
     * The kicker over a headline stack: lines of type set apart from the body (smaller, bolder or a touch
     * larger), tight over the headline and within its width, and the pieces of those lines the segmentation
     * cut off beside or above them, up to four lines in all. The end of the story above stands an article's
     * gap away, in body type.
     */
    private void kicker(List<Segmenter.Block> blocks, BlockType[] types, List<Integer> stack, double body,
                        double bodyDensity) {
        Box heading = null;
        for (int k : stack) {
            heading = heading == null ? blocks.get(k).box() : heading.union(blocks.get(k).box());
        }
        List<Integer> kicker = new ArrayList<>();
        int lines = 0;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 0; i < blocks.size(); i++) {
                Box over = heading;
                for (int k : kicker) {
                    over = over.union(blocks.get(k).box());
                }
                if (kicker.contains(i) || !kickerType(blocks.get(i), types[i], body, bodyDensity, over)) {
                    continue;
                }
                Box box = blocks.get(i).box();
                boolean touches = kicker.isEmpty()
                        ? box.xOverlap(heading) >= 0.8 * Math.min(box.width(), heading.width())
                        && heading.y() - box.bottom() >= -0.3 * body
                        && heading.y() - box.bottom() <= body
                        : kicker.stream().map(k -> blocks.get(k).box()).anyMatch(k -> besideOrOver(box, k, body));
                if (touches && box.xOverlap(heading) >= 0.5 * box.width() && box.bottom() <= heading.y() + 0.3 * body
                        && lines + blocks.get(i).lines().size() <= 4) {
                    kicker.add(i);
                    lines += blocks.get(i).lines().size();
                    grown = true;
                }
            }
        }
        kicker.forEach(k -> types[k] = BlockType.KICKER);
    }

    /**
     * Type a kicker is set in: a few whole lines, not display type, set apart from the body by size or weight. A
     * line under a photo is its caption when set to the photo's measure (from its left edge, or across it); a
     * kicker between a photo and its headline is set to the headline's. Where the two measures are one, a line
     * right over the heading (the headline with the kicker lines found so far) is its kicker if centred over it,
     * or if it stands closer to it than to the photo.
     */
    private boolean kickerType(Segmenter.Block block, BlockType type, double body, double bodyDensity, Box heading) {
        double ratio = block.lineSize() / body;
        Box box = block.box();
        double toHeading = heading.y() - box.bottom();
        boolean centred = Math.abs(box.centerX() - heading.centerX()) <= body;
        boolean caption = type == BlockType.CAPTION && pictures.stream().anyMatch(p -> captionOf(box, p, body)
                && (Math.abs(box.x() - p.x()) <= 0.5 * body || box.width() >= 0.9 * p.width())
                && !(toHeading <= body && (centred || toHeading < box.y() - p.bottom())));
        return (type == null || type == BlockType.CAPTION && !caption) && block.position() == Segmenter.Position.WHOLE
                && block.lines().size() <= 4 && ratio < 1.12
                && (ratio <= 0.92 || ratio >= 1.04 || block.inkDensity() >= 1.2 * bodyDensity);
    }

    /**
     * Type set apart from the body's, not larger than it: smaller (a line of body type measures up to a tenth
     * under the median, as its characters fill the line more or less), or of the body's size and bolder.
     */
    private static boolean setApart(Segmenter.Block block, double body, double bodyDensity) {
        double ratio = block.lineSize() / body;
        return ratio < 1.12 && (ratio < 0.9 || block.inkDensity() >= 1.2 * bodyDensity);
    }

    /** A piece of the same lines: beside it on its line, or tight above it. */
    private static boolean besideOrOver(Box piece, Box kicker, double body) {
        boolean beside = piece.yOverlap(kicker) >= 0.5 * Math.min(piece.height(), kicker.height())
                && Math.max(piece.x() - kicker.right(), kicker.x() - piece.right()) <= 2 * body;
        double gap = kicker.y() - piece.bottom();
        boolean over = piece.xOverlap(kicker) > 0 && gap >= -0.3 * body && gap <= 0.6 * body;
        return beside || over;
    }

    /**
     * Display type: clearly larger than body text, in a few lines; or type as large as a headline's in more
     * lines, as a headline set in one narrow column wraps (a long one, in a column of a few characters, to a
     * dozen lines or more).
     */
    private static boolean isDisplay(Segmenter.Block block, double body) {
        double ratio = block.lineSize() / body;
        return ratio >= 1.12 && block.lines().size() <= 3 || ratio >= HEADLINE_IN_COLUMN && block.lines().size() <= 8
                || ratio >= HEADLINE && block.lines().size() <= 16;
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
     * A ruled frame with display type but no running text (several lines of body type and weight) in it is an
     * advertisement. Frames are found as a pair of horizontal rules spanned by a pair of vertical ones.
     */
    private void advertisements(List<Segmenter.Block> blocks, BlockType[] types, double body, double bodyDensity) {
        for (Box frame : frames()) {
            List<Integer> inside = new ArrayList<>();
            int runningLines = 0;
            for (int i = 0; i < blocks.size(); i++) {
                Box box = blocks.get(i).box();
                if (frame.contains(box)) {
                    inside.add(i);
                    double ratio = blocks.get(i).lineSize() / body;
                    // Running text is set in the body's weight, in one column or short ones side by side (a boxed
                    // story); an advertiser's address in three bold lines is not.
                    if (ratio < 1.2 && blocks.get(i).inkDensity() < 1.25 * bodyDensity) {
                        runningLines += blocks.get(i).lines().size();
                    }
                }
            }
            if (runningLines < 3) {
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
     * Without a rule over the foot, a line in the bottom margin beside the last line of a column is that line's
     * neighbour, not a running foot: a story set down to the foot of the page ends in a row of column ends.
     */
    private static void footOfColumns(List<Segmenter.Block> blocks, BlockType[] types, int foot) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < blocks.size(); i++) {
                Box box = blocks.get(i).box();
                if (types[i] != BlockType.FOLIO || box.y() < foot) {
                    continue;
                }
                for (int k = 0; k < blocks.size(); k++) {
                    Box other = blocks.get(k).box();
                    if (types[k] == null && other.bottom() >= foot
                            && other.yOverlap(box) >= 0.5 * Math.min(other.height(), box.height())) {
                        types[i] = null;
                        changed = true;
                        break;
                    }
                }
            }
        }
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
            if (other != blocks.get(i) && shared >= 0.5 * Math.min(box.width(), above.width()) && gap >= 0
                    && gap <= 2.5 * body) {
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

    /**
     * A title runs to two characters at least along its line: a block of huge "type" about as long as it is tall is
     * a picture the picture finder missed (a small photo at the top of a page), not the paper's name.
     */
    private static boolean titleLine(Segmenter.Block block) {
        Box box = block.box();
        int along = block.direction() == Direction.VERTICAL ? box.height() : box.width();
        return along >= 1.8 * block.lineSize();
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
        return pictures.stream().anyMatch(picture -> captionOf(box, picture, body));
    }

    /** Whether the box stands where a caption of the picture would: right under it, within its width. */
    private static boolean captionOf(Box box, Box picture, double body) {
        double gap = box.y() - picture.bottom();
        return gap >= -body * 0.5 && gap <= 1.5 * body && box.xOverlap(picture) >= 0.5 * box.width();
    }

    /** One above the other, sharing most of their width, a line's space apart at most. */
    private static boolean stacked(Box upper, Box lower, double body) {
        double shared = upper.xOverlap(lower);
        double gap = lower.y() - upper.bottom();
        return shared >= 0.5 * Math.min(upper.width(), lower.width()) && gap >= -body && gap <= 1.2 * body;
    }
}
