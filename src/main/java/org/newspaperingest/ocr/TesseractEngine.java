package org.newspaperingest.ocr;

import com.ochafik.lang.jnaerator.runtime.NativeSize;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Word;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;

/**
 * Reads regions with Tesseract's LSTM models through Tess4J.
 *
 * <p>Per region: {@code chi_sim} or {@code chi_tra} by language; page segmentation "single line" where the
 * region is of a kind usually set as one line ({@link TextRegion#usuallyOneLine()}: headings, bylines, jump
 * lines, folios) and shows a single band of ink, "single block" for the rest. The page's resolution is
 * passed on, since Tesseract scales its idea of text size with it.
 *
 * <p>Vertical regions are not read by the {@code _vert} models, which read this type far worse than the
 * horizontal ones (about a quarter of the characters wrong on a traditional page). As in
 * {@link PaddleEngine}, each column is cut into its character cells and re-set as an upright line
 * ({@link VerticalColumns}); Tesseract has no text detector, so the columns are the bands of ink between the
 * white gaps across the region. Each line is read as a single line by the horizontal model.
 *
 * <p>Characters come from the symbol level with their own boxes and confidences and are then cut into words
 * by {@link WordSegmenter}; the spaces Tesseract puts between Chinese characters are dropped on the way.
 *
 * <p>Not thread-safe: one engine per worker thread. Each model is loaded once per engine, on first use.
 */
public final class TesseractEngine implements OcrEngine {

    static final String ENGINE = "Tesseract";
    /** The language tag that selects the traditional models. */
    static final String TRADITIONAL = "zh-Hant";
    private static final int OEM_LSTM_ONLY = 1;
    private static final int PSM_SINGLE_VERTICAL_BLOCK = 5;
    private static final int PSM_SINGLE_BLOCK = 6;
    private static final int PSM_SINGLE_LINE = 7;
    private static final int RIL_TEXTLINE = 2;
    private static final int RIL_WORD = 3;
    private static final int RIL_SYMBOL = 4;
    private static final int MARGIN = 12;

    private final Path tessdata;
    private final String version;
    private final WordSegmenter segmenter;
    private final Map<String, TessBaseAPI> apis = new HashMap<>();

    /** An engine using the models found by {@link TessdataLocator}. */
    public TesseractEngine() {
        this(TessdataLocator.locate());
    }

    public TesseractEngine(Path tessdata) {
        this(tessdata, new WordSegmenter());
    }

    public TesseractEngine(Path tessdata, WordSegmenter segmenter) {
        OpenCvLoader.load();
        this.version = TesseractNatives.load();
        this.tessdata = tessdata;
        this.segmenter = segmenter;
    }

    /** The model for a language: {@code chi_sim} or {@code chi_tra}. */
    static String modelFor(String language) {
        return ChineseScript.isTraditionalTag(language) ? "chi_tra" : "chi_sim";
    }

    @Override
    public List<Line> read(Mat page, TextRegion region, String language, double dpi) {
        if (region.direction() == Direction.VERTICAL) {
            return readColumns(page, region, language, dpi);
        }
        String model = modelFor(language);
        TessBaseAPI api = apiFor(model);
        RegionImage cut = RegionImage.cut(page, region.box(), MARGIN);
        if (cut == null) {
            return List.of();
        }
        try (RegionImage crop = cut) {
            recognise(api, crop.image, pageSegmentation(region, crop), dpi, "region " + region.box());
            List<Line> lines = collectLines(api, crop);
            TessAPI1.TessBaseAPIClear(api);
            return lines;
        }
    }

    /**
     * A vertical region: its columns, found as bands of ink between white gaps, re-set upright and read one by
     * one by the horizontal model, which reads Chinese far better than the {@code _vert} ones.
     */
    private List<Line> readColumns(Mat page, TextRegion region, String language, double dpi) {
        String model = modelFor(language);
        RegionImage cut = RegionImage.cut(page, region.box(), MARGIN);
        if (cut == null) {
            return List.of();
        }
        try (RegionImage crop = cut) {
            Mat ink = VerticalColumns.inkMask(crop.image);
            try {
                return VerticalColumns.read(crop, ink, VerticalColumns.fromInk(ink), strip -> {
                    List<StripReading.Read> reads = new ArrayList<>();
                    for (Symbol symbol : readStrip(strip.image(), model, dpi)) {
                        reads.add(new StripReading.Read(symbol.text(), symbol.confidence(), symbol.centreX()));
                    }
                    return reads;
                }, segmenter);
            } finally {
                ink.release();
            }
        }
    }

