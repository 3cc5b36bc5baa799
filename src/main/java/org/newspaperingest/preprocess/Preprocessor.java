package org.newspaperingest.preprocess;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/** Deskews, removes scanner borders, evens out illumination and binarises a greyscale scan. */
public interface Preprocessor {
    /** @param grey 8-bit greyscale scan; left untouched */
    PreparedPage prepare(Mat grey, double dpi);

    /**
     * Prepares the scan enlarged by {@code scale} (a page set in small type brought to the scale layout
     * analysis works at); the prepared page maps its boxes back to the scan as it is stored.
     *
     * @param dpi the scan's own resolution; the prepared page's is {@code dpi * scale}
     */
    default PreparedPage prepareEnlarged(Mat grey, double dpi, double scale) {
        if (scale == 1.0) {
            return prepare(grey, dpi);
        }
        Mat enlarged = new Mat();
        Imgproc.resize(grey, enlarged, new Size(), scale, scale, Imgproc.INTER_CUBIC);
        try {
            return prepare(enlarged, dpi * scale).withScale(grey.cols(), grey.rows(), dpi * scale, scale);
        } finally {
            enlarged.release();
        }
    }
}
