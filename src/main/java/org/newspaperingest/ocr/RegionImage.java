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
        return cut(page, box, margin, false);
    }

    /**
     * The region's crop, with print showing through the paper lifted to white ({@link #liftPaper}) if asked: PP-OCR
     * reads show-through as lines of text; Tesseract, which binarises on its own, loses thin commas to the lift.
     */
    static RegionImage cut(Mat page, Box box, int margin, boolean withoutShowThrough) {
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
        Mat crop = grey.submat(new Rect(region.x(), region.y(), region.width(), region.height())).clone();
        if (withoutShowThrough) {
            liftPaper(crop);
        }
        Mat padded = new Mat();
        Core.copyMakeBorder(crop, padded, margin, margin, margin, margin, Core.BORDER_CONSTANT, new Scalar(255));
        crop.release();
        if (grey != page) {
            grey.release();
        }
        return new RegionImage(padded, region, margin);
    }

    /**
     * Print showing through thin paper (the other side, the page beneath) is a light grey close to the paper's
     * tone; engines read it as text between the lines. Greys above 85 % of the way from the region's ink
     * to its paper are lifted to white and darker ones stretched over the range left, so faint ink stays ink.
     */
    private static void liftPaper(Mat crop) {
        byte[] pixels = new byte[(int) crop.total()];
        crop.get(0, 0, pixels);
        int[] histogram = new int[256];
        for (byte p : pixels) {
            histogram[p & 0xff]++;
        }
        int ink = percentile(histogram, pixels.length, 0.05);
        int paper = percentile(histogram, pixels.length, 0.75);
        if (paper - ink < 64) {
            return;
        }
        double white = ink + 0.85 * (paper - ink);
        Mat levels = new Mat(1, 256, CvType.CV_8UC1);
        for (int v = 0; v < 256; v++) {
            double lifted = v >= white ? 255 : ink + (v - ink) * (255.0 - ink) / (white - ink);
            levels.put(0, v, Math.max(0, Math.min(255, Math.round(lifted))));
        }
        Core.LUT(crop, levels, crop);
        levels.release();
    }

    private static int percentile(int[] histogram, int total, double fraction) {
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen > fraction * total) {
                return v;
            }
        }
        return histogram.length - 1;
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