    /**
     * Reads a column's upright strip with {@code model}, boxes in the strip's frame. The strip is read with
     * white space around it: Tesseract drops characters touching the image edge. The LSTM's symbol boxes are
     * rough and now and then stretch over the characters after a symbol; a box is cut to one character's
     * width (the strip's height) from its left edge, which holds.
     */
    List<Symbol> readStrip(Mat strip, String model, double dpi) {
        int pad = strip.rows() / 2;
        Mat padded = new Mat();
        Core.copyMakeBorder(strip, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(255));
        List<Symbol> symbols = readLine(padded, model, dpi);
        padded.release();
        List<Symbol> shifted = new ArrayList<>(symbols.size());
        for (Symbol s : symbols) {
            int right = Math.min(s.right(), s.left() + strip.rows());
            shifted.add(new Symbol(s.text(), s.left() - pad, s.top() - pad, right - pad, s.bottom() - pad,
                    s.confidence()));
        }
        return shifted;
    }

    /**
     * Reads one column of vertical text in {@code image} (greyscale, dark on white) with a {@code _vert}
     * model as a single vertical block, its symbols top to bottom, boxes in the frame of {@code image}. The
     * column is read with white space round it: Tesseract drops characters touching the image edge.
     */
    List<Symbol> readColumn(Mat image, Box column, String model, double dpi) {
        Mat cut = image.submat(new Rect(column.x(), column.y(), column.width(), column.height()));
        int pad = Math.max(4, column.width() / 2);
        Mat padded = new Mat();
        Core.copyMakeBorder(cut, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(255));
        cut.release();
        TessBaseAPI api = apiFor(model);
        recognise(api, padded, PSM_SINGLE_VERTICAL_BLOCK, dpi,
                "a column of " + column.width() + " x " + column.height());
        padded.release();
        List<Symbol> symbols = new ArrayList<>();
        for (Symbol s : recognised(api)) {
            symbols.add(new Symbol(s.text(), s.left() - pad + column.x(), s.top() - pad + column.y(),
                    s.right() - pad + column.x(), s.bottom() - pad + column.y(), s.confidence()));
        }
        return symbols;
    }

    /** A character of a line read by {@link #readLine}, its box in the line image's frame. */
    record Symbol(String text, int left, int top, int right, int bottom, double confidence) {
        double centreX() {
            return (left + right) / 2.0;
        }
    }

    /**
     * Reads one upright line image (greyscale, dark text on white) as a single line with {@code model}:
     * the characters left to right with their boxes and confidences.
     */
    List<Symbol> readLine(Mat line, String model, double dpi) {
        TessBaseAPI api = apiFor(model);
        recognise(api, line, PSM_SINGLE_LINE, dpi, "a line of " + line.cols() + " x " + line.rows());
        return recognised(api);
    }

