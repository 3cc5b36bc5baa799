package org.newspaperingest.ocr;

import java.util.List;
import org.newspaperingest.layout.TextLineDetector;
import org.newspaperingest.model.Box;
import org.opencv.core.Mat;

/**
 * PP-OCRv4's DB detector over a whole page: every text line, horizontal or vertical, whatever the layout
 * around it. Every candidate is kept (a two-page fold of a Republican-era paper has some 2,000 lines, where
 * PaddleOCR's usual cap is 1,000). Safe to call from several threads: each run takes a session of its
 * own.
 */
public final class PaddleLineDetector implements TextLineDetector {

    /** Long enough for a fold at 200 dpi; a larger page is detected smaller rather than tiled. */
    static final int PAGE_MAX_SIDE = 4000;
    /** Boxes grown back less than for a single region: close-set columns must stay apart. */
    static final double UNCLIP_RATIO = 0.8;
    private static volatile PaddleLineDetector shared;

    private final TextDetector detector;

    private PaddleLineDetector() {
        this.detector = new TextDetector(UNCLIP_RATIO, PAGE_MAX_SIDE);
    }

    /** The detector of this JVM, made on first use. */
    public static PaddleLineDetector shared() {
        if (shared == null) {
            synchronized (PaddleLineDetector.class) {
                if (shared == null) {
                    shared = new PaddleLineDetector();
                }
            }
        }
        return shared;
    }

    @Override
    public List<Box> detect(Mat grey, double scale) {
        return detector.detect(grey, scale);
    }
}
