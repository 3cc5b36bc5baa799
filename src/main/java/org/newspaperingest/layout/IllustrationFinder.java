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
    /** Lighter than this is paper or what shows through it from the back. */
    private static final int SHOW_THROUGH_GREY = 200;

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
                Box tight = tighten(binary, grey, box, cell);
                // Tightened to the picture's own rows and columns, it must still be a picture's size: a band of
                // large bold type can look like picture cells, but only as tall as its line.
                if (tight.width() >= minSide * cell && tight.height() >= minSide * cell && !showThrough(grey, tight)) {
                    boxes.add(tight);
                }
            }
        }
        for (Mat m : List.of(midtone, low, midFraction, inkFraction, pictureCells)) {
            m.release();
        }
        for (Box code : qrCodes(binary, dpi)) {
            // Where the modules crowd, a corner of the code can pass for a picture's solid ink: the code is the
            // picture, as large as its finders say.
            List<Box> parts = boxes.stream().filter(b -> b.intersection(code).area() >= 0.5 * b.area()).toList();
            boxes.removeAll(parts);
            if (boxes.stream().noneMatch(b -> b.intersection(code).area() > 0)) {
                boxes.add(parts.stream().reduce(code, Box::union));
            }
        }
        return boxes;
    }

    /**
     * Print on the back of a thin sheet shining through (a heavy masthead, a photo): it fills its cells with a
     * pale grey just short of paper white, where a picture's own tones are darker. Less than two fifths of
     * the area darker than that pale grey is no picture, whatever text is printed over it.
     */
    static boolean showThrough(Mat grey, Box box) {
        Mat roi = grey.submat(box.y(), box.bottom(), box.x(), box.right());
        Mat dark = new Mat();
        Imgproc.threshold(roi, dark, SHOW_THROUGH_GREY - 1, 255, Imgproc.THRESH_BINARY_INV);
        double share = Core.countNonZero(dark) / (double) box.area();
        dark.release();
        roi.release();
        return share < 0.4;
    }

    /** A QR code's finder pattern: a square ring of ink with a solid square at its middle. */
    private record Finder(double x, double y, double side) {
    }

    /**
     * QR codes: black and white only, so neither mid-tone nor solid ink, and their modules look like specks of
     * text. Three finder patterns (a square ring around a solid square, at three corners) give each away.
     */
    static List<Box> qrCodes(Mat binary, double dpi) {
        // A finder is 7 modules across; modules of 0.2 to 3 mm.
        double minSide = 1.4 / 25.4 * dpi;
        double maxSide = 21 / 25.4 * dpi;
        List<Box> rings = new ArrayList<>();
        List<Box> cores = new ArrayList<>();
        for (Ink component : Ink.components(binary)) {
            Box box = component.box();
            int w = box.width();
            int h = box.height();
            double fill = component.pixels() / (double) box.area();
            if (w < 0.8 * h || h < 0.8 * w) {
                continue;
            }
            if (w >= minSide && w <= maxSide && fill >= 0.3 && fill <= 0.7) {
                rings.add(box);
            } else if (w >= 0.3 * minSide && fill >= 0.75) {
                cores.add(box);
            }
        }
        cores.sort(java.util.Comparator.comparingInt(Box::x));
        List<Finder> finders = new ArrayList<>();
        for (Box ring : rings) {
            for (Box core : cores) {
                if (core.x() > ring.right()) {
                    break;
                }
                double ratio = core.width() / (double) ring.width();
                if (ratio >= 0.3 && ratio <= 0.6 && Math.abs(core.centerX() - ring.centerX()) <= 0.12 * ring.width()
                        && Math.abs(core.centerY() - ring.centerY()) <= 0.12 * ring.height()) {
                    finders.add(new Finder(ring.x(), ring.y(), (ring.width() + ring.height()) / 2.0));
                    break;
                }
            }
        }
        List<Box> codes = new ArrayList<>();
        for (Finder a : finders) {
            for (Finder b : finders) {
                double dx = b.x() - a.x();
                if (b == a || !alike(a, b) || Math.abs(b.y() - a.y()) > 0.25 * a.side() || dx < 1.8 * a.side()
                        || dx > 20 * a.side()) {
                    continue;
                }
                for (Finder c : finders) {
                    double dy = c.y() - a.y();
                    if (c != a && c != b && alike(a, c) && Math.abs(c.x() - a.x()) <= 0.25 * a.side()
                            && Math.abs(dy - dx) <= 0.15 * dx) {
                        Box code = Box.ofCorners((int) a.x(), (int) a.y(), (int) Math.round(b.x() + b.side()),
                                (int) Math.round(c.y() + c.side()));
                        if (codes.stream().noneMatch(found -> found.intersection(code).area() > 0)) {
                            codes.add(code);
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static boolean alike(Finder a, Finder b) {
        return b.side() >= 0.8 * a.side() && b.side() <= 1.25 * a.side();
    }

    /** The cell grid is coarse; shrink or grow the box to the non-white pixels around it. */
    private static Box tighten(Mat binary, Mat grey, Box box, int cell) {
        Box search = new Box(box.x() - 2 * cell, box.y() - 2 * cell, box.width() + 4 * cell, box.height() + 4 * cell)
                .clampTo(grey.cols(), grey.rows());
        Mat roi = grey.submat(search.y(), search.bottom(), search.x(), search.right());
        Mat blurred = new Mat();
        // Blurred first, so that paper grain does not count as picture.
        Imgproc.GaussianBlur(roi, blurred, new Size(5, 5), 0);
        // Rows and columns that are mostly non-white belong to the picture; where they are white, print showing
        // through from the back counts as paper, or it bridges the strip between a picture and its caption.
        float[][] picture = profiles(blurred, 215);
        float[][] paperOnly = profiles(blurred, SHOW_THROUGH_GREY);
        blurred.release();
        // A strip of white a third of a millimetre wide parts the picture from what is set beside it.
        int paper = Math.max(2, cell / 4);
        int[] x = span(picture[0], paperOnly[0], paper, box.x() - search.x(), box.right() - search.x());
        int[] y = span(picture[1], paperOnly[1], paper, box.y() - search.y(), box.bottom() - search.y());
        if (x == null || y == null) {
            return box;
        }
        return Box.ofCorners(search.x() + x[0], search.y() + y[0], search.x() + x[1] + 1, search.y() + y[1] + 1);
    }

    /** The share (0 to 255) of pixels darker than the grey in each column and in each row. */
    private static float[][] profiles(Mat grey, int lighterIsWhite) {
        Mat nonWhite = new Mat();
        Imgproc.threshold(grey, nonWhite, lighterIsWhite, 255, Imgproc.THRESH_BINARY_INV);
        Mat colSum = new Mat();
        Mat rowSum = new Mat();
        Core.reduce(nonWhite, colSum, 0, Core.REDUCE_AVG, CvType.CV_32F);
        Core.reduce(nonWhite, rowSum, 1, Core.REDUCE_AVG, CvType.CV_32F);
        float[] cols = new float[grey.cols()];
        float[] rows = new float[grey.rows()];
        colSum.get(0, 0, cols);
        rowSum.get(0, 0, rows);
        nonWhite.release();
        colSum.release();
        rowSum.release();
        return new float[][] {cols, rows};
    }

    /**
     * The picture's rows (or columns) in the profile: from the first to the last that is picture in part (the
     * narrow ends of a round logo; a light patch of the picture between them), within the stretch around the
     * middle that no strip of white paper crosses (white in the second profile, where show-through is paper). A
     * caption or a column of text set close to the picture is dense enough to count as picture, but the white between
     * parts it from the picture.
     */
    private static int[] span(float[] profile, float[] paperProfile, int paper, int coarseFrom, int coarseTo) {
        int middle = profile.length / 2;
        int from = 0;
        int to = profile.length;
        for (int i = middle, white = 0; i >= 0; i--) {
            white = paperProfile[i] < 255 * 0.05 ? white + 1 : 0;
            if (white >= paper) {
                from = i + white;
                break;
            }
        }
        for (int i = middle, white = 0; i < profile.length; i++) {
            white = paperProfile[i] < 255 * 0.05 ? white + 1 : 0;
            if (white >= paper) {
                to = i - white + 1;
                break;
            }
        }
        float[] stretch = from < to ? java.util.Arrays.copyOfRange(profile, from, to) : new float[0];
        int[] mostly = extent(stretch, 0.6);
        if (mostly == null) {
            return extent(profile, 0.6);
        }
        // Rows picture only in part (the narrow ends of a round logo) count within the cells found, not past them.
        int[] partly = extent(stretch, 0.15);
        int first = Math.min(from + mostly[0], Math.max(from + partly[0], coarseFrom));
        int last = Math.max(from + mostly[1], Math.min(from + partly[1], coarseTo - 1));
        return new int[] {first, last};
    }

    /** From the first to the last row that is picture to the given share, whatever lies between. */
    private static int[] extent(float[] profile, double share) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < profile.length; i++) {
            if (profile[i] > 255 * share) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}
