package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Reads regions with PaddleOCR's PP-OCRv4 models (DB detection, SVTR-LCNet CTC recognition) on ONNX
 * Runtime.
 *
 * <p>Horizontal regions: text lines are detected in the region (one-line classes that show a single band
 * of ink skip detection), boxes on the same row are joined into one line, and each line is recognised as a
 * whole. Character boxes come from the CTC time steps: each character's centre along the line, with cell
 * edges half-way between neighbours, tightened to the ink inside.
 *
 * <p>Vertical regions: columns are detected, cut into square character cells along Chinese type's grid,
 * and the cells re-set side by side into an upright horizontal line that the recogniser reads as trained,
 * punctuation turned to its horizontal form ({@link ColumnStrip}); each character maps back to its cell.
 *
 * <p>Traditional Chinese: PP-OCRv4's character list ({@code ppocr_keys_v1}, 6,623 characters) is simplified
 * Chinese and lacks many traditional characters (陽, 舉, 說...), which it can then only misread. Horizontal
 * traditional regions go to {@link TesseractEngine} ({@code chi_tra}). Vertical ones are cut into the same
 * upright lines, read by Tesseract's horizontal {@code chi_tra} (far better trained than its vertical model)
 * and by PP-OCR, and merged ({@link StripReading}). Which regions are traditional the caller says (see
 * {@link ChineseScript}). On a real page, whose regions come with the lines layout found there, PP-OCR reads
 * rows itself and columns turned, and traditional columns where it is unsure by Tesseract's
 * {@code chi_tra_vert} as well ({@link ColumnVote}): on scans of a 1939 paper that reads more than
 * Tesseract's horizontal model on rows and on cut cells.
 *
 * <p>Not thread-safe: one engine per worker thread; sessions are made once per engine and reused.
 */
public final class PaddleEngine implements OcrEngine {

    static final String ENGINE = "PaddleOCR PP-OCRv4 (ONNX Runtime)";
    static final double UNCLIP_RATIO = 2.0;
    private static final int MARGIN = 16;
    /** Tesseract's model for vertical traditional columns, read beside PP-OCR ({@link ColumnVote}). */
    static final String VERTICAL_TRADITIONAL = "chi_tra_vert";
    /** PP-OCR's readings of columns it is at least this sure of, character by character, are not put to the vote. */
    static final double SURE = 0.8;
    /**
     * A character read with less confidence in a column of a scanned page is mostly a speck, a rule's end or a
     * broken glyph: dropping them reads the real folds better (bag F1 +0.008 and +0.009).
     */
    static final double MIN_CONFIDENCE = 0.2;

