package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Mat;

/** Finds the text lines of a whole page (a learned detector, for instance); implementations are thread-safe. */
public interface TextLineDetector {

    /**
     * @param grey  the prepared greyscale page
     * @param scale how much to resize the page before detection, so that characters come out at the size
     *              the detector reads best
     * @return the line boxes in {@code grey}'s frame, in no particular order
     */
    List<Box> detect(Mat grey, double scale);
}