    /** The characters {@code api} recognised last, in its order, boxes in its image's frame; clears it. */
    private static List<Symbol> recognised(TessBaseAPI api) {
        List<Symbol> symbols = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri != null) {
            try {
                TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
                Bounds bounds = new Bounds();
                do {
                    Symbol symbol = symbol(ri, pi, bounds);
                    if (symbol != null) {
                        symbols.add(symbol);
                    }
                } while (TessAPI1.TessResultIteratorNext(ri, RIL_SYMBOL) != 0);
            } finally {
                TessAPI1.TessResultIteratorDelete(ri);
            }
        }
        TessAPI1.TessBaseAPIClear(api);
        return symbols;
    }

    /** Gives Tesseract a greyscale image and lets it recognise it, with the page's resolution passed on. */
    private static void recognise(TessBaseAPI api, Mat image, int pageSegmentation, double dpi, String what) {
        TessAPI1.TessBaseAPISetPageSegMode(api, pageSegmentation);
        int width = image.cols();
        int height = image.rows();
        byte[] data = new byte[width * height];
        image.get(0, 0, data);
        ByteBuffer pixels = ByteBuffer.allocateDirect(data.length);
        pixels.put(data).flip();
        TessAPI1.TessBaseAPISetImage(api, pixels, width, height, 1, width);
        if (dpi > 0) {
            TessAPI1.TessBaseAPISetSourceResolution(api, (int) Math.round(dpi));
        }
        if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
            throw new IllegalStateException("Tesseract failed to read " + what);
        }
    }

    /** The out-parameters of Tesseract's bounding-box call, reused across an iteration. */
    private static final class Bounds {
        final IntBuffer left = IntBuffer.allocate(1);
        final IntBuffer top = IntBuffer.allocate(1);
        final IntBuffer right = IntBuffer.allocate(1);
        final IntBuffer bottom = IntBuffer.allocate(1);

        boolean read(TessPageIterator pi, int level) {
            return TessAPI1.TessPageIteratorBoundingBox(pi, level, left, top, right, bottom) != 0;
        }
    }

    /** The symbol the iterator stands on, or null where Tesseract gives no text or no box for it. */
    private static Symbol symbol(TessResultIterator ri, TessPageIterator pi, Bounds bounds) {
        Pointer textPointer = TessAPI1.TessResultIteratorGetUTF8Text(ri, RIL_SYMBOL);
        if (textPointer == null) {
            return null;
        }
        String text = textPointer.getString(0, "UTF-8").strip();
        TessAPI1.TessDeleteText(textPointer);
        if (text.isEmpty() || !bounds.read(pi, RIL_SYMBOL)) {
            return null;
        }
        return new Symbol(text, bounds.left.get(0), bounds.top.get(0), bounds.right.get(0), bounds.bottom.get(0),
                TessAPI1.TessResultIteratorConfidence(ri, RIL_SYMBOL) / 100.0);
    }

    private static int pageSegmentation(TextRegion region, RegionImage crop) {
        if (region.usuallyOneLine() && crop.inkBands(false) <= 1) {
            return PSM_SINGLE_LINE;
        }
        return PSM_SINGLE_BLOCK;
    }

    private List<Line> collectLines(TessBaseAPI api, RegionImage crop) {
        List<Line> lines = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return lines;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            Bounds bounds = new Bounds();
            List<RecognisedChar> chars = new ArrayList<>();
            Box lineBox = null;
            boolean wordStart = false;
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) != 0) {
                    addLine(lines, lineBox, chars);
                    chars = new ArrayList<>();
                    lineBox = bounds.read(pi, RIL_TEXTLINE) ? crop.toPage(bounds.left.get(0), bounds.top.get(0),
                            bounds.right.get(0), bounds.bottom.get(0)) : null;
                }
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pi, RIL_WORD) != 0) {
                    wordStart = !chars.isEmpty();
                }
                Symbol symbol = symbol(ri, pi, bounds);
                if (symbol == null) {
                    continue;
                }
                Box box = crop.toPage(symbol.left(), symbol.top(), symbol.right(), symbol.bottom());
                chars.add(new RecognisedChar(symbol.text(), box, symbol.confidence(), wordStart));
                wordStart = false;
            } while (TessAPI1.TessResultIteratorNext(ri, RIL_SYMBOL) != 0);
            addLine(lines, lineBox, chars);
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return lines;
    }

    private void addLine(List<Line> lines, Box lineBox, List<RecognisedChar> chars) {
        if (chars.isEmpty()) {
            return;
        }
        List<Word> words = segmenter.segment(Punctuation.restoreFullWidth(chars));
        Box box = lineBox;
        for (Word word : words) {
            box = box == null ? word.box() : box.union(word.box());
        }
        lines.add(new Line(box, words));
    }

    private TessBaseAPI apiFor(String model) {
        TessBaseAPI api = apis.get(model);
        if (api != null) {
            return api;
        }
        if (!tessdata.resolve(model + ".traineddata").toFile().isFile()) {
            throw new IllegalStateException("Tesseract model " + model + ".traineddata is missing from " + tessdata);
        }
        api = TessAPI1.TessBaseAPICreate();
        // The Chinese models' own config asks for their _vert sub-model: chi_tra_vert is shipped (ColumnVote),
        // and loaded as a sub-language it would have chi_tra read every unsure word twice; each model here is
        // asked for one direction only (for chi_sim, whose _vert is not shipped, no load error either).
        if (TessAPI1.TessBaseAPIInit4(api, tessdata.toString(), model, OEM_LSTM_ONLY, null, 0,
                oneString("tessedit_load_sublangs"), oneString(""), new NativeSize(1), 0) != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new IllegalStateException("Tesseract could not load model " + model + " from " + tessdata);
        }
        TessAPI1.TessBaseAPISetVariable(api, "preserve_interword_spaces", "1");
        TessAPI1.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        apis.put(model, api);
        return api;
    }

    /** A C {@code char **} holding one string. */
    private static PointerByReference oneString(String value) {
        Memory text = new Memory(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1L);
        text.setString(0, value, "UTF-8");
        return new PointerByReference(text);
    }

    @Override
    public Processing describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("oem", "LSTM only");
        settings.put("psm", "7 single line (one-line headings, bylines, jumps, folios), 6 single block");
        settings.put("vertical", "columns found by white gaps, cut into character cells, read upright by the"
                + " horizontal model (psm 7), punctuation set horizontally");
        settings.put("preserve_interword_spaces", "1");
        settings.put("user_defined_dpi", "page resolution");
        settings.put("tessdata", tessdata.toString());
        settings.put("word segmentation", "HanLP " + "portable-1.8.6");
        return new Processing(ENGINE, version, "chi_sim, chi_tra", settings);
    }

    @Override
    public void close() {
        for (TessBaseAPI api : apis.values()) {
            TessAPI1.TessBaseAPIEnd(api);
            TessAPI1.TessBaseAPIDelete(api);
        }
        apis.clear();
    }
}