    private final TextDetector detector;
    private final TextRecognizer recognizer;
    private final WordSegmenter segmenter;
    private TesseractEngine tesseract;
    /** The last columns read turned (a fold has some 600), so that a page read twice is recognised once. */
    private final Map<ColumnKey, List<RecognisedChar>> turnedReadings = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ColumnKey, List<RecognisedChar>> eldest) {
            return size() > 4096;
        }
    };

    public PaddleEngine() {
        this(new WordSegmenter());
    }

    public PaddleEngine(WordSegmenter segmenter) {
        OpenCvLoader.load();
        this.detector = new TextDetector(UNCLIP_RATIO);
        this.recognizer = new TextRecognizer();
        this.segmenter = segmenter;
    }

    @Override
    public List<Line> read(Mat page, TextRegion region, String language, double dpi) {
        boolean traditional = ChineseScript.isTraditionalTag(language);
        boolean vertical = region.direction() == Direction.VERTICAL;
        // traditional rows go to Tesseract, except the lines layout found on a real page: there PP-OCR reads
        // them better (晶報 folds: bag F1 0.797 -> 0.802 on the first), as it reads the columns
        if (traditional && !vertical && region.lines().isEmpty()) {
            return tesseract().read(page, region, TesseractEngine.TRADITIONAL, dpi);
        }
        RegionImage cut = RegionImage.cut(page, region.box(), MARGIN, true);
        if (cut == null) {
            return List.of();
        }
        try (RegionImage crop = cut) {
            return vertical ? readColumns(crop, region, dpi, traditional) : readRows(crop, region, dpi);
        }
    }

    private List<Line> readRows(RegionImage crop, TextRegion region, double dpi) {
        Mat ink = VerticalColumns.inkMask(crop.image);
        try {
            List<Line> lines = new ArrayList<>();
            for (Box tight : lineBoxes(crop, ink, region, dpi, false)) {
                VerticalColumns.addLine(lines, crop, tight, readRow(crop, ink, tight), segmenter);
            }
            return lines;
        } finally {
            ink.release();
        }
    }

    /**
     * Columns read upright. Traditional text is read by both recognisers; simplified by PP-OCR alone. Columns
     * that layout found on a real page are read whole and turned, and traditional ones, where PP-OCR is
     * unsure, also by Tesseract's vertical model, the two readings merged ({@link ColumnVote}).
     */
    private List<Line> readColumns(RegionImage crop, TextRegion region, double dpi, boolean traditional) {
        Mat ink = VerticalColumns.inkMask(crop.image);
        try {
            List<Box> columns = lineBoxes(crop, ink, region, dpi, true);
            if (!region.lines().isEmpty()) {
                // columns the layout found on a real page: read whole, turned (see readTurned)
                List<Line> lines = new ArrayList<>();
                for (Box column : columns) {
                    // a character or two stands upright as a short line; a longer column is turned
                    boolean upright = column.height() < 2 * column.width();
                    List<RecognisedChar> chars = upright ? readRow(crop, ink, column) : readTurned(crop, ink, column);
                    if (traditional && !upright && unsure(chars)) {
                        chars = ColumnVote.merge(chars, readVertically(crop, column, dpi));
                    }
                    chars = chars.stream().filter(c -> c.confidence() >= MIN_CONFIDENCE).toList();
                    VerticalColumns.addLine(lines, crop, column, chars, segmenter);
                }
                return lines;
            }
            return VerticalColumns.read(crop, ink, columns, strip -> readStrip(strip, dpi, traditional), segmenter);
        } finally {
            ink.release();
        }
    }

    /** The tight ink boxes of the region's lines (columns), in reading order. */
    private List<Box> lineBoxes(RegionImage crop, Mat ink, TextRegion region, double dpi, boolean vertical) {
        List<Box> lineBoxes;
        if (!region.lines().isEmpty()) {
            lineBoxes = region.lines().stream().map(line -> new Box(line.x() - crop.region.x() + crop.margin,
                    line.y() - crop.region.y() + crop.margin, line.width(), line.height())).toList();
        } else if (region.usuallyOneLine() && crop.inkBands(vertical) <= 1) {
            lineBoxes = List.of(new Box(0, 0, crop.image.cols(), crop.image.rows()));
        } else {
            lineBoxes = joinRows(detector.detect(crop.image, detectionScale(dpi)), vertical);
        }
        List<Box> tight = new ArrayList<>(lineBoxes.size());
        for (Box lineBox : lineBoxes) {
            Box box = VerticalColumns.tighten(ink, lineBox);
            if (box != null) {
                tight.add(box);
            }
        }
        return tight;
    }

    private List<RecognisedChar> readRow(RegionImage crop, Mat ink, Box line) {
        Mat image = crop.image.submat(rect(line));
        List<TextRecognizer.Hit> hits = recognizer.recognise(image);
        image.release();
        List<RecognisedChar> chars = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            TextRecognizer.Hit hit = hits.get(i);
            double[] span = cellSpan(hits, i, line.width());
            Box cell = Box.ofCorners(line.x() + (int) Math.floor(span[0]), line.y(),
                    line.x() + (int) Math.ceil(span[1]), line.bottom());
            Box glyph = VerticalColumns.tighten(ink, cell);
            Box box = glyph == null ? cell : glyph;
            chars.add(new RecognisedChar(hit.text(), crop.toPage(box.x(), box.y(), box.right(), box.bottom()),
                    hit.confidence(), hit.spaceBefore()));
        }
        return chars;
    }

    /**
     * A column turned a quarter anticlockwise and read as one line, as PaddleOCR reads tall text boxes; each
     * character placed along the column. With a little white round it (a tenth of its width on each side,
     * a third at each end), as the recogniser was trained. On the real folds of a 1939 paper this reads
     * more than cutting the column into upright cells ({@link ColumnStrip}), whose cell grid breaks on
     * close-set old type, and more than adding Tesseract's {@code chi_tra} (bag F1 0.77 against 0.74 and
     * 0.70).
     */
    private List<RecognisedChar> readTurned(RegionImage crop, Mat ink, Box column) {
        int side = column.width() / 10;
        int end = column.width() / 3;
        Box padded = Box.ofCorners(column.x() - side, column.y() - end, column.right() + side, column.bottom() + end)
                .clampTo(crop.image.cols(), crop.image.rows());
        Mat image = crop.image.submat(rect(padded));
        ColumnKey key = ColumnKey.of(crop.toPage(padded.x(), padded.y(), padded.right(), padded.bottom()), image);
        List<RecognisedChar> known = turnedReadings.get(key);
        if (known != null) {
            image.release();
            return known;
        }
        Mat turned = new Mat();
        org.opencv.core.Core.rotate(image, turned, org.opencv.core.Core.ROTATE_90_COUNTERCLOCKWISE);
        image.release();
        List<TextRecognizer.Hit> hits = recognizer.recognise(turned);
        turned.release();
        List<RecognisedChar> chars = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            TextRecognizer.Hit hit = hits.get(i);
            double[] span = cellSpan(hits, i, padded.height());
            // turned anticlockwise, the column's top is the line's left
            Box cell = Box.ofCorners(column.x(), padded.y() + (int) Math.floor(span[0]), column.right(),
                    padded.y() + (int) Math.ceil(span[1]));
            Box glyph = VerticalColumns.tighten(ink, cell);
            Box box = glyph == null ? cell : glyph;
            chars.add(new RecognisedChar(hit.text(), crop.toPage(box.x(), box.y(), box.right(), box.bottom()),
                    hit.confidence(), false));
        }
        turnedReadings.put(key, List.copyOf(chars));
        return chars;
    }

    /**
     * A column's place on the page and a digest of its pixels. A page whose reading shows traditional writing
     * is read a second time as such (the ingest's {@code PageProcessor}); its columns' PP-OCR readings, the
     * same both times, are then taken from the first.
     */
    private record ColumnKey(Box box, long digest) {
        static ColumnKey of(Box box, Mat image) {
            byte[] row = new byte[image.cols()];
            long digest = 1125899906842597L;
            for (int y = 0; y < image.rows(); y++) {
                image.get(y, 0, row);
                for (byte b : row) {
                    digest = 31 * digest + b;
                }
            }
            return new ColumnKey(box, digest);
        }
    }

    /** Whether PP-OCR read nothing in a column or was unsure of one of its characters. */
    private static boolean unsure(List<RecognisedChar> chars) {
        return chars.isEmpty() || chars.stream().anyMatch(c -> c.confidence() < SURE);
    }

    /** A column as Tesseract's vertical traditional model reads it, characters top to bottom. */
    private List<RecognisedChar> readVertically(RegionImage crop, Box column, double dpi) {
        List<RecognisedChar> chars = new ArrayList<>();
        for (TesseractEngine.Symbol s : tesseract().readColumn(crop.image, column, VERTICAL_TRADITIONAL, dpi)) {
            chars.add(new RecognisedChar(s.text(), crop.toPage(s.left(), s.top(), s.right(), s.bottom()),
                    s.confidence(), false));
        }
        return chars;
    }

    /** A column's strip read by PP-OCR and, for traditional text, by Tesseract's chi_tra as well. */
    private List<StripReading.Read> readStrip(ColumnStrip strip, double dpi, boolean traditional) {
        List<TextRecognizer.Hit> hits = recognizer.recognise(strip.image());
        if (traditional) {
            return StripReading.merge(tesseract().readStrip(strip.image(), "chi_tra", dpi), 0, hits);
        }
        List<StripReading.Read> reads = new ArrayList<>(hits.size());
        for (TextRecognizer.Hit hit : hits) {
            reads.add(new StripReading.Read(hit.text(), hit.confidence(), (hit.start() + hit.end()) / 2));
        }
        return reads;
    }

    private TesseractEngine tesseract() {
        if (tesseract == null) {
            tesseract = new TesseractEngine(TessdataLocator.locate(), segmenter);
        }
        return tesseract;
    }

    /** Detection runs at about 150 dpi: enough to keep lines apart, a quarter of the work at 300 dpi. */
    static double detectionScale(double dpi) {
        return dpi > 150 ? 150 / dpi : 1.0;
    }

    /** Edges half-way between a character's centre and its neighbours'. */
    private static double[] cellSpan(List<TextRecognizer.Hit> hits, int i, int lineLength) {
        double centre = (hits.get(i).start() + hits.get(i).end()) / 2;
        double previous = i > 0 ? (hits.get(i - 1).start() + hits.get(i - 1).end()) / 2 : Double.NaN;
        double next = i + 1 < hits.size() ? (hits.get(i + 1).start() + hits.get(i + 1).end()) / 2 : Double.NaN;
        double halfPitch = !Double.isNaN(next) ? (next - centre) / 2
                : !Double.isNaN(previous) ? (centre - previous) / 2 : lineLength;
        double start = Double.isNaN(previous) ? centre - halfPitch : (previous + centre) / 2;
        double end = Double.isNaN(next) ? centre + halfPitch : (centre + next) / 2;
        return new double[] {Math.max(0, start), Math.min(lineLength, Math.max(start + 1, end))};
    }

    /** Joins detected boxes lying on the same row (or column) into one line, in reading order. */
    static List<Box> joinRows(List<Box> boxes, boolean vertical) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(vertical ? Comparator.comparingDouble(Box::centerX).reversed()
                : Comparator.comparingDouble(Box::centerY));
        List<Box> lines = new ArrayList<>();
        for (Box box : sorted) {
            boolean joined = false;
            for (int i = 0; i < lines.size(); i++) {
                Box line = lines.get(i);
                int overlap = vertical ? line.xOverlap(box) : line.yOverlap(box);
                int smaller = vertical ? Math.min(line.width(), box.width()) : Math.min(line.height(), box.height());
                if (overlap > 0.5 * smaller) {
                    lines.set(i, line.union(box));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                lines.add(box);
            }
        }
        lines.sort(vertical ? Comparator.comparingDouble(Box::centerX).reversed()
                : Comparator.comparingDouble(Box::centerY));
        return lines;
    }

    private static Rect rect(Box box) {
        return new Rect(box.x(), box.y(), box.width(), box.height());
    }

    @Override
    public Processing describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("detection", "DB at 150 dpi, threshold 0.3, box threshold 0.5, unclip ratio " + UNCLIP_RATIO);
        settings.put("recognition", "height " + TextRecognizer.HEIGHT + ", CTC greedy");
        settings.put("vertical", "columns cut into character cells, read upright, punctuation set horizontally;"
                + " columns found by layout on a real page read whole, turned, characters under " + MIN_CONFIDENCE
                + " confidence dropped");
        settings.put("onnxruntime threads", "1");
        settings.put("traditional Chinese", "Tesseract chi_tra (PP-OCRv4 lacks many traditional characters);"
                + " vertical columns read upright by chi_tra, unsure characters taken from PP-OCRv4; columns found"
                + " by layout read by PP-OCRv4 and, where it is unsure, by Tesseract chi_tra_vert, merged");
        settings.put("word segmentation", "HanLP portable-1.8.6");
        return new Processing(ENGINE, onnxRuntimeVersion(),
                "ch_PP-OCRv4_det_infer, ch_PP-OCRv4_rec_infer, ppocr_keys_v1 (" + PaddleModels.MODELS_ARTIFACT + ")",
                settings);
    }

    private static String onnxRuntimeVersion() {
        return PaddleModels.runtimeVersion();
    }

    @Override
    public void close() {
        if (tesseract != null) {
            tesseract.close();
        }
        detector.close();
        recognizer.close();
    }
}
