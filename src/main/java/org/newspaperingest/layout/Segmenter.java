package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/**
 * Cuts the page into text blocks in reading order: a recursive XY-cut that first follows rules spanning
 * a region, then wide white gaps (column gutters, space between articles), and, where no gap is left,
 * splits the region's lines wherever the type size changes and tries again. What cannot be cut any
 * further is a block of lines of one size.
 *
 * <p>Reading order falls out of the cuts: the upper part of a region before the lower, and the left
 * part before the right (right before left in vertical text).
 */
final class Segmenter {
    /** A block of text found on the page, with what the classifier needs to know about it. */
    record Block(Box box, Direction direction, List<Box> lines, double lineSize, double inkDensity,
                 Position position) {
    }

    /** Where a line split off a column of body text was: its first or last line, or neither. */
    enum Position { WHOLE, FIRST_LINE, LAST_LINE }

    private final List<Box> horizontalRules;
    private final List<Box> verticalRules;
    private final TextGrain grain;
    private final double bodyHeight;
    private final List<Block> blocks = new ArrayList<>();
    private boolean verticalPage;

    Segmenter(List<Box> horizontalRules, List<Box> verticalRules, TextGrain grain, double bodyHeight) {
        this.horizontalRules = horizontalRules;
        this.verticalRules = verticalRules;
        this.grain = grain;
        this.bodyHeight = bodyHeight;
    }

    List<Block> segment(List<Ink> inks) {
        verticalPage = grain.verticalShare(inks) > 0.5;
        cut(inks);
        return blocks;
    }

    private void cut(List<Ink> inks) {
        List<Ink> text = inks.stream().filter(i -> !i.picture()).toList();
        if (text.stream().allMatch(this::isSpeck)) {
            // dust in a margin or between lines, set apart by the cuts: no text to read
            return;
        }
        Box bounds = Box.enclosing(inks.stream().map(Ink::box).toList());
        Direction direction = grain.direction(text);
        if (cutAtRule(inks, bounds, direction) || cutBelowCentredHeading(inks, bounds, text, direction)
                || cutAtGap(inks, bounds, text, direction)) {
            return;
        }
        splitBySize(inks, text, direction);
    }

