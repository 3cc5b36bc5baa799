package org.newspaperingest.layout;

import org.newspaperingest.model.Box;

/**
 * A piece of the page the segmentation moves around: one connected component of text ink, or a whole
 * photo.
 *
 * @param pixels ink pixels (for a photo, its area)
 */
record Ink(Box box, int pixels, boolean picture) {
    double centerX() {
        return box.centerX();
    }

    double centerY() {
        return box.centerY();
    }
}
