package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Word;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

/**
 * Vertical text read the way horizontal recognisers are trained: each column cut into its character cells,
 * re-set as an upright line ({@link ColumnStrip}), read by an engine's line recogniser, and each character it
 * reads mapped back to the cell it stands in. Both engines read vertical regions so; they differ only in how
 * they find the columns and read a strip.
 */
final class VerticalColumns {

    /** A gap narrower than this share of the usual column's width lies inside a column, not between two. */
    private static final double MIN_GAP = 0.15;
    /** Bands of ink are one column while together they are at most this share of the usual column's width. */
    private static final double JOINED_WIDTH = 1.15;
    /** A band of ink narrower than this share of the usual column's width holds no whole character. */
    private static final double NARROW = 0.35;

    /** Reads one strip: its characters with their positions along the strip image, left to right. */
    interface StripReader {
        List<StripReading.Read> read(ColumnStrip strip);
    }

    private VerticalColumns() {
    }

    /**
     * The lines of a vertical region, one per column.
     *
     * @param crop    the region's image
     * @param ink     its ink mask ({@link #inkMask})
     * @param columns the columns' tight ink boxes in the crop's frame, right to left
     */
    static List<Line> read(RegionImage crop, Mat ink, List<Box> columns, StripReader reader,
            WordSegmenter segmenter) {
        List<Line> lines = new ArrayList<>();
        for (Box column : CharacterGrid.trimToUsualWidth(ink, columns)) {
            ColumnStrip strip = ColumnStrip.of(crop.image, ink, column);
            if (strip == null) {
                continue;
            }
            try (strip) {
                addLine(lines, crop, column, place(crop, ink, strip, reader.read(strip)), segmenter);
            }
        }
        return lines;
    }

    /**
     * Columns found without a text detector: bands of ink across x, split where a white gap runs the region's
     * whole height (the space between columns), right to left.
     *
     * <p>A short column may have such gaps inside a character (川, 八); bands are joined while together they
     * stay within the usual column's width, which two real columns with the gap between them never do, and
     * across a gap too narrow to stand between columns. A band still narrow after that is left out: on a
     * scanned page it is mostly a speck or a rule in the gap between columns, and a column holding only a lone
     * mark (。 in its cell's corner) is lost with it.
     */
    static List<Box> fromInk(Mat ink) {
        List<int[]> bands = inkBands(ink);
        if (bands.isEmpty()) {
            return List.of();
        }
        int[] widths = bands.stream().mapToInt(b -> b[1] - b[0]).sorted().toArray();
        int usual = widths[widths.length * 3 / 4];
        List<int[]> joined = new ArrayList<>();
        for (int[] band : bands) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean inside = last != null
                    && (band[0] - last[1] < MIN_GAP * usual || band[1] - last[0] <= JOINED_WIDTH * usual);
            if (inside) {
                last[1] = band[1];
            } else {
                joined.add(band.clone());
            }
        }
        List<Box> columns = new ArrayList<>();
        for (int i = joined.size() - 1; i >= 0; i--) {
            int[] band = joined.get(i);
            Box column = tighten(ink, new Box(band[0], 0, band[1] - band[0], ink.rows()));
            if (column == null) {
                continue;
            }
            if (column.width() >= NARROW * usual) {
                columns.add(column);
            }
        }
        return columns;
    }

    /**
     * Runs of x, [start, end), where the ink across the region's height is more than a speck's: noise and a
     * thin rule across the region must not close the gaps between columns.
     */
    private static List<int[]> inkBands(Mat ink) {
        Mat sums = new Mat();
        Core.reduce(ink, sums, 0, Core.REDUCE_SUM, CvType.CV_32S);
        int[] profile = new int[ink.cols()];
        sums.get(0, 0, profile);
        sums.release();
        int threshold = 255 * Math.max(1, ink.rows() / 200);
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= profile.length; x++) {
            boolean inked = x < profile.length && profile[x] > threshold;
            if (inked && start < 0) {
                start = x;
            } else if (!inked && start >= 0) {
                bands.add(new int[] {start, x});
                start = -1;
            }
        }
        return bands;
    }

    /**
     * A column's characters, each with the box of its ink in its cell. Every cell holds one character or mark,
     * so when there are as many characters as cells they go one to a cell in order; otherwise each goes to the
     * cell its position falls in, never above the one before it.
     */
    private static List<RecognisedChar> place(RegionImage crop, Mat ink, ColumnStrip strip,
            List<StripReading.Read> reads) {
        List<StripReading.Read> once = withoutDoubledCommas(strip, reads);
        List<Box> cells = strip.cells();
        boolean oneToACell = once.size() == cells.size();
        List<RecognisedChar> chars = new ArrayList<>(once.size());
        int lastCell = -1;
        for (StripReading.Read read : once) {
            int index = oneToACell ? lastCell + 1 : strip.cellAt(read.position());
            if (index <= lastCell) {
                index = Math.min(lastCell + 1, cells.size() - 1);
            }
            lastCell = index;
            Box cell = cells.get(index);
            Box glyph = tighten(ink, cell);
            Box box = glyph == null ? cell : glyph;
            chars.add(new RecognisedChar(read.text(), crop.toPage(box.x(), box.y(), box.right(), box.bottom()),
                    read.confidence(), false));
        }
        return chars;
    }

    /** One comma read twice (， as ,、), the two in one cell, is one comma. */
    private static List<StripReading.Read> withoutDoubledCommas(ColumnStrip strip, List<StripReading.Read> reads) {
        List<StripReading.Read> once = new ArrayList<>(reads.size());
        StripReading.Read last = null;
        for (StripReading.Read read : reads) {
            boolean doubled = last != null && isComma(last.text()) && isComma(read.text())
                    && strip.cellAt(last.position()) == strip.cellAt(read.position());
            if (!doubled) {
                once.add(read);
            }
            last = read;
        }
        return once;
    }

    private static boolean isComma(String text) {
        return text.equals(",") || text.equals("，") || text.equals("、");
    }

    /** Adds the line of {@code chars} (a row or a column with tight box {@code tight} in the crop's frame). */
    static void addLine(List<Line> lines, RegionImage crop, Box tight, List<RecognisedChar> chars,
            WordSegmenter segmenter) {
        if (chars.isEmpty()) {
            return;
        }
        List<Word> words = segmenter.segment(Punctuation.restoreFullWidth(chars));
        Box box = crop.toPage(tight.x(), tight.y(), tight.right(), tight.bottom());
        for (Word word : words) {
            box = box.union(word.box());
        }
        lines.add(new Line(box, words));
    }

    static Mat inkMask(Mat grey) {
        Mat mask = new Mat();
        Imgproc.threshold(grey, mask, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        return mask;
    }

    /** The bounding box of the ink inside {@code box}, or null when it holds none. */
    static Box tighten(Mat ink, Box box) {
        Box clamped = box.clampTo(ink.cols(), ink.rows());
        if (clamped.width() == 0 || clamped.height() == 0) {
            return null;
        }
        Mat roi = ink.submat(new Rect(clamped.x(), clamped.y(), clamped.width(), clamped.height()));
        Mat points = new Mat();
        Core.findNonZero(roi, points);
        roi.release();
        if (points.empty()) {
            points.release();
            return null;
        }
        Rect bounds = Imgproc.boundingRect(points);
        points.release();
        return new Box(clamped.x() + bounds.x, clamped.y() + bounds.y, bounds.width, bounds.height);
    }
}
