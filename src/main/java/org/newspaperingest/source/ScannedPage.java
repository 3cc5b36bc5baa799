package org.newspaperingest.source;

import java.nio.file.Path;
import org.newspaperingest.model.ImageFile;
import org.opencv.core.Mat;

/**
 * One decoded page image: 8-bit greyscale pixels (OpenCV {@code CV_8UC1}) and the facts of its file.
 * The caller owns the pixels and releases them when the page is done.
 */
public record ScannedPage(Path file, ImageFile facts, Mat grey) implements AutoCloseable {
    @Override
    public void close() {
        grey.release();
    }
}
