package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.preprocess.PreparedPage;

/**
 * Layout built from text lines first: a learned detector finds every line of the page, at a scale set by
 * the page's own body type (never by the resolution the file states), and blocks are the runs of
 * neighbouring lines of one size and direction, set flush with each other and not parted by a rule. This
 * holds where cutting the ink by white space does not: dense pages of a Republican-era paper with columns
 * a hair apart, frames round each page, two pages on one scan, low-resolution rasters.
 *
 * <p>Rules and photos come from the page's rule-based analysis; a "photo" that the detector finds full of
 * lines is text and is dropped.
 */
public final class LineLayoutAnalyzer {

    /**
     * Character size the detector parts dense columns best at (measured on a 晶報 fold: at 14 px every
     * column comes out, at 18 px and more the detector misses whole articles of close-set type); a page is
     * never enlarged for it.
     */
    static final double DETECTION_CHARACTER = 14;
    /** A line of type this much larger than the page's body type is a headline. */
    private static final double HEADLINE_SIZE = 1.6;

    private final TextLineDetector detector;

    public LineLayoutAnalyzer(TextLineDetector detector) {
        this.detector = detector;
    }

    /**
     * @param page      the prepared page
     * @param ruleBased the rule-based layout of the same page, for its rules and photos
     * @param character the page's body character size in pixels ({@link InkCoverage#characterSize})
     */
    public PageLayout analyze(PreparedPage page, PageLayout ruleBased, double character) {
        double scale = Math.min(1.0, DETECTION_CHARACTER / Math.max(1, character));
        List<TextLine> detected = new ArrayList<>();
        for (Box box : detector.detect(page.grey(), scale)) {
            if (box.width() >= 2 && box.height() >= 2) {
                detected.add(new TextLine(box));
            }
        }
        if (detected.isEmpty()) {
            return new PageLayout(List.of(), ruleBased.rules(), ruleBased.illustrations());
        }
        Direction usual = usualDirection(detected);
        List<TextLine> lines = joinPieces(detected, ruleBased.rules());
        double body = bodySize(lines);
        List<Box> photos = ruleBased.illustrations().stream().filter(photo -> !holdsText(photo, lines)).toList();
        List<TextLine> text = lines.stream().filter(line -> photos.stream()
                .noneMatch(photo -> photo.intersection(line.box).area() > 0.6 * line.box.area())).toList();
        List<Block> blocks = group(text, usual, ruleBased.rules());
        List<Region> regions = new ArrayList<>();
        for (Block block : ReadingOrder.sort(blocks, usual, page.grey().cols(), page.grey().rows())) {
            regions.add(block.region(body));
        }
        return new PageLayout(regions, ruleBased.rules(), photos);
    }

    /** A detected line, with its direction from its shape; a square one (a single character) runs as the page does. */
    static final class TextLine {
        final Box box;
        Direction direction;

        TextLine(Box box) {
            this.box = box;
        }

        boolean square() {
            double ratio = box.height() / (double) box.width();
            return ratio < 1.5 && ratio > 1 / 1.5;
        }

        /** The size of its type: the line's thickness across its direction. */
        int size() {
            return direction == Direction.VERTICAL ? box.width() : box.height();
        }
    }

    private static Direction usualDirection(List<TextLine> lines) {
        long vertical = 0;
        long horizontal = 0;
        for (TextLine line : lines) {
            if (!line.square()) {
                if (line.box.height() > line.box.width()) {
                    vertical += line.box.area();
                } else {
                    horizontal += line.box.area();
                }
            }
        }
        Direction usual = vertical > horizontal ? Direction.VERTICAL : Direction.HORIZONTAL;
        for (TextLine line : lines) {
            line.direction = line.square() ? usual
                    : line.box.height() > line.box.width() ? Direction.VERTICAL : Direction.HORIZONTAL;
        }
        return usual;
    }

