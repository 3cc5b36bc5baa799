package org.newspaperingest.ocr;

import java.util.List;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.opencv.core.Mat;

/**
 * Reads the text of one region of a page. Implementations are not thread-safe: use one engine per worker
 * thread, and close it when done. New engines are made known by an {@link OcrEngineProvider}.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param page     the prepared 8-bit greyscale page (OpenCV, as every stage of the pipeline uses)
     * @param region   where to read, its direction and what layout already knows of its lines
     * @param language {@code zh-Hans} or {@code zh-Hant}
     * @param dpi      the page's resolution, for engines that scale their idea of text size with it
     * @return the lines with words and glyphs, boxes in the page's frame, in reading order
     */
    List<Line> read(Mat page, TextRegion region, String language, double dpi);

    /** The engine, its version, model and settings, for ALTO's processing step. */
    Processing describe();

    @Override
    void close();
}
