package org.newspaperingest.ocr;

import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A region cut from the page with a white margin around it, and the way back to page coordinates. Engines
 * read a little worse when ink touches the image edge, as it does in tightly drawn region boxes.
 */
final class RegionImage implements AutoCloseable {

    final Mat image;
    final Box region;
    final int margin;

    private RegionImage(Mat image, Box region, int margin) {
        this.image = image;
        this.region = region;
        this.margin = margin;
    }

    /** The region's crop, or null when the region holds no pixel of the page. */
    static RegionImage cut(Mat page, Box box, int margin) {
        if (page.empty()) {
            throw new IllegalArgumentException("empty page image");
        }
        Box region = box.clampTo(page.cols(), page.rows());
        if (region.width() == 0 || region.height() == 0) {
            return null;
        }
        Mat grey = page;
        if (page.type() != CvType.CV_8UC1) {
            grey = new Mat();
            if (page.channels() == 3) {
                Imgproc.cvtColor(page, grey, Imgproc.COLOR_BGR2GRAY);
            } else {
                page.convertTo(grey, CvType.CV_8UC1);
            }
        }
        Mat crop = grey.submat(new Rect(region.x(), region.y(), region.width(), region.height()));
        Mat padded = new Mat();
        Core.copyMakeBorder(crop, padded, margin, margin, margin, margin, Core.BORDER_CONSTANT, new Scalar(255));
        crop.release();
        if (grey != page) {
            grey.release();
        }
        return new RegionImage(padded, region, margin);
    }

    /** Maps a box in the padded crop's frame to the page's frame, clipped to the region. */
    Box toPage(int left, int top, int right, int bottom) {
        Box onPage = Box.ofCorners(left - margin + region.x(), top - margin + region.y(),
                right - margin + region.x(), bottom - margin + region.y());
        Box clipped = onPage.intersection(region);
        if (clipped.width() == 0 || clipped.height() == 0) {
            // a box on the margin: keep a sliver at the nearest region edge so it stays inside the region
            int x = Math.max(region.x(), Math.min(region.right() - 1, onPage.x()));
            int y = Math.max(region.y(), Math.min(region.bottom() - 1, onPage.y()));
            return new Box(x, y, Math.max(1, Math.min(clipped.width(), region.right() - x)),
                    Math.max(1, Math.min(clipped.height(), region.bottom() - y)));
        }
        return clipped;
    }

    /**
     * How many bands of ink the region has across its lines (rows for horizontal text, columns for vertical
     * text), from an Otsu threshold and a projection profile; tells a one-line heading from a wrapped one.
     */
    int inkBands(boolean vertical) {
        Mat binary = new Mat();
        Imgproc.threshold(image, binary, 0, 1, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        Mat profile = new Mat();
        Core.reduce(binary, profile, vertical ? 0 : 1, Core.REDUCE_SUM, CvType.CV_32S);
        int length = (int) profile.total();
        int[] sums = new int[length];
        profile.get(0, 0, sums);
        binary.release();
        profile.release();
        int max = 0;
        for (int s : sums) {
            max = Math.max(max, s);
        }
        int threshold = Math.max(1, max / 20);
        int bands = 0;
        int bandLength = 0;
        int minBand = Math.max(2, length / 50);
        for (int s : sums) {
            if (s >= threshold) {
                bandLength++;
            } else {
                if (bandLength >= minBand) {
                    bands++;
                }
                bandLength = 0;
            }
        }
        if (bandLength >= minBand) {
            bands++;
        }
        return bands;
    }

    @Override
    public void close() {
        image.release();
    }
}
