package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds photos and drawings: large areas that are either full of mid-grey tones (photographs) or
 * solidly inked (dark pictures, tint blocks), which text never is over a whole square centimetre.
 */
final class IllustrationFinder {
    private IllustrationFinder() {
    }

    static List<Box> find(Mat grey, Mat binary, double dpi) {
        // Cells of about 1 mm, in which we measure how much of the area is grey and how much is ink.
        int cell = Math.max(2, (int) Math.round(dpi / 25));
        Size cells = new Size(Math.max(1, grey.cols() / cell), Math.max(1, grey.rows() / cell));

        Mat midtone = new Mat();
        Mat low = new Mat();
        Core.inRange(grey, new Scalar(40), new Scalar(215), midtone);
        Mat midFraction = new Mat();
        Imgproc.resize(midtone, midFraction, cells, 0, 0, Imgproc.INTER_AREA);
        Mat inkFraction = new Mat();
        Imgproc.resize(binary, inkFraction, cells, 0, 0, Imgproc.INTER_AREA);

        // Photo-like cells, smoothed over ~3 mm so that a picture's light patches do not cut it apart.
        Mat pictureCells = new Mat();
        Imgproc.threshold(midFraction, low, 255 * 0.6, 255, Imgproc.THRESH_BINARY);
        Imgproc.threshold(inkFraction, pictureCells, 255 * 0.97, 255, Imgproc.THRESH_BINARY);
        Core.bitwise_or(low, pictureCells, pictureCells);
        Imgproc.morphologyEx(pictureCells, pictureCells, Imgproc.MORPH_CLOSE,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
        Imgproc.morphologyEx(pictureCells, pictureCells, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));

        // At least 12 mm a side: smaller dark things are bold characters or ornaments.
        int minSide = (int) Math.round(12.0 / 25.4 * dpi / cell);
        List<Box> boxes = new ArrayList<>();
        for (Ink component : Ink.components(pictureCells)) {
            Box inCells = component.box();
            int w = inCells.width();
            int h = inCells.height();
            int area = component.pixels();
            if (w >= minSide && h >= minSide && area >= 0.5 * w * h) {
                Box box = new Box(inCells.x() * cell, inCells.y() * cell, w * cell, h * cell)
                        .clampTo(grey.cols(), grey.rows());
                boxes.add(tighten(binary, grey, box, cell));
            }
        }
        for (Mat m : List.of(midtone, low, midFraction, inkFraction, pictureCells)) {
            m.release();
        }
        return boxes;
    }

    /** The cell grid is coarse; shrink or grow the box to the non-white pixels around it. */
    private static Box tighten(Mat binary, Mat grey, Box box, int cell) {
        Box search = new Box(box.x() - 2 * cell, box.y() - 2 * cell, box.width() + 4 * cell, box.height() + 4 * cell)
                .clampTo(grey.cols(), grey.rows());
        Mat roi = grey.submat(search.y(), search.bottom(), search.x(), search.right());
        Mat nonWhite = new Mat();
        // Blurred first, so that paper grain does not count as picture.
        Imgproc.GaussianBlur(roi, nonWhite, new Size(5, 5), 0);
        Imgproc.threshold(nonWhite, nonWhite, 215, 255, Imgproc.THRESH_BINARY_INV);
        // Rows and columns that are mostly non-white belong to the picture.
        Mat colSum = new Mat();
        Mat rowSum = new Mat();
        Core.reduce(nonWhite, colSum, 0, Core.REDUCE_AVG, CvType.CV_32F);
        Core.reduce(nonWhite, rowSum, 1, Core.REDUCE_AVG, CvType.CV_32F);
        float[] cols = new float[search.width()];
        float[] rows = new float[search.height()];
        colSum.get(0, 0, cols);
        rowSum.get(0, 0, rows);
        // A strip of white a third of a millimetre wide parts the picture from what is set beside it.
        int paper = Math.max(2, cell / 4);
        int[] x = span(cols, paper);
        int[] y = span(rows, paper);
        nonWhite.release();
        colSum.release();
        rowSum.release();
        if (x == null || y == null) {
            return box;
        }
        return Box.ofCorners(search.x() + x[0], search.y() + y[0], search.x() + x[1] + 1, search.y() + y[1] + 1);
    }

    /**
     * The picture's rows (or columns) in the profile: from the first to the last that is mostly picture (a light
     * patch of the picture between them), within the stretch around the middle that no strip of white paper
     * crosses. A caption or a column of text set close to the picture is dense enough to count as picture, but
     * the white between parts it from the picture.
     */
    private static int[] span(float[] profile, int paper) {
        int middle = profile.length / 2;
        int from = 0;
        int to = profile.length;
        for (int i = middle, white = 0; i >= 0; i--) {
            white = profile[i] < 255 * 0.05 ? white + 1 : 0;
            if (white >= paper) {
                from = i + white;
                break;
            }
        }
        for (int i = middle, white = 0; i < profile.length; i++) {
            white = profile[i] < 255 * 0.05 ? white + 1 : 0;
            if (white >= paper) {
                to = i - white + 1;
                break;
            }
        }
        int[] inside = from < to ? extent(java.util.Arrays.copyOfRange(profile, from, to)) : null;
        return inside == null ? extent(profile) : new int[] {from + inside[0], from + inside[1]};
    }

    /** From the first to the last picture row, whatever lies between. */
    private static int[] extent(float[] profile) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < profile.length; i++) {
            if (profile[i] > 255 * 0.6) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}
