package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * A piece of the page the segmentation moves around: one connected component of text ink, or a whole
 * photo. Also the one place connected components are unpacked from OpenCV ({@link #components}), for
 * every finder in this package.
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

    /**
     * The 8-connected components of a binary mask (non-zero pixels), background left out, in label order:
     * each with its bounding box and pixel count.
     */
    static List<Ink> components(Mat mask) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
        int[] s = new int[n * 5];
        stats.get(0, 0, s);
        labels.release();
        stats.release();
        centroids.release();
        List<Ink> components = new ArrayList<>(Math.max(0, n - 1));
        for (int i = 1; i < n; i++) {
            components.add(new Ink(new Box(s[5 * i], s[5 * i + 1], s[5 * i + 2], s[5 * i + 3]), s[5 * i + 4], false));
        }
        return components;
    }
}