    /** A rule running right across the region separates what is above from what is below (or beside). */
    private boolean cutAtRule(List<Ink> inks, Box bounds, Direction direction) {
        for (Box rule : horizontalRules) {
            double y = rule.centerY();
            if (rule.width() >= 0.8 * bounds.width() && y > bounds.y() && y < bounds.bottom()
                    && Math.max(0, rule.xOverlap(bounds)) >= 0.8 * bounds.width()) {
                if (split(inks, true, y, false)) {
                    return true;
                }
            }
        }
        for (Box rule : verticalRules) {
            double x = rule.centerX();
            if (rule.height() >= 0.8 * bounds.height() && x > bounds.x() && x < bounds.right()
                    && Math.max(0, rule.yOverlap(bounds)) >= 0.8 * bounds.height()) {
                if (split(inks, false, x, rightToLeft(inks))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A headline centred over the columns below it heads all of them, yet shares no gutter with them: the
     * gutter left of it runs from the top of the region to the bottom, and cutting there would read the
     * first column before the headline. Where the region has such a gutter, the centred lines at its top
     * (kicker, headline, subheadline) are cut off first.
     */
    private boolean cutBelowCentredHeading(List<Ink> inks, Box bounds, List<Ink> text, Direction direction) {
        if (direction != Direction.HORIZONTAL) {
            return false;
        }
        List<List<Ink>> lines = bands(text, true);
        double size = typicalSize(text);
        int heading = 0;
        while (heading < lines.size() - 1 && isCentredHeading(lines.get(heading), bounds, size)) {
            heading++;
        }
        if (heading == 0 || !hasColumnGap(inks, bounds, size)) {
            return false;
        }
        int headingBottom = lines.subList(0, heading).stream().flatMap(List::stream)
                .mapToInt(i -> i.box().bottom()).max().orElseThrow();
        int restTop = lines.get(heading).stream().mapToInt(i -> i.box().y()).min().orElseThrow();
        return split(inks, true, (headingBottom + Math.max(headingBottom, restTop)) / 2.0, false);
    }

    private boolean isCentredHeading(List<Ink> inks, Box region, double size) {
        Box line = coreBox(inks);
        // Mostly body type, however tall the row: a headline set beside the columns shares its first row
        // with their first lines.
        boolean bodyType = line.height() < 1.25 * bodyHeight || typicalSize(inks) < 1.1 * bodyHeight;
        if (bodyType && line.width() >= 0.6 * region.width()) {
            // A kicker may be set in body size, but it is short; the first row of the columns, short at both
            // ends (an indent, a paragraph's last line), is not.
            return false;
        }
        int before = line.x() - region.x();
        int after = region.right() - line.right();
        return line.width() < 0.9 * region.width() && Math.abs(before - after) <= Math.max(2 * size, 0.1 * region.width());
    }

    /** A white gap between columns that {@link #cutAtGap} would cut at. */
    private boolean hasColumnGap(List<Ink> inks, Box bounds, double size) {
        for (Gap gap : gaps(inks, bounds, false)) {
            if (gap.width >= 0.6 * size && !gap.besidePicture && !splitsLine(inks, gap, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widest white gap that is wider than what separates lines or characters inside a block. Across
     * the lines (gutters in horizontal text) half a character suffices; along them it must be wider
     * than the space between lines.
     */
    private boolean cutAtGap(List<Ink> inks, Box bounds, List<Ink> text, Direction direction) {
        double size = typicalSize(text);
        double betweenLines = Math.max(1.2, 2.2 * grain.leadingRatio()) * size;
        boolean horizontal = direction == Direction.HORIZONTAL;
        double acrossExtent = horizontal ? bounds.height() : bounds.width();
        // A single line holds word spaces in headlines; only a wide gap cuts it.
        double gutter = acrossExtent < 2.2 * size ? 4 * size : 0.6 * size;
        double rowThreshold = horizontal ? betweenLines : gutter;
        double columnThreshold = horizontal ? gutter : betweenLines;

        Gap best = null;
        for (Gap gap : gaps(inks, bounds, true)) {
            double threshold = gap.besidePicture ? Math.min(rowThreshold, Math.max(3, 0.2 * size)) : rowThreshold;
            double score = gap.width / threshold;
            if (score >= 1 && (best == null || score > best.score) && (horizontal || !splitsLine(inks, gap, true))) {
                best = new Gap(gap.start, gap.width, gap.besidePicture, true, score);
            }
        }
        List<Gap> columnGaps = gaps(inks, bounds, false);
        // A single line of body type: with digits among its characters its typical size runs a little under the body's.
        boolean bodyLine = horizontal && acrossExtent < 2.2 * size && size >= 0.85 * bodyHeight
                && size <= 1.1 * bodyHeight;
        for (int g = 0; g < columnGaps.size(); g++) {
            Gap gap = columnGaps.get(g);
            double threshold = gap.besidePicture ? Math.min(columnThreshold, Math.max(3, 0.2 * size)) : columnThreshold;
            if (bodyLine && gap.width >= 0.6 * size && columnWide(inks, columnGaps, g, bounds, size)) {
                // One line of body type over a gutter: the last lines of columns side by side (under a photo), the
                // first as wide as its column, where a line's word spaces part shorter phrases.
                threshold = Math.min(threshold, 0.6 * size);
            } else if (horizontal && acrossExtent < 2.2 * size && typeChangesAt(text, gap)) {
                // One line with type of two sizes apart by more than a space: a kicker of one story level with the
                // headline of the next.
                threshold = Math.min(threshold, gap.width);
            }
            double score = gap.width / threshold;
            if (score >= 1 && (best == null || score > best.score)
                    && (!horizontal || !splitsLine(inks, gap, false) && !wordSpace(text, gap, size))) {
                best = new Gap(gap.start, gap.width, gap.besidePicture, false, score);
            }
        }
        if (best == null) {
            return false;
        }
        return split(inks, best.rows, best.start + best.width / 2.0, !best.rows && rightToLeft(inks));
    }

    /**
     * Whether the type of a line is of clearly different sizes before and after a gap wider than its larger one: the
     * height the characters cover together on each side, whatever the shapes of single characters.
     */
    private boolean typeChangesAt(List<Ink> text, Gap gap) {
        double before = lineHeight(text.stream().filter(i -> i.box().right() <= gap.start).toList());
        double after = lineHeight(text.stream().filter(i -> i.box().x() >= gap.start + gap.width).toList());
        return before > 0 && after > 0 && Math.max(before, after) >= 1.2 * Math.min(before, after)
                && gap.width >= Math.max(before, after);
    }

    private double lineHeight(List<Ink> line) {
        List<Box> characters = line.stream().filter(i -> !isSmall(i)).map(Ink::box).toList();
        return characters.isEmpty() ? 0 : Box.enclosing(characters).height();
    }

    /**
     * Whether the ink before gap {@code g} runs eight characters or more, a justified line ending at its column's
     * edge, and the ink after it three or more (the next column's last line may end its paragraph), each up to the
     * next gap wide enough for a gutter that no line crosses (a justified space after a comma is crossed).
     */
    private boolean columnWide(List<Ink> inks, List<Gap> gaps, int g, Box bounds, double size) {
        Gap gap = gaps.get(g);
        int left = bounds.x();
        for (int i = g - 1; i >= 0 && left == bounds.x(); i--) {
            if (gaps.get(i).width >= 0.6 * size && !splitsLine(inks, gaps.get(i), false)) {
                left = gaps.get(i).start + gaps.get(i).width;
            }
        }
        int right = bounds.right();
        for (int i = g + 1; i < gaps.size() && right == bounds.right(); i++) {
            if (gaps.get(i).width >= 0.6 * size && !splitsLine(inks, gaps.get(i), false)) {
                right = gaps.get(i).start;
            }
        }
        return gap.start - left >= 8 * size && right - (gap.start + gap.width) >= 3 * size;
    }

    /**
     * A gap with a single line of type beyond it, level with one of the lines before it that reach the gap: in a
     * kicker or caption set in two short lines (跑出加速度　实现 / 开门红) that is a word space, not a gutter.
     * In type of the body's size only where the lines before are shorter than a column: the columns of body text end in
     * one-line tails side by side.
     */
    private boolean wordSpace(List<Ink> text, Gap gap, double size) {
        if (gap.width > 1.6 * size) {
            return false;
        }
        int end = gap.start + gap.width;
        List<Ink> before = text.stream().filter(i -> i.box().right() <= gap.start).toList();
        List<Ink> beyond = text.stream().filter(i -> i.box().x() >= end).toList();
        if (before.isEmpty() || beyond.isEmpty()) {
            return false;
        }
        boolean bodySize = size >= 0.92 * bodyHeight && size <= 1.15 * bodyHeight;
        if (bodySize && gap.start - Box.enclosing(before.stream().map(Ink::box).toList()).x() >= 8 * size) {
            return false;
        }
        List<List<Ink>> linesBefore = bands(before, true);
        List<List<Ink>> linesBeyond = bands(beyond, true);
        if (linesBeyond.size() != 1 || linesBefore.size() < 2) {
            return false;
        }
        Box line = Box.enclosing(linesBeyond.get(0).stream().map(Ink::box).toList());
        List<Box> atGap = linesBefore.stream().map(l -> Box.enclosing(l.stream().map(Ink::box).toList()))
                .filter(l -> l.right() >= gap.start - 1.5 * size).toList();
        // One line reaching the gap runs on beyond it. Others may end near it (a centred second line, 开门红), but no
        // two at one edge in its type: that is a column's. Larger type ending there is a headline over a deck.
        Box level = atGap.stream().filter(l -> l.yOverlap(line) >= 0.6 * Math.min(l.height(), line.height()))
                .findFirst().orElse(null);
        if (level == null) {
            return false;
        }
        List<Integer> edges = atGap.stream().filter(l -> l.height() <= 1.25 * level.height()).map(Box::right)
                .sorted().toList();
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i) - edges.get(i - 1) <= 0.25 * size) {
                return false;
            }
        }
        return true;
    }

    /**
     * A gap that runs between two characters of one line and is narrower than they are tall is a space
     * in that line (after a comma, between the words of a headline), even if a gutter below lines up
     * with it; unless the type changes size across it (a headline in one column, a byline at its height in
     * the next). A line of display type crossing it through a quote settles it; where lines of display type end
     * at the gap, more of them must cross it than not (two headlines side by side: the first lines run on into
     * each other across a narrow gutter, the later ones end at it); of body lines it takes half of those ending
     * at the gap, as a speck of dirt in a gutter can bridge it for one line of a column.
     */
    private boolean splitsLine(List<Ink> inks, Gap gap, boolean rows) {
        if (!rows && flushLeftSideBySide(inks, gap)) {
            return false;
        }
        int start = gap.start;
        int end = gap.start + gap.width;
        // the characters ending at the gap, each with its extent across the lines and whether it crosses
        List<int[]> ends = new ArrayList<>();
        for (Ink part : inks) {
            int partFar = rows ? part.box().bottom() : part.box().right();
            // too far from the gap to end a line there, even as part of a character
            if (part.picture() || isSmall(part) || partFar > start
                    || partFar < start - 1.2 * Math.max(extent(part.box(), rows), 1.3 * bodyHeight)) {
                continue;
            }
            // Only whole characters end a line here: the top and bottom parts of a character (士 and 心 of 志, 人
            // and 云 of 会) are taken together.
            Ink a = extent(part.box(), rows) < 0.6 * bodyHeight ? wholeCharacter(inks, part, rows) : part;
            int aFar = rows ? a.box().bottom() : a.box().right();
            int a0 = rows ? a.box().x() : a.box().y();
            int a1 = rows ? a.box().right() : a.box().bottom();
            if (a1 - a0 < 0.6 * bodyHeight || aFar > start
                    || aFar < start - 1.2 * (a1 - a0)) {
                continue;
            }
            double tall = a1 - a0;
            if (aFar < start - 0.5 * tall) {
                // Further from the gap, a character ends its line there only through a full-width mark after it
                // (调，凝: the comma's cell is the white before the gap), set low or high in the line; a dot halfway
                // up is a stroke of the next character (the left dot of 办).
                Ink mark = successor(inks, a, a0, a1, tall, rows);
                double height = mark == null ? 0 : ((rows ? mark.centerX() : mark.centerY()) - a0) / (a1 - a0);
                if (mark == null || !isSmall(mark) || (rows ? mark.box().y() : mark.box().x()) >= start
                        || height >= 0.3 && height <= 0.62) {
                    continue;
                }
            }
            // Word spaces in display type run to more than a character's width; a gutter beside body text is wider
            // than the space after a comma.
            boolean display = tall >= 1.3 * bodyHeight;
            double reach = (display ? 1.6 : 0.9) * tall;
            boolean crosses = crossesGap(inks, a, a0, a1, tall, display, reach, end, rows);
            if (crosses && display && quoteAfter(inks, a, a0, a1, tall, rows)) {
                return true;
            }
            if (crosses && !display) {
                // Body type is set solid: a line runs on across white no wider than its own spacing, or through a
                // mark's cell. A line spaced out to fill its column runs on only where the white at the gap and
                // the spacing after it are its own spacing (justified, as evenly as before); else it tells nothing:
                // a short line spaced out may stand level with the next column.
                Ink next = successor(inks, a, a0, a1, tall, rows);
                double spacing = letterSpacing(inks, a, a0, a1, tall, rows, false);
                if (fullWidth(next, tall, rows) && fullWidth(a, tall, rows) && spacing >= 0) {
                    double white = (rows ? next.box().y() : next.box().x()) - aFar;
                    if (spacing >= 0.3 * tall) {
                        double after = letterSpacing(inks, next, a0, a1, tall, rows, true);
                        if (Math.abs(white - spacing) > 0.15 * tall || after < 0
                                || Math.abs(after - spacing) > 0.15 * tall) {
                            continue;
                        }
                    }
                    crosses = white <= spacing + 0.35 * tall;
                }
            }
            ends.add(new int[] {a0, a1, crosses ? 1 : 0, display ? 1 : 0, aFar});
        }
        ends.addAll(headlinesApart(inks, start, end, rows));
        // Counted by lines, not by characters: two parts of one character (the 刂 of 型) end at the gap together. The
        // piece nearest the gap speaks for its line: a dot inside 不 may carry the 王 before it on like a comma, but
        // the 不 is what ends the line.
        ends.sort(Comparator.comparingInt(e -> e[0]));
        int[] lines = new int[2];
        int[] crossing = new int[2];
        int lineEnd = Integer.MIN_VALUE;
        boolean lineCrosses = false;
        int lineFar = Integer.MIN_VALUE;
        int kind = 0;
        for (int[] e : ends) {
            if (e[0] >= lineEnd) {
                crossing[kind] += lineCrosses ? 1 : 0;
                lines[e[3]]++;
                kind = e[3];
                lineCrosses = false;
                lineFar = Integer.MIN_VALUE;
            }
            lineEnd = Math.max(lineEnd, e[1]);
            if (e[4] > lineFar) {
                lineCrosses = e[2] == 1;
                lineFar = e[4];
            } else if (e[4] == lineFar) {
                lineCrosses |= e[2] == 1;
            }
        }
        crossing[kind] += lineCrosses ? 1 : 0;
        if (lines[1] > 0) {
            return 2 * crossing[1] > lines[1];
        }
        return crossing[0] > 0 && crossing[0] >= 0.5 * lines[0];
    }

    /**
     * Three lines of display type or more on each side of a gap, level in pairs, each side's starting at one edge and
     * those before the gap ending ragged: two headlines set flush left side by side (营商环境 / 优化再出 / 新举措 and
     * 街乡吹哨 / 部门报 / 到再升级). One headline does not part every line with a word space at one place.
     */
    private boolean flushLeftSideBySide(List<Ink> inks, Gap gap) {
        List<Ink> display = inks.stream().filter(i -> !i.picture() && i.box().height() >= 1.3 * bodyHeight).toList();
        List<Box> before = linesBeside(display, gap, true, true);
        List<Box> beyond = linesBeside(display, gap, false, true);
        List<Box> left = new ArrayList<>();
        List<Box> right = new ArrayList<>();
        for (Box a : before) {
            for (Box b : beyond) {
                if (a.yOverlap(b) >= 0.5 * Math.min(a.height(), b.height())) {
                    left.add(a);
                    right.add(b);
                }
            }
        }
        if (left.size() < 3) {
            return false;
        }
        double tall = TextGrain.median(left.stream().map(b -> (double) b.height()).toList());
        IntSummaryStatistics starts = left.stream().mapToInt(Box::x).summaryStatistics();
        IntSummaryStatistics startsBeyond = right.stream().mapToInt(Box::x).summaryStatistics();
        IntSummaryStatistics ends = left.stream().mapToInt(Box::right).summaryStatistics();
        return starts.getMax() - starts.getMin() <= 0.15 * tall
                && startsBeyond.getMax() - startsBeyond.getMin() <= 0.15 * tall
                && ends.getMax() - ends.getMin() >= 0.5 * tall;
    }

    /**
     * Lines of display type on both sides of a gap, further apart than a word space: two headlines side by side,
     * where a line of one ends short of the gap (a last line centred, 千家万户) level with a line of the other. As
     * entries for {@link #splitsLine}'s count, lines of display type that do not cross the gap.
     */
    private List<int[]> headlinesApart(List<Ink> inks, int start, int end, boolean rows) {
        List<int[]> apart = new ArrayList<>();
        for (Ink b : inks) {
            int b0 = rows ? b.box().x() : b.box().y();
            int b1 = rows ? b.box().right() : b.box().bottom();
            int bNear = rows ? b.box().y() : b.box().x();
            double tall = b1 - b0;
            if (b.picture() || bNear < end || tall < 1.3 * bodyHeight) {
                continue;
            }
            Ink before = predecessor(inks, b, b0, b1, tall, rows);
            if (before == null || (rows ? before.box().bottom() : before.box().right()) > start
                    || bNear - (rows ? before.box().bottom() : before.box().right()) <= 1.6 * tall) {
                continue;
            }
            // the last character of that line, behind a closing quote or mark
            Ink character = before;
            for (int step = 0; step < 3 && character != null && extent(character.box(), rows) < 0.5 * tall; step++) {
                character = predecessor(inks, character, b0, b1, tall, rows);
            }
            if (character != null && extent(character.box(), rows) >= 1.3 * bodyHeight) {
                int c0 = rows ? character.box().x() : character.box().y();
                apart.add(new int[] {c0, c0 + extent(character.box(), rows), 0, 1,
                        rows ? character.box().bottom() : character.box().right()});
            }
        }
        return apart;
    }

    /**
     * The character an ink is part of: with the inks stacked over or under it across the line, close to it and
     * sharing most of its extent along the line, as long as together they are no taller than a character.
     */
    private Ink wholeCharacter(List<Ink> inks, Ink part, boolean rows) {
        Box whole = part.box();
        int pixels = part.pixels();
        for (Ink b : inks) {
            if (b == part || b.picture() || isSmall(b)) {
                continue;
            }
            Box box = b.box();
            int along = rows ? whole.yOverlap(box) : whole.xOverlap(box);
            int across = rows ? Math.max(whole.x() - box.right(), box.x() - whole.right())
                    : Math.max(whole.y() - box.bottom(), box.y() - whole.bottom());
            Box union = whole.union(box);
            if (along >= 0.5 * Math.min(extent(whole, !rows), extent(box, !rows)) && across <= 0.3 * bodyHeight
                    && extent(union, rows) <= 1.3 * bodyHeight) {
                whole = union;
                pixels += b.pixels();
            }
        }
        return whole == part.box() ? part : new Ink(whole, pixels, false);
    }

    /**
     * A quote or mark right after a, within the next character's cell: a line of display type crossing the gap
     * through it is one line. Farther off, it opens a line of the headline set beside.
     */
    private static boolean quoteAfter(List<Ink> inks, Ink a, int a0, int a1, double tall, boolean rows) {
        Ink next = successor(inks, a, a0, a1, tall, rows);
        int aFar = rows ? a.box().bottom() : a.box().right();
        return next != null && Math.max(next.box().width(), next.box().height()) < 0.5 * tall
                && (rows ? next.box().y() : next.box().x()) - aFar < 0.9 * tall;
    }

    /**
     * Follows a's line through marks inside the gap (an opening quote, a closing full stop) to the first
     * character beyond it; the line crosses the gap if every step is a normal spacing and that character
     * is of a's size.
     */
    private boolean crossesGap(List<Ink> inks, Ink a, int a0, int a1, double tall, boolean display,
            double reach, int end, boolean rows) {
        Ink current = a;
        int previousFar = Integer.MIN_VALUE;
        for (int step = 0; step < 4; step++) {
            Ink next = successor(inks, current, a0, a1, tall, rows);
            if (next == null) {
                return false;
            }
            int currentFar = rows ? current.box().bottom() : current.box().right();
            int nextNear = rows ? next.box().y() : next.box().x();
            // A full-width mark (。，、“) has its ink at one side of a whole character's cell, low or high in the
            // line; a dot halfway up is a stroke of the character before it (the right dot of 办), and the space
            // after it is the space after that character, unless it stands apart in the middle of a cell of its
            // own (the interpunct of 美好·京华).
            int currentAlong = rows ? current.box().height() : current.box().width();
            double height = ((rows ? current.centerX() : current.centerY()) - a0) / (a1 - a0);
            boolean apart = (rows ? current.box().y() : current.box().x()) - previousFar >= 0.25 * tall;
            boolean mark = current != a && currentAlong < 0.5 * tall && (height < 0.3 || height > 0.62 || apart)
                    && !withinCharacter(inks, current, a0, a1, tall, rows)
                    && !inkOverOrUnder(inks, current, a0, a1, rows);
            double allowed = mark ? reach + tall - currentAlong : reach;
            if (nextNear - currentFar >= allowed) {
                return false;
            }
            if (nextNear >= end) {
                next = extent(next.box(), rows) < 0.6 * tall ? wholeCharacter(inks, next, rows) : next;
                int across = rows ? next.box().width() : next.box().height();
                if (across <= 1.5 * tall && tall <= 1.5 * across) {
                    // One character's size varies with its shape; the type of the line on either side does not. A
                    // headline is set in one size: display type a little smaller across a wide space is another
                    // story's headline set beside it.
                    int near = rows ? a.box().y() : a.box().x();
                    int[] before = typeExtent(inks, a0, a1, (int) (near - 4 * tall), near + (int) tall, tall, rows);
                    int[] after = typeExtent(inks, a0, a1, nextNear, (int) (nextNear + 5 * tall), tall, rows);
                    if (before == null || after == null) {
                        return false;
                    }
                    double sizeBefore = before[1] - before[0];
                    double sizeAfter = after[1] - after[0];
                    double tolerance = display && nextNear - currentFar > 0.5 * tall ? 1.1 : 1.2;
                    // ... and on one line: a headline beside, its lines spaced otherwise, sits higher or lower
                    double shift = Math.abs(before[0] + before[1] - after[0] - after[1]) / 2.0;
                    return Math.max(sizeBefore, sizeAfter) <= tolerance * Math.min(sizeBefore, sizeAfter)
                            && shift <= 0.2 * Math.min(sizeBefore, sizeAfter);
                }
                if (Math.max(next.box().width(), next.box().height()) >= 0.5 * tall) {
                    // A headline beside the first lines of its body is not one line with them.
                    return false;
                }
                // an opening quote or bracket: the line goes on after it
            }
            previousFar = currentFar;
            current = next;
        }
        return false;
    }

    /**
     * Whether other ink of the line stands over or under the piece: a full-width mark has its cell to itself, while a
     * dot low in the line with a stroke over it is part of a character (the dots of 心 under the top of 总).
     */
    private static boolean inkOverOrUnder(List<Ink> inks, Ink piece, int a0, int a1, boolean rows) {
        Box box = piece.box();
        for (Ink b : inks) {
            int b0 = rows ? b.box().x() : b.box().y();
            int b1 = rows ? b.box().right() : b.box().bottom();
            boolean inLine = Math.min(a1, b1) > Math.max(a0, b0);
            boolean overlapsAlong = rows ? b.box().yOverlap(box) > 0 : b.box().xOverlap(box) > 0;
            boolean apartAcross = rows ? b.box().xOverlap(box) <= 0 : b.box().yOverlap(box) <= 0;
            if (b != piece && !b.picture() && inLine && overlapsAlong && apartAcross) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a small piece of ink lies along the line within a character of the line: a stroke of that character
     * (the foot of 室), not a mark standing in a cell of its own.
     */
    private static boolean withinCharacter(List<Ink> inks, Ink piece, int a0, int a1, double tall, boolean rows) {
        int near = rows ? piece.box().y() : piece.box().x();
        int far = rows ? piece.box().bottom() : piece.box().right();
        for (Ink b : inks) {
            int b0 = rows ? b.box().x() : b.box().y();
            int b1 = rows ? b.box().right() : b.box().bottom();
            if (b != piece && !b.picture() && b1 - b0 >= 0.6 * tall
                    && Math.min(a1, b1) - Math.max(a0, b0) >= 0.5 * Math.min(a1 - a0, b1 - b0)
                    && (rows ? b.box().y() : b.box().x()) <= near && (rows ? b.box().bottom() : b.box().right()) >= far) {
                return true;
            }
        }
        return false;
    }

    /**
     * The extent across the line of the type in the line spanning [a0, a1] across, where the characters' centres lie
     * in [from, to] along it: the extent their boxes cover together, whatever the shapes of single characters
     * (the parts of 协 or 二 each cover less), as [start, end]. Null where no character there shares half its extent
     * with the line: the line does not go on there (a headline ending between two lines of the body set beside it).
     */
    private static int[] typeExtent(List<Ink> inks, int a0, int a1, int from, int to, double tall, boolean rows) {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (Ink b : inks) {
            int b0 = rows ? b.box().x() : b.box().y();
            int b1 = rows ? b.box().right() : b.box().bottom();
            double centre = rows ? b.centerY() : b.centerX();
            if (!b.picture() && Math.max(b.box().width(), b.box().height()) >= 0.5 * tall && centre >= from
                    && centre <= to && Math.min(a1, b1) - Math.max(a0, b0) >= 0.5 * Math.min(a1 - a0, b1 - b0)) {
                start = Math.min(start, b0);
                end = Math.max(end, b1);
            }
        }
        return end > start ? new int[] {start, end} : null;
    }

    /**
     * The white between characters of a's line just before it (or after it, {@code forward}): the narrowest between
     * two of the four characters ending (or starting) there, marks left out (a comma's cell is wider than its ink).
     * -1 where there is no such pair.
     */
    private static double letterSpacing(List<Ink> inks, Ink a, int a0, int a1, double tall, boolean rows,
            boolean forward) {
        double spacing = -1;
        Ink current = a;
        for (int step = 0; step < 3; step++) {
            Ink other = neighbour(inks, current, a0, a1, tall, rows, forward);
            if (other == null) {
                break;
            }
            Ink previous = forward ? current : other;
            Ink later = forward ? other : current;
            boolean characters = fullWidth(previous, tall, rows) && fullWidth(later, tall, rows);
            double white = (rows ? later.box().y() : later.box().x())
                    - (rows ? previous.box().bottom() : previous.box().right());
            if (characters && (spacing < 0 || white < spacing)) {
                spacing = Math.max(0, white);
            }
            current = other;
        }
        return spacing;
    }

    /**
     * Whether ink fills its cell along the line as a character does; a full-width mark (，（“) sits at one side of
     * its cell, and the white beside it is the rest of the cell.
     */
    private static boolean fullWidth(Ink ink, double tall, boolean rows) {
        return (rows ? ink.box().height() : ink.box().width()) >= 0.5 * tall;
    }

    /** The nearest mark or character before {@code current} in the line spanning [a0, a1] across. */
    private static Ink predecessor(List<Ink> inks, Ink current, int a0, int a1, double tall, boolean rows) {
        return neighbour(inks, current, a0, a1, tall, rows, false);
    }

    /** The nearest mark or character after {@code current} in the line spanning [a0, a1] across. */
    private static Ink successor(List<Ink> inks, Ink current, int a0, int a1, double tall, boolean rows) {
        return neighbour(inks, current, a0, a1, tall, rows, true);
    }

    private static Ink neighbour(List<Ink> inks, Ink current, int a0, int a1, double tall, boolean rows,
            boolean forward) {
        Ink nearest = null;
        int nearestWhite = Integer.MAX_VALUE;
        for (Ink b : inks) {
            int white = forward ? (rows ? b.box().y() - current.box().bottom() : b.box().x() - current.box().right())
                    : (rows ? current.box().y() - b.box().bottom() : current.box().x() - b.box().right());
            int b0 = rows ? b.box().x() : b.box().y();
            int b1 = rows ? b.box().right() : b.box().bottom();
            boolean mark = Math.max(b.box().width(), b.box().height()) >= 0.15 * tall;
            if (b.picture() || b == current || !mark || white < 0 || white >= nearestWhite
                    || Math.min(a1, b1) - Math.max(a0, b0) < 0.5 * Math.min(a1 - a0, b1 - b0)) {
                continue;
            }
            nearest = b;
            nearestWhite = white;
        }
        return nearest;
    }

    private record Gap(int start, int width, boolean besidePicture, boolean rows, double score) {
    }

    /**
     * White runs inside the region's projection on one axis (rows: gaps between y ranges). A run is beside
     * a picture where a picture spanning most of the region across the run ends or starts at it (a photo
     * over its caption); a narrow photo's edge in a wide region says nothing of the columns beside it.
     */
    private List<Gap> gaps(List<Ink> inks, Box bounds, boolean rows) {
        int origin = rows ? bounds.y() : bounds.x();
        int length = rows ? bounds.height() : bounds.width();
        int across = rows ? bounds.width() : bounds.height();
        int[] coverage = new int[length + 1];
        int[] pictureSpan = new int[length + 2];
        for (Ink ink : inks) {
            if (isSpeck(ink)) {
                // Punctuation and specks: they sit inside lines and must not close a gap between them.
                continue;
            }
            int from = (rows ? ink.box().y() : ink.box().x()) - origin;
            int to = (rows ? ink.box().bottom() : ink.box().right()) - origin;
            coverage[Math.max(0, from)]++;
            coverage[Math.min(length, to)]--;
            if (ink.picture()) {
                int span = rows ? ink.box().width() : ink.box().height();
                pictureSpan[Math.max(0, from)] = Math.max(pictureSpan[Math.max(0, from)], span);
                pictureSpan[Math.min(length, to)] = Math.max(pictureSpan[Math.min(length, to)], span);
            }
        }
        List<Gap> gaps = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < length; i++) {
            depth += coverage[i];
            if (depth == 0 && start < 0) {
                start = i;
            } else if (depth > 0 && start >= 0) {
                boolean beside = Math.max(pictureSpan[start], pictureSpan[i]) >= 0.5 * across;
                gaps.add(new Gap(origin + start, i - start, beside, rows, 0));
                start = -1;
            }
        }
        return gaps;
    }

    /**
     * No white gap is left: the region is lines stacked on one another. Lines of one size form a block;
     * where the size changes (headline over body columns, say) the parts are cut again on their own.
     */
    private void splitBySize(List<Ink> inks, List<Ink> text, Direction direction) {
        boolean horizontal = direction == Direction.HORIZONTAL;
        List<List<Ink>> lines = bands(text, horizontal);
        List<List<List<Ink>>> groups = new ArrayList<>();
        List<List<Ink>> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Ink> line = lines.get(i);
            if (!current.isEmpty() && (!sameSize(current.get(current.size() - 1), line, horizontal)
                    || setApart(lines, i, horizontal))) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        groups.add(current);
        if (groups.size() > 1) {
            // Peel off the first run of one size and look at the rest afresh: below a headline the body
            // columns have gutters again.
            List<Ink> first = groups.get(0).stream().flatMap(List::stream).toList();
            List<Ink> rest = groups.subList(1, groups.size()).stream().flatMap(List::stream).flatMap(List::stream).toList();
            cut(first);
            cut(rest);
            return;
        }
        // A line across the top or bottom (a caption over two columns, say) hides the gutters below it.
        if (lines.size() >= 3) {
            for (int k = 1; k <= 2 && k < lines.size() - 1; k++) {
                List<Ink> head = lines.subList(0, k).stream().flatMap(List::stream).toList();
                List<Ink> rest = lines.subList(k, lines.size()).stream().flatMap(List::stream).toList();
                if (hasGutter(rest, horizontal)) {
                    cut(head);
                    cut(rest);
                    return;
                }
                List<Ink> tail = lines.subList(lines.size() - k, lines.size()).stream().flatMap(List::stream).toList();
                List<Ink> body = lines.subList(0, lines.size() - k).stream().flatMap(List::stream).toList();
                if (hasGutter(body, horizontal)) {
                    cut(body);
                    cut(tail);
                    return;
                }
            }
        }
        emit(lines, horizontal);
    }

    /**
     * Line i starts another text of nearly the same size: it is set a touch larger or smaller than line i - 1,
     * and the space before it is wider than the spacing of the lines on either side (a caption over a
     * kicker, each of two lines, or a kicker of one line under it).
     */
    private boolean setApart(List<List<Ink>> lines, int i, boolean horizontal) {
        if (i < 2) {
            return false;
        }
        double before = thickness(lines.get(i - 1), horizontal);
        double after = thickness(lines.get(i), horizontal);
        if (Math.max(before, after) < 1.08 * Math.min(before, after)) {
            return false;
        }
        double space = space(lines.get(i - 1), lines.get(i), horizontal);
        double leading = space(lines.get(i - 2), lines.get(i - 1), horizontal);
        if (i + 1 < lines.size()) {
            leading = Math.max(leading, space(lines.get(i), lines.get(i + 1), horizontal));
        }
        return space >= 1.6 * Math.max(1, leading);
    }

    private double space(List<Ink> first, List<Ink> second, boolean horizontal) {
        Box a = coreBox(first);
        Box b = coreBox(second);
        return horizontal ? b.y() - a.bottom() : a.x() - b.right();
    }

    private boolean hasGutter(List<Ink> inks, boolean horizontal) {
        Box bounds = Box.enclosing(inks.stream().map(Ink::box).toList());
        double size = typicalSize(inks);
        if ((horizontal ? bounds.height() : bounds.width()) < 2.2 * size) {
            return false;
        }
        for (Gap gap : gaps(inks, bounds, !horizontal)) {
            // spaces after commas lined up in a few lines are no gutter
            if (gap.width >= 0.6 * size && !splitsLine(inks, gap, !horizontal)
                    && !spaceOverShortLine(inks, gap, horizontal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A wide space in a justified line over the paragraph's short last line: a gap with lines on one side and a single
     * line on the other, level with one of them. Two columns would each hold more than one line there.
     */
    private boolean spaceOverShortLine(List<Ink> inks, Gap gap, boolean horizontal) {
        List<Box> before = linesBeside(inks, gap, true, horizontal);
        List<Box> after = linesBeside(inks, gap, false, horizontal);
        List<Box> single = before.size() == 1 ? before : after;
        List<Box> lines = single == before ? after : before;
        return single.size() == 1 && lines.size() >= 2 && lines.stream().anyMatch(l -> horizontal
                ? l.yOverlap(single.get(0)) >= 0.6 * Math.min(l.height(), single.get(0).height())
                : l.xOverlap(single.get(0)) >= 0.6 * Math.min(l.width(), single.get(0).width()));
    }

    /** The lines of text before (or after) a gap between columns. */
    private List<Box> linesBeside(List<Ink> inks, Gap gap, boolean before, boolean horizontal) {
        int end = gap.start + gap.width;
        List<Ink> side = inks.stream().filter(i -> !i.picture() && !isSpeck(i)).filter(i -> before
                ? (horizontal ? i.box().right() : i.box().bottom()) <= gap.start
                : (horizontal ? i.box().x() : i.box().y()) >= end).toList();
        return bands(side, horizontal).stream().map(l -> Box.enclosing(l.stream().map(Ink::box).toList())).toList();
    }

    /**
     * The lines of a block, with its first and last lines apart where they stand out: up to two first lines
     * that stop short of the far edge and are set in another weight or size (a subheadline over a byline, a
     * continued-from line), a last line set short against the far edge (a continued-on line).
     */
    private void emit(List<List<Ink>> lines, boolean horizontal) {
        List<Box> boxes = lines.stream().map(l -> cellBox(l, horizontal)).toList();
        if (boxes.size() >= 3) {
            Box all = Box.enclosing(boxes);
            double lineSize = TextGrain.median(boxes.stream()
                    .map(b -> (double) (horizontal ? b.height() : b.width())).toList());
            Box last = boxes.get(boxes.size() - 1);
            int farEdge = 0;
            for (List<Ink> line : lines) {
                Box core = coreBox(line);
                farEdge = Math.max(farEdge, horizontal ? core.right() : core.bottom());
            }
            double lastStart = horizontal ? last.x() - all.x() : last.y() - all.y();
            double full = horizontal ? all.width() : all.height();
            // Flush against the far edge: a short line centred under the others ends a centred text (a kicker).
            double lastShort = horizontal ? all.right() - last.right() : all.bottom() - last.bottom();
            boolean farLast = extent(last, horizontal) < 0.7 * full && lastStart > 0.25 * full
                    && lastShort <= lineSize;
            int apart = farLast ? -1 : centredApart(lines, boxes, all, lineSize, horizontal);
            if (apart > 0) {
                emit(lines.subList(0, apart), horizontal);
                emit(lines.subList(apart, lines.size()), horizontal);
                return;
            }
            int from = 0;
            // A column may start with two such lines: a subheadline over a byline.
            while (from < 2 && boxes.size() - from >= 3 && standsApartFirst(lines.subList(from, lines.size()), farEdge,
                    lineSize, horizontal)) {
                add(lines.subList(from, from + 1), horizontal, Position.FIRST_LINE);
                from++;
            }
            int to = farLast ? boxes.size() - 1 : boxes.size();
            add(lines.subList(from, to), horizontal, Position.WHOLE);
            if (farLast) {
                add(lines.subList(to, boxes.size()), horizontal, Position.LAST_LINE);
            }
            return;
        }
        add(lines, horizontal, Position.WHOLE);
    }

    /**
     * Where the block ends in one or two lines the last of them short and centred, further from the lines before than
     * those are from each other: a kicker under a caption, over the headline it was cut from. The first of those
     * lines, or -1. A centred text's short last line keeps its leading; a paragraph's last line starts at the near
     * edge.
     */
    private int centredApart(List<List<Ink>> lines, List<Box> boxes, Box all, double lineSize, boolean horizontal) {
        int n = lines.size();
        Box last = boxes.get(n - 1);
        double before = horizontal ? last.x() - all.x() : last.y() - all.y();
        double after = horizontal ? all.right() - last.right() : all.bottom() - last.bottom();
        if (before < lineSize || after < lineSize || Math.abs(before - after) > lineSize) {
            return -1;
        }
        for (int first = n - 1; first >= n - 2 && first >= 1; first--) {
            double leading = 0;
            for (int i = 1; i < n; i++) {
                if (i != first) {
                    leading = Math.max(leading, space(lines.get(i - 1), lines.get(i), horizontal));
                }
            }
            if (space(lines.get(first - 1), lines.get(first), horizontal) >= 1.5 * Math.max(0.2 * lineSize, leading)) {
                return first;
            }
        }
        return -1;
    }

    /**
     * The first line stops short of the far edge and is set in another face than the lines after it, or, however
     * long, in clearly larger type: a subheadline that fills the column's width.
     */
    private boolean standsApartFirst(List<List<Ink>> lines, int farEdge, double lineSize, boolean horizontal) {
        Box firstInk = coreBox(lines.get(0));
        List<List<Ink>> rest = lines.subList(1, lines.size());
        boolean larger = thickness(lines.get(0), horizontal)
                > 1.15 * TextGrain.median(rest.stream().map(l -> thickness(l, horizontal)).toList());
        return larger || farEdge - (horizontal ? firstInk.right() : firstInk.bottom()) > 0.5 * lineSize
                && standsOut(lines.get(0), rest, horizontal);
    }

    /**
     * The line's box as the characters' cells rather than their ink: a bracket at either end has its
     * ink at the inner side of a full cell, so the cell reaches a character's width beyond the ink.
     */
    private Box cellBox(List<Ink> line, boolean horizontal) {
        Box core = coreBox(line);
        List<Ink> members = new ArrayList<>();
        for (Ink ink : line) {
            double centre = horizontal ? ink.centerY() : ink.centerX();
            // Specks in the space between lines do not widen the line; punctuation inside it does.
            if (!isSpeck(ink) || centre >= (horizontal ? core.y() : core.x())
                    && centre <= (horizontal ? core.bottom() : core.right())) {
                members.add(ink);
            }
        }
        Box box = Box.enclosing(members.stream().map(Ink::box).toList());
        int size = horizontal ? core.height() : core.width();
        Ink first = null;
        Ink last = null;
        for (Ink ink : members) {
            int start = horizontal ? ink.box().x() : ink.box().y();
            int end = horizontal ? ink.box().right() : ink.box().bottom();
            if (first == null || start < (horizontal ? first.box().x() : first.box().y())) {
                first = ink;
            }
            if (last == null || end > (horizontal ? last.box().right() : last.box().bottom())) {
                last = ink;
            }
        }
        int start = horizontal ? box.x() : box.y();
        int end = horizontal ? box.right() : box.bottom();
        // A bracket's ink sits at the inner side of its cell, about 0.7 of a character from the cell's edge.
        if (first != null && isBracket(first, size, horizontal)) {
            start = (int) Math.round(start - 0.7 * size);
        }
        if (last != null && last != first && isBracket(last, size, horizontal)) {
            end = (int) Math.round(end + 0.7 * size);
        }
        return horizontal ? Box.ofCorners(Math.max(0, start), box.y(), end, box.bottom())
                : Box.ofCorners(box.x(), Math.max(0, start), box.right(), end);
    }

    /** Long across the line and thin along it, like a bracket, unlike any character or digit. */
    private static boolean isBracket(Ink ink, int size, boolean horizontal) {
        int along = horizontal ? ink.box().width() : ink.box().height();
        int across = horizontal ? ink.box().height() : ink.box().width();
        return along < 0.3 * size && across >= 0.75 * size;
    }

    /** Set in another face: clearly heavier or lighter ink, or another size, than the lines after it. */
    private boolean standsOut(List<Ink> line, List<List<Ink>> rest, boolean horizontal) {
        double size = thickness(line, horizontal);
        double density = density(line);
        List<Double> sizes = new ArrayList<>();
        List<Double> densities = new ArrayList<>();
        for (List<Ink> other : rest) {
            sizes.add(thickness(other, horizontal));
            densities.add(density(other));
        }
        double restSize = TextGrain.median(sizes);
        double restDensity = TextGrain.median(densities);
        return density > 1.25 * restDensity || density < 0.8 * restDensity
                || size < 0.93 * restSize || size > 1.07 * restSize;
    }

    private double thickness(List<Ink> line, boolean horizontal) {
        Box box = coreBox(line);
        return horizontal ? box.height() : box.width();
    }

    /** Ink per area of the characters' boxes: a measure of stroke weight that ignores spacing. */
    private static double density(List<Ink> line) {
        long ink = 0;
        long area = 0;
        for (Ink i : line) {
            ink += i.pixels();
            area += i.box().area();
        }
        return area == 0 ? 0 : (double) ink / area;
    }

    private void add(List<List<Ink>> lines, boolean horizontal, Position position) {
        List<Box> boxes = lines.stream().map(l -> cellBox(l, horizontal)).toList();
        Box box = Box.enclosing(boxes);
        List<Double> sizes = boxes.stream().map(b -> (double) (horizontal ? b.height() : b.width())).toList();
        long ink = lines.stream().flatMap(List::stream).mapToLong(Ink::pixels).sum();
        long area = boxes.stream().mapToLong(Box::area).sum();
        blocks.add(new Block(box, horizontal ? Direction.HORIZONTAL : Direction.VERTICAL, boxes,
                TextGrain.median(sizes), area == 0 ? 0 : (double) ink / area, position));
    }

    /** The box of a line's characters, leaving out punctuation and specks where there are characters. */
    private Box coreBox(List<Ink> line) {
        List<Box> core = line.stream().filter(i -> !isSpeck(i)).map(Ink::box).toList();
        if (core.isEmpty()) {
            core = line.stream().map(Ink::box).toList();
        }
        Box all = Box.enclosing(core);
        if (core.size() < 4) {
            return all;
        }
        // Across the line, the extent most characters share: a blot of dust grown onto one character (a
        // low-resolution scan enlarged) would otherwise make the whole line look set in larger type.
        boolean horizontal = all.width() >= all.height();
        int[] starts = core.stream().mapToInt(b -> horizontal ? b.y() : b.x()).sorted().toArray();
        int[] ends = core.stream().mapToInt(b -> horizontal ? b.bottom() : b.right()).sorted().toArray();
        int quarter = core.size() / 4;
        int start = starts[quarter];
        int end = ends[core.size() - 1 - quarter];
        return horizontal ? Box.ofCorners(all.x(), start, all.right(), end)
                : Box.ofCorners(start, all.y(), end, all.bottom());
    }

    private static int extent(Box box, boolean horizontal) {
        return horizontal ? box.width() : box.height();
    }

    private boolean sameSize(List<Ink> a, List<Ink> b, boolean horizontal) {
        Box boxA = coreBox(a);
        Box boxB = coreBox(b);
        double sizeA = horizontal ? boxA.height() : boxA.width();
        double sizeB = horizontal ? boxB.height() : boxB.width();
        // A line of body text may hold only digits or marks; the lines of a headline are all set in its one size,
        // and a subheadline under it is a little smaller. A caption over the text of its column is set a fifth
        // smaller than it.
        double tolerance = Math.min(sizeA, sizeB) >= 1.15 * bodyHeight ? 1.12 : 1.18;
        return Math.max(sizeA, sizeB) <= tolerance * Math.min(sizeA, sizeB);
    }

    /**
     * Lines: runs of characters separated by any white gap across the writing direction. Small marks
     * (punctuation, specks) are left out of the runs and then join the line they sit in or nearest to.
     */
    private List<List<Ink>> bands(List<Ink> text, boolean horizontal) {
        List<Ink> sorted = new ArrayList<>();
        List<Ink> small = new ArrayList<>();
        for (Ink ink : text) {
            (isSpeck(ink) ? small : sorted).add(ink);
        }
        if (sorted.isEmpty()) {
            sorted.addAll(small);
            small.clear();
        }
        sorted.sort(Comparator.comparingInt(i -> horizontal ? i.box().y() : -i.box().right()));
        List<List<Ink>> bands = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<Ink> band = new ArrayList<>();
        int bandStart = 0;
        int reach = Integer.MIN_VALUE;
        for (Ink ink : sorted) {
            int start = horizontal ? ink.box().y() : -ink.box().right();
            int end = horizontal ? ink.box().bottom() : -ink.box().x();
            if (!band.isEmpty() && start >= reach) {
                bands.add(band);
                ranges.add(new int[] {bandStart, reach});
                band = new ArrayList<>();
            }
            if (band.isEmpty()) {
                bandStart = start;
            }
            band.add(ink);
            reach = band.size() == 1 ? end : Math.max(reach, end);
        }
        if (!band.isEmpty()) {
            bands.add(band);
            ranges.add(new int[] {bandStart, reach});
        }
        for (Ink ink : small) {
            double centre = horizontal ? ink.centerY() : -ink.centerX();
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < ranges.size(); i++) {
                double distance = Math.max(0, Math.max(ranges.get(i)[0] - centre, centre - ranges.get(i)[1]));
                if (distance < best) {
                    best = distance;
                    nearest = i;
                }
            }
            bands.get(nearest).add(ink);
        }
        return bands;
    }

    /**
     * Too small to close a white gap: punctuation, and the dust of a scan, which on a low-resolution page
     * enlarged to the usual scale reaches half a character: a solid blot under two thirds of a character
     * is no part of one (a character's parts that small are dots and thin strokes).
     */
    private boolean isSpeck(Ink ink) {
        if (ink.picture()) {
            return false;
        }
        int w = ink.box().width();
        int h = ink.box().height();
        int longest = Math.max(w, h);
        boolean solid = ink.pixels() >= 0.6 * ink.box().area() && longest <= 2 * Math.min(w, h);
        return longest < 0.5 * bodyHeight || solid && longest < 0.7 * bodyHeight;
    }

    private boolean isSmall(Ink ink) {
        return !ink.picture() && Math.max(ink.box().width(), ink.box().height()) < 0.35 * bodyHeight;
    }

    /** Splits at a coordinate; false if one side would be empty. The first part is read first. */
    private boolean split(List<Ink> inks, boolean rows, double at, boolean rightFirst) {
        List<Ink> before = new ArrayList<>();
        List<Ink> after = new ArrayList<>();
        for (Ink ink : inks) {
            (((rows ? ink.centerY() : ink.centerX()) < at) ? before : after).add(ink);
        }
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        if (rightFirst) {
            cut(after);
            cut(before);
        } else {
            cut(before);
            cut(after);
        }
        return true;
    }

    /**
     * Side by side parts are read right to left inside vertical text, and on vertical pages; a vertical
     * article on a horizontal page keeps the page's left-to-right order of articles.
     */
    private boolean rightToLeft(List<Ink> inks) {
        double share = grain.verticalShare(inks);
        if (Double.isNaN(share)) {
            return verticalPage;
        }
        return share >= 0.9 || verticalPage && share >= 0.5;
    }

    private double typicalSize(List<Ink> text) {
        List<Double> sizes = new ArrayList<>();
        for (Ink ink : text) {
            double size = Math.max(ink.box().width(), ink.box().height());
            if (size >= 0.5 * bodyHeight) {
                sizes.add((double) ink.box().height());
            }
        }
        return sizes.isEmpty() ? bodyHeight : Math.max(TextGrain.median(sizes), 0.5 * bodyHeight);
    }
}
