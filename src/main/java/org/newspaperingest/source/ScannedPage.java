package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.List;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.ImageFile;
import org.opencv.core.Mat;

/**
 * One decoded page image: 8-bit greyscale pixels (OpenCV {@code CV_8UC1}) and the facts of its file.
 * The caller owns the pixels and releases them when the page is done.
 *
 * @param warnings  what an archivist should know about the file, e.g. a resolution that had to be assumed
 * @param textLayer the page's own characters with their boxes in {@code grey}'s pixels, for a born-digital
 *                  PDF page whose text layer can stand in for OCR; empty for a scan
 */
public record ScannedPage(Path file, ImageFile facts, Mat grey, List<String> warnings, List<Glyph> textLayer)
        implements AutoCloseable {

    public ScannedPage {
        warnings = List.copyOf(warnings);
        textLayer = List.copyOf(textLayer);
    }

    public ScannedPage(Path file, ImageFile facts, Mat grey, List<String> warnings) {
        this(file, facts, grey, warnings, List.of());
    }

    public ScannedPage(Path file, ImageFile facts, Mat grey) {
        this(file, facts, grey, List.of());
    }

    @Override
    public void close() {
        grey.release();
    }
}