    /**
     * Pieces of one line joined: the detector parts a line at a wide space or a mark, and a single
     * character of a vertical column comes out square.
     */
    private static List<TextLine> joinPieces(List<TextLine> lines, List<Box> rules) {
        List<TextLine> sorted = new ArrayList<>(lines);
        int n = sorted.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        sorted.sort(Comparator.comparingInt(line -> line.box.x()));
        for (int i = 0; i < n; i++) {
            TextLine a = sorted.get(i);
            for (int j = i + 1; j < n; j++) {
                TextLine b = sorted.get(j);
                if (b.box.x() > a.box.right() + 2 * a.size()) {
                    break;
                }
                if (samePiece(a, b, rules)) {
                    union(parent, i, j);
                }
            }
        }
        java.util.Map<Integer, Box> joined = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Direction> directions = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            joined.merge(root, sorted.get(i).box, Box::union);
            directions.putIfAbsent(root, sorted.get(i).direction);
        }
        List<TextLine> out = new ArrayList<>();
        for (var entry : joined.entrySet()) {
            TextLine line = new TextLine(entry.getValue());
            line.direction = line.square() ? directions.get(entry.getKey())
                    : line.box.height() > line.box.width() ? Direction.VERTICAL : Direction.HORIZONTAL;
            out.add(line);
        }
        return out;
    }

    private static boolean samePiece(TextLine a, TextLine b, List<Box> rules) {
        if (a.direction != b.direction) {
            return false;
        }
        boolean vertical = a.direction == Direction.VERTICAL;
        int thinner = Math.min(a.size(), b.size());
        int thicker = Math.max(a.size(), b.size());
        if (thicker > 1.5 * thinner + 2) {
            return false;
        }
        int across = vertical ? Math.min(a.box.right(), b.box.right()) - Math.max(a.box.x(), b.box.x())
                : Math.min(a.box.bottom(), b.box.bottom()) - Math.max(a.box.y(), b.box.y());
        if (across < 0.6 * thinner) {
            return false;
        }
        int gap = vertical ? Math.max(a.box.y(), b.box.y()) - Math.min(a.box.bottom(), b.box.bottom())
                : Math.max(a.box.x(), b.box.x()) - Math.min(a.box.right(), b.box.right());
        if (gap > 0.7 * thicker) {
            return false;
        }
        Box between = vertical
                ? Box.ofCorners(Math.max(a.box.x(), b.box.x()), Math.min(a.box.bottom(), b.box.bottom()) - 1,
                        Math.min(a.box.right(), b.box.right()), Math.max(a.box.y(), b.box.y()) + 1)
                : Box.ofCorners(Math.min(a.box.right(), b.box.right()) - 1, Math.max(a.box.y(), b.box.y()),
                        Math.max(a.box.x(), b.box.x()) + 1, Math.min(a.box.bottom(), b.box.bottom()));
        return !crossesRule(between, !vertical, rules);
    }

    /** Whether a rule running horizontally ({@code horizontal}) or vertically crosses the gap. */
    private static boolean crossesRule(Box gap, boolean horizontal, List<Box> rules) {
        for (Box rule : rules) {
            boolean runs = horizontal ? rule.width() > rule.height() : rule.height() > rule.width();
            if (runs && rule.intersection(gap).area() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The commonest type size, weighted by line length: body text outnumbers everything else. */
    private static double bodySize(List<TextLine> lines) {
        int max = lines.stream().mapToInt(TextLine::size).max().orElse(1);
        long[] histogram = new long[max + 2];
        for (TextLine line : lines) {
            histogram[line.size()] += line.box.area() / Math.max(1, line.size());
        }
        int best = 1;
        long bestWeight = -1;
        for (int size = 1; size <= max; size++) {
            long weight = histogram[size - 1] + histogram[size] + histogram[size + 1];
            if (weight > bestWeight) {
                bestWeight = weight;
                best = size;
            }
        }
        return best;
    }

    private static boolean holdsText(Box photo, List<TextLine> lines) {
        long inside = 0;
        for (TextLine line : lines) {
            inside += photo.intersection(line.box).area();
        }
        return inside > 0.3 * photo.area();
    }

    /** Lines joined into blocks: neighbours of one direction and size, flush at their start, no rule between. */
    private static List<Block> group(List<TextLine> lines, Direction usual, List<Box> rules) {
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(line -> line.box.x()));
        for (int i = 0; i < n; i++) {
            TextLine a = sorted.get(i);
            int reach = 2 * Math.max(a.box.width(), a.box.height());
            for (int j = i + 1; j < n; j++) {
                TextLine b = sorted.get(j);
                if (b.box.x() > a.box.right() + reach) {
                    break;
                }
                if (belongTogether(a, b, rules)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<TextLine>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(sorted.get(i));
        }
        List<Block> blocks = new ArrayList<>();
        for (List<TextLine> group : groups) {
            blocks.add(new Block(group));
        }
        return blocks;
    }

    static boolean belongTogether(TextLine a, TextLine b, List<Box> rules) {
        if (a.direction != b.direction) {
            return false;
        }
        double size = Math.max(a.size(), b.size());
        if (size > 1.35 * Math.min(a.size(), b.size()) + 2) {
            return false;
        }
        boolean vertical = a.direction == Direction.VERTICAL;
        // across the lines: the gap between two neighbouring lines of a block is under one character
        int gap = vertical ? Math.max(a.box.x(), b.box.x()) - Math.min(a.box.right(), b.box.right())
                : Math.max(a.box.y(), b.box.y()) - Math.min(a.box.bottom(), b.box.bottom());
        if (gap > 0.9 * size || gap < -0.5 * size) {
            return false;
        }
        // along the lines: set flush at their start (a short column under a headline begins another block)
        int startA = vertical ? a.box.y() : a.box.x();
        int startB = vertical ? b.box.y() : b.box.x();
        int endA = vertical ? a.box.bottom() : a.box.right();
        int endB = vertical ? b.box.bottom() : b.box.right();
        int overlap = Math.min(endA, endB) - Math.max(startA, startB);
        int shorter = Math.min(endA - startA, endB - startB);
        boolean flush = Math.abs(startA - startB) <= 1.5 * size;
        if (!flush || overlap < 0.3 * shorter) {
            return false;
        }
        Box between = vertical
                ? Box.ofCorners(Math.min(a.box.right(), b.box.right()), Math.max(startA, startB),
                        Math.max(a.box.x(), b.box.x()), Math.min(endA, endB))
                : Box.ofCorners(Math.max(startA, startB), Math.min(a.box.bottom(), b.box.bottom()),
                        Math.min(endA, endB), Math.max(a.box.y(), b.box.y()));
        for (Box rule : rules) {
            boolean parallel = vertical ? rule.height() > rule.width() : rule.width() > rule.height();
            if (!parallel) {
                continue;
            }
            Box middle = vertical
                    ? Box.ofCorners(rule.x(), between.y(), rule.right(), between.bottom())
                    : Box.ofCorners(between.x(), rule.y(), between.right(), rule.bottom());
            boolean inGap = vertical
                    ? rule.centerX() >= Math.min(a.box.centerX(), b.box.centerX())
                            && rule.centerX() <= Math.max(a.box.centerX(), b.box.centerX())
                    : rule.centerY() >= Math.min(a.box.centerY(), b.box.centerY())
                            && rule.centerY() <= Math.max(a.box.centerY(), b.box.centerY());
            long along = vertical ? Math.min(rule.bottom(), between.bottom()) - Math.max(rule.y(), between.y())
                    : Math.min(rule.right(), between.right()) - Math.max(rule.x(), between.x());
            if (inGap && middle.width() > 0 && along > 0.3 * (vertical ? between.height() : between.width())) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Lines of one block, and the region they make. */
    static final class Block {
        final List<TextLine> lines;
        final Box box;
        final Direction direction;

        Block(List<TextLine> lines) {
            this.lines = lines;
            this.box = Box.enclosing(lines.stream().map(line -> line.box).toList());
            this.direction = lines.get(0).direction;
        }

        Region region(double body) {
            double size = lines.stream().mapToInt(TextLine::size).average().orElse(body);
            BlockType type = size > HEADLINE_SIZE * body ? BlockType.HEADLINE : BlockType.BODY;
            List<Box> ordered = lines.stream().map(line -> line.box)
                    .sorted(direction == Direction.VERTICAL
                            ? Comparator.comparingInt(Box::right).reversed().thenComparingInt(Box::y)
                            : Comparator.comparingInt(Box::y).thenComparingInt(Box::x))
                    .toList();
            return new Region(type, box, direction, ordered);
        }
    }
}
