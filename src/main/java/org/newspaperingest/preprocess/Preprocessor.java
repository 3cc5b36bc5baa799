package org.newspaperingest.preprocess;

import org.opencv.core.Mat;

/** Deskews, removes scanner borders, evens out illumination and binarises a greyscale scan. */
public interface Preprocessor {
    /** @param grey 8-bit greyscale scan; left untouched */
    PreparedPage prepare(Mat grey, double dpi);
}
