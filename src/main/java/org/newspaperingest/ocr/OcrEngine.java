package org.newspaperingest.ocr;

import java.util.List;
import org.newspaperingest.layout.Region;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.opencv.core.Mat;

/**
 * Reads the text of one region of a page. Implementations are not thread-safe: use one engine per worker
 * thread, and close it when done.
 */
public interface OcrEngine extends AutoCloseable {

    /**
     * @param page     the prepared greyscale page
     * @param region   where to read, with its class and direction (decides model and segmentation)
     * @param language {@code zh-Hans} or {@code zh-Hant}
     * @return the lines with words and glyphs, boxes in the page's frame, in reading order
     */
    List<Line> read(Mat page, Region region, String language, double dpi);

    /** The engine, its version, model and settings, for ALTO's processing step. */
    Processing describe();

    @Override
    void close();
}
