package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Shape;
import org.newspaperingest.preprocess.PreparedPage;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

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
    /** Lines of type this much larger than the body's, side by side, are decks of one headline whatever their sizes. */
    private static final double DECK_SIZE = 1.6;
    /** The white round a block's lines that is the block's, in body characters: half the usual space between blocks. */
    private static final double MARGIN = 0.2;

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
        List<Box> rules = new ArrayList<>(ruleBased.rules());
        rules.addAll(thinRules(page.grey(), page.binary(), character, detected, rules, usual));
        List<TextLine> joined = joinPieces(detected, rules);
        double body = bodySize(joined);
        List<TextLine> lines = splitDoubled(joined, page.binary(), body);
        List<Box> photos = ruleBased.illustrations().stream().filter(photo -> !holdsText(photo, lines)).toList();
        List<TextLine> text = lines.stream().filter(line -> photos.stream()
                .noneMatch(photo -> photo.intersection(line.box).area() > 0.6 * line.box.area())).toList();
        List<Block> blocks = absorbSpecks(group(text, usual, rules, body), body);
        List<Region> regions = new ArrayList<>();
        for (Block block : ReadingOrder.sort(blocks, usual, page.grey().cols(), page.grey().rows())) {
            regions.add(block.region(body));
        }
        return new PageLayout(regions, rules, photos);
    }

    /**
     * The thin rules that part articles on a dense page, which the rule-based analysis misses where they
     * touch the type beside them or waver: runs of ink straight over four body characters or more, no
     * thicker than a stroke, that do not lie along a text line (a dash, a large headline's stroke).
     */
    static List<Box> thinRules(Mat grey, Mat binary, double character, List<TextLine> lines, List<Box> known,
            Direction usual) {
        int length = (int) Math.round(4 * Math.max(4, character));
        int thickness = (int) Math.round(Math.max(3, 0.25 * character));
        int bridge = Math.max(3, (int) Math.round(0.2 * character));
        // darkness, 0 for paper; a thin rule is often too faint for the page's binarisation
        Mat dark = new Mat();
        Core.bitwise_not(grey, dark);
        double ink = Core.mean(dark, binary).val[0];
        List<Box> found = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            Mat mask = new Mat();
            // a rule that breaks for a moment still runs on; one that wavers runs straight over half its
            // length (spreading it across would join the edges of two close-set lines into a "rule")
            Imgproc.dilate(dark, mask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT,
                    horizontal ? new Size(bridge, 1) : new Size(1, bridge)));
            Size run = horizontal ? new Size(length / 2.0, 1) : new Size(1, length / 2.0);
            Imgproc.erode(mask, mask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, run));
            // the white between two close-set lines, greyed by their edges, runs on as a rule running along
            // them does: only a darker one counts there
            boolean alongLines = horizontal == (usual == Direction.HORIZONTAL);
            Imgproc.threshold(mask, mask, (alongLines ? 0.15 : 0.15) * ink, 255, Imgproc.THRESH_BINARY);
            Imgproc.dilate(mask, mask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, run));
            for (Ink component : Ink.components(mask)) {
                Box box = component.box();
                int along = horizontal ? box.width() : box.height();
                int across = horizontal ? box.height() : box.width();
                if (along >= length && across <= thickness + 2 && ridge(dark, box, horizontal)
                        && !alongText(box, horizontal, lines, character)
                        && known.stream().noneMatch(rule -> rule.intersection(box).area() > 0)) {
                    found.add(box);
                }
            }
            mask.release();
        }
        dark.release();
        return found;
    }

    /**
     * Whether the run is darker than the paper close beside it, as a rule between two lines is; the white
     * between two close-set lines, greyed by their edges, is lighter than the type on either side.
     */
    private static boolean ridge(Mat dark, Box run, boolean horizontal) {
        int side = 4;
        Box before = horizontal ? Box.ofCorners(run.x(), run.y() - side, run.right(), run.y())
                : Box.ofCorners(run.x() - side, run.y(), run.x(), run.bottom());
        Box after = horizontal ? Box.ofCorners(run.x(), run.bottom(), run.right(), run.bottom() + side)
                : Box.ofCorners(run.right(), run.y(), run.right() + side, run.bottom());
        double centre = meanDarkness(dark, run);
        return centre > 1.5 * meanDarkness(dark, before) && centre > 1.5 * meanDarkness(dark, after);
    }

    private static double meanDarkness(Mat dark, Box box) {
        Box inside = box.clampTo(dark.cols(), dark.rows());
        if (inside.area() == 0) {
            return 0;
        }
        Mat part = dark.submat(new org.opencv.core.Rect(inside.x(), inside.y(), inside.width(), inside.height()));
        double mean = Core.mean(part).val[0];
        part.release();
        return mean;
    }

    /**
     * Whether a quarter of a rule's length or more runs inside lines of text: along a line it is a dash or
     * a large headline's stroke; across lines, strokes of neighbouring lines that happen to line up. A
     * rule runs between lines, at most grazing their edges.
     */
    private static boolean alongText(Box rule, boolean horizontal, List<TextLine> lines, double character) {
        int margin = (int) Math.round(0.3 * character);
        long inside = 0;
        for (TextLine line : lines) {
            Box core = Box.ofCorners(line.box.x() + margin, line.box.y() + margin, line.box.right() - margin,
                    line.box.bottom() - margin);
            Box overlap = core.intersection(rule);
            if (overlap.area() > 0) {
                inside += horizontal ? overlap.width() : overlap.height();
            }
        }
        return inside >= 0.25 * (horizontal ? rule.width() : rule.height());
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
        int across = vertical ? a.box.xOverlap(b.box) : a.box.yOverlap(b.box);
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

    /**
     * Two close-set lines the detector took for one, split: a line two or three body lines thick with a
     * white run all along it, near its middle, is two lines of body type, not one of headline type.
     */
    private static List<TextLine> splitDoubled(List<TextLine> lines, Mat binary, double body) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : lines) {
            boolean vertical = line.direction == Direction.VERTICAL;
            int thick = line.size();
            int length = vertical ? line.box.height() : line.box.width();
            if (thick < 1.7 * body || thick > 3.2 * body || length < 3 * thick) {
                out.add(line);
                continue;
            }
            Box box = line.box.clampTo(binary.cols(), binary.rows());
            Mat part = binary.submat(new org.opencv.core.Rect(box.x(), box.y(), box.width(), box.height()));
            Mat profile = new Mat();
            // ink per position across the line
            Core.reduce(part, profile, vertical ? 0 : 1, Core.REDUCE_SUM, CvType.CV_32S);
            int[] ink = new int[(int) profile.total()];
            profile.get(0, 0, ink);
            part.release();
            profile.release();
            int from = ink.length / 3;
            int to = ink.length - ink.length / 3;
            int best = -1;
            for (int i = from; i < to; i++) {
                if (best < 0 || ink[i] < ink[best]) {
                    best = i;
                }
            }
            // binary ink is 255: a white run with at most a speck or two crossing it
            if (best < 0 || ink[best] / 255 > 0.03 * length) {
                out.add(line);
                continue;
            }
            int cut = (vertical ? box.x() : box.y()) + best;
            for (Box half : vertical
                    ? List.of(Box.ofCorners(box.x(), box.y(), cut, box.bottom()), Box.ofCorners(cut + 1, box.y(), box.right(), box.bottom()))
                    : List.of(Box.ofCorners(box.x(), box.y(), box.right(), cut), Box.ofCorners(box.x(), cut + 1, box.right(), box.bottom()))) {
                TextLine piece = new TextLine(half);
                piece.direction = line.direction;
                out.add(piece);
            }
        }
        return out;
    }

    /**
     * The commonest line thickness of the lines found, weighted by line length: body text outnumbers
     * everything else. A line size, not a character's ink height ({@link InkCoverage#characterSize}); a
     * length-weighted mode, not the plain median of {@code BlockClassifier.bodyLineSize}.
     */
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
    private static List<Block> group(List<TextLine> lines, Direction usual, List<Box> rules, double body) {
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
                if (belongTogether(a, b, rules, body)) {
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

    /**
     * A speck block (a mark or a character or two the detector found apart from its line) that lies inside
     * another block joins it, rather than standing as a block of its own in the middle of an article.
     */
    private static List<Block> absorbSpecks(List<Block> blocks, double body) {
        List<Block> large = new ArrayList<>();
        List<Block> specks = new ArrayList<>();
        for (Block block : blocks) {
            boolean speck = block.lines.stream().allMatch(line -> Math.max(line.box.width(), line.box.height()) < 2.5 * body);
            (speck ? specks : large).add(block);
        }
        List<List<TextLine>> merged = new ArrayList<>();
        large.forEach(block -> merged.add(new ArrayList<>(block.lines)));
        List<Block> out = new ArrayList<>();
        for (Block speck : specks) {
            int home = -1;
            for (int i = 0; i < large.size() && home < 0; i++) {
                if (large.get(i).direction == speck.direction && beside(large.get(i), speck.box, body)) {
                    home = i;
                }
            }
            if (home >= 0) {
                merged.get(home).addAll(speck.lines);
            } else {
                out.add(speck);
            }
        }
        merged.forEach(lines -> out.add(new Block(lines)));
        return out;
    }

    /** Whether the box's centre lies on one of the block's lines, or within half a character of one. */
    private static boolean beside(Block block, Box box, double body) {
        int reach = (int) Math.round(0.5 * body);
        for (TextLine line : block.lines) {
            if (box.centerX() >= line.box.x() - reach && box.centerX() <= line.box.right() + reach
                    && box.centerY() >= line.box.y() - reach && box.centerY() <= line.box.bottom() + reach) {
                return true;
            }
        }
        return false;
    }

    static boolean belongTogether(TextLine a, TextLine b, List<Box> rules, double body) {
        if (a.direction != b.direction) {
            return false;
        }
        double size = Math.max(a.size(), b.size());
        // the decks of a headline, each in its own size, one beside the other, make one heading
        boolean decks = Math.min(a.size(), b.size()) > DECK_SIZE * body;
        if (size > 1.5 * Math.min(a.size(), b.size()) + 2 && !decks) {
            return false;
        }
        boolean vertical = a.direction == Direction.VERTICAL;
        // across the lines: the gap between two neighbouring lines of a block is under one character
        int gap = vertical ? Math.max(a.box.x(), b.box.x()) - Math.min(a.box.right(), b.box.right())
                : Math.max(a.box.y(), b.box.y()) - Math.min(a.box.bottom(), b.box.bottom());
        double thinner = Math.min(a.size(), b.size());
        if (gap > 0.9 * thinner || gap < -0.5 * size || decks && gap > 0.5 * thinner) {
            return false;
        }
        // along the lines: set flush at their start (a short column under a headline begins another block)
        int startA = vertical ? a.box.y() : a.box.x();
        int startB = vertical ? b.box.y() : b.box.x();
        int endA = vertical ? a.box.bottom() : a.box.right();
        int endB = vertical ? b.box.bottom() : b.box.right();
        int overlap = Math.min(endA, endB) - Math.max(startA, startB);
        int shorter = Math.min(endA - startA, endB - startB);
        boolean flush = Math.abs(startA - startB) <= 1.5 * size || decks;
        if (!flush || overlap < (decks ? 0.6 : 0.3) * shorter) {
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
            long along = vertical ? rule.yOverlap(between) : rule.xOverlap(between);
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
            return new Region(RegionClass.of(type), outline((int) Math.round(MARGIN * body)), direction, ordered);
        }

        /**
         * The area its lines cover, each line widened across to its neighbour so that the white between
         * lines is inside, and each line's ends drawn out to where the lines on both sides of it reach (the
         * white after a paragraph's last line is the block's): a block whose columns end at different
         * heights, as one set round a headline does, has the outline of its columns.
         */
        Shape outline(int margin) {
            boolean vertical = direction == Direction.VERTICAL;
            List<Box> sorted = lines.stream().map(line -> line.box)
                    .sorted(Comparator.comparingInt(vertical ? Box::x : Box::y)).toList();
            int n = sorted.size();
            int[] start = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = vertical ? sorted.get(i).y() : sorted.get(i).x();
                end[i] = vertical ? sorted.get(i).bottom() : sorted.get(i).right();
            }
            int[] filledStart = fill(start, true);
            int[] filledEnd = fill(end, false);
            List<Box> bridged = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Box line = sorted.get(i);
                int acrossEnd = vertical ? line.right() : line.bottom();
                if (i + 1 < n) {
                    acrossEnd = Math.max(acrossEnd, vertical ? sorted.get(i + 1).x() : sorted.get(i + 1).y());
                }
                Box area = vertical ? Box.ofCorners(line.x(), filledStart[i], acrossEnd, filledEnd[i])
                        : Box.ofCorners(filledStart[i], line.y(), filledEnd[i], acrossEnd);
                bridged.add(Box.ofCorners(Math.max(0, area.x() - margin), Math.max(0, area.y() - margin),
                        area.right() + margin, area.bottom() + margin));
            }
            return Shape.union(bridged);
        }

        /** Each value drawn out to the nearer of the furthest values on either side of it (water in a trough). */
        private static int[] fill(int[] values, boolean towardsLow) {
            int n = values.length;
            int[] before = new int[n];
            int[] after = new int[n];
            for (int i = 0; i < n; i++) {
                before[i] = i == 0 ? values[i] : towardsLow ? Math.min(before[i - 1], values[i])
                        : Math.max(before[i - 1], values[i]);
            }
            for (int i = n - 1; i >= 0; i--) {
                after[i] = i == n - 1 ? values[i] : towardsLow ? Math.min(after[i + 1], values[i])
                        : Math.max(after[i + 1], values[i]);
            }
            int[] filled = new int[n];
            for (int i = 0; i < n; i++) {
                filled[i] = towardsLow ? Math.max(before[i], after[i]) : Math.min(before[i], after[i]);
            }
            return filled;
        }
    }
}
