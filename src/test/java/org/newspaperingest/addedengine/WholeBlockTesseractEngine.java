package org.newspaperingest.addedengine;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Word;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.ocr.RecognisedChar;
import org.newspaperingest.ocr.TessdataLocator;
import org.newspaperingest.ocr.TesseractNatives;
import org.newspaperingest.ocr.TextRegion;
import org.newspaperingest.ocr.WordSegmenter;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * An OCR engine added from outside the project's {@code ocr} package, using only its public API: Tesseract
 * {@code chi_sim} reading each region whole as one block of text (page segmentation 6), whatever its
 * direction and the lines layout found, its characters cut into words by the project's segmenter. It reads
 * far worse than the bundled engines on vertical text; it is here to show that an engine is added by
 * adding classes.
 */
public final class WholeBlockTesseractEngine implements OcrEngine {

    private static final int PSM_SINGLE_BLOCK = 6;
    private static final int OEM_LSTM_ONLY = 1;
    private static final int RIL_TEXTLINE = 2;
    private static final int RIL_SYMBOL = 4;

    private final String version;
    private final Path tessdata;
    private final TessBaseAPI api;
    private final WordSegmenter segmenter = new WordSegmenter();

    public WholeBlockTesseractEngine() {
        version = TesseractNatives.load();
        tessdata = TessdataLocator.locate();
        api = TessAPI1.TessBaseAPICreate();
        if (TessAPI1.TessBaseAPIInit2(api, tessdata.toString(), "chi_sim", OEM_LSTM_ONLY) != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new IllegalStateException("Tesseract could not load chi_sim from " + tessdata);
        }
        TessAPI1.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    }

    @Override
    public List<Line> read(Mat page, TextRegion region, String language, double dpi) {
        Box box = region.box().intersection(new Box(0, 0, page.cols(), page.rows()));
        if (box.width() <= 0 || box.height() <= 0) {
            return List.of();
        }
        Mat crop = page.submat(new Rect(box.x(), box.y(), box.width(), box.height())).clone();
        try {
            byte[] data = new byte[box.width() * box.height()];
            crop.get(0, 0, data);
            ByteBuffer pixels = ByteBuffer.allocateDirect(data.length);
            pixels.put(data).flip();
            TessAPI1.TessBaseAPISetPageSegMode(api, PSM_SINGLE_BLOCK);
            TessAPI1.TessBaseAPISetImage(api, pixels, box.width(), box.height(), 1, box.width());
            if (dpi > 0) {
                TessAPI1.TessBaseAPISetSourceResolution(api, (int) Math.round(dpi));
            }
            if (TessAPI1.TessBaseAPIRecognize(api, null) != 0) {
                throw new IllegalStateException("Tesseract failed to read region " + box);
            }
            return lines(box);
        } finally {
            crop.release();
            TessAPI1.TessBaseAPIClear(api);
        }
    }

    /** The recognised symbols, line by line, boxes moved from the crop's frame to the page's. */
    private List<Line> lines(Box crop) {
        List<Line> lines = new ArrayList<>();
        TessResultIterator ri = TessAPI1.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return lines;
        }
        try {
            TessPageIterator pi = TessAPI1.TessResultIteratorGetPageIterator(ri);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            List<RecognisedChar> chars = new ArrayList<>();
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) != 0) {
                    addLine(lines, chars);
                    chars = new ArrayList<>();
                }
                Pointer text = TessAPI1.TessResultIteratorGetUTF8Text(ri, RIL_SYMBOL);
                if (text == null) {
                    continue;
                }
                String symbol = text.getString(0, "UTF-8").strip();
                TessAPI1.TessDeleteText(text);
                if (symbol.isEmpty()
                        || TessAPI1.TessPageIteratorBoundingBox(pi, RIL_SYMBOL, left, top, right, bottom) == 0) {
                    continue;
                }
                Box onPage = Box.ofCorners(crop.x() + left.get(0), crop.y() + top.get(0),
                        crop.x() + Math.max(left.get(0) + 1, right.get(0)),
                        crop.y() + Math.max(top.get(0) + 1, bottom.get(0)));
                chars.add(new RecognisedChar(symbol, onPage,
                        TessAPI1.TessResultIteratorConfidence(ri, RIL_SYMBOL) / 100.0, false));
            } while (TessAPI1.TessResultIteratorNext(ri, RIL_SYMBOL) != 0);
            addLine(lines, chars);
        } finally {
            TessAPI1.TessResultIteratorDelete(ri);
        }
        return lines;
    }

    private void addLine(List<Line> lines, List<RecognisedChar> chars) {
        if (chars.isEmpty()) {
            return;
        }
        List<Word> words = segmenter.segment(chars);
        Box box = words.get(0).box();
        for (Word word : words) {
            box = box.union(word.box());
        }
        lines.add(new Line(box, words));
    }

    @Override
    public Processing describe() {
        return new Processing("Tesseract", version, "chi_sim",
                Map.of("psm", "6 single block, every region", "tessdata", tessdata.toString()));
    }

    @Override
    public void close() {
        TessAPI1.TessBaseAPIEnd(api);
        TessAPI1.TessBaseAPIDelete(api);
    }
}
