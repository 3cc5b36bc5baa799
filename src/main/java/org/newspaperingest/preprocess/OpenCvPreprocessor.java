package org.newspaperingest.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Prepares a greyscale scan with OpenCV: whitens dark scanner borders, evens out the illumination,
 * estimates and removes the skew, and binarises for layout analysis.
 *
 * <p>The prepared images keep the scan's size: the border is painted white rather than cropped, and
 * the rotation turns about the centre, so {@link PreparedPage#toOriginal} only has to undo the rotation.
 */
public final class OpenCvPreprocessor implements Preprocessor {
    /** Newspapers are scanned straight enough; anything beyond this is a different problem. */
    private static final double MAX_SKEW_DEGREES = 5.0;
    /** Long side of the thumbnails used for the border and background estimates. */
    private static final int THUMBNAIL_SIDE = 800;

    public OpenCvPreprocessor() {
        OpenCvLoader.load();
    }

    @Override
    public PreparedPage prepare(Mat grey, double dpi) {
        if (grey.empty() || grey.type() != CvType.CV_8UC1) {
            throw new IllegalArgumentException("expected a non-empty 8-bit greyscale image, got type "
                    + CvType.typeToString(grey.type()) + " " + grey.cols() + "x" + grey.rows());
        }
        Mat border = borderMask(grey);
        Mat even = evenIllumination(grey, border);

        Mat ink = binarise(even);
        double skew = SkewEstimator.estimate(ink, MAX_SKEW_DEGREES);
        ink.release();

        Mat deskewed = rotate(even, skew, Imgproc.INTER_LINEAR, 255);
        Mat rotatedBorder = rotate(border, skew, Imgproc.INTER_NEAREST, 255);
        deskewed.setTo(new Scalar(255), rotatedBorder);
        Mat binary = binarise(deskewed);
        even.release();
        border.release();
        rotatedBorder.release();
        return new PreparedPage(deskewed, binary, skew, grey.cols(), grey.rows(), dpi);
    }

    /**
     * The dark scanner background around the paper: everything outside the convex outline of the
     * largest bright area, which is the sheet. A thin margin inside the outline goes too, since the
     * sheet's edge casts a grey shadow.
     */
    static Mat borderMask(Mat grey) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(grey.cols(), grey.rows()));
        Mat small = new Mat();
        Imgproc.resize(grey, small, new Size(Math.max(1, grey.cols() * scale), Math.max(1, grey.rows() * scale)),
                0, 0, Imgproc.INTER_AREA);
        double paper = median(small);
        // Scanner lids and beds are far darker than paper; half the paper's brightness separates them.
        Mat bright = new Mat();
        Imgproc.threshold(small, bright, paper * 0.5, 255, Imgproc.THRESH_BINARY);
        // Dark print inside the sheet (photos, bars) only makes holes, which the outer outline ignores.
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(bright, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        MatOfPoint sheet = null;
        double sheetArea = 0;
        for (MatOfPoint contour : contours) {
            double area = Imgproc.contourArea(contour);
            if (area > sheetArea) {
                sheetArea = area;
                sheet = contour;
            }
        }
        Mat smallMask = new Mat(small.size(), CvType.CV_8UC1, new Scalar(255));
        if (sheet != null && sheetArea >= 0.25 * small.total()) {
            MatOfInt hull = new MatOfInt();
            Imgproc.convexHull(sheet, hull);
            Point[] points = sheet.toArray();
            int[] indices = hull.toArray();
            Point[] outline = new Point[indices.length];
            for (int i = 0; i < indices.length; i++) {
                outline[i] = points[indices[i]];
            }
            Imgproc.fillConvexPoly(smallMask, new MatOfPoint(outline), new Scalar(0));
            hull.release();
        } else {
            smallMask.setTo(new Scalar(0));
        }
        // The edge shadow: grow the border by about a millimetre's worth of thumbnail pixels.
        int grow = Math.max(3, (int) Math.round(Math.min(small.cols(), small.rows()) * 0.006)) | 1;
        Imgproc.dilate(smallMask, smallMask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(grow, grow)));
        Mat mask = new Mat();
        Imgproc.resize(smallMask, mask, grey.size(), 0, 0, Imgproc.INTER_NEAREST);
        for (Mat m : List.of(small, bright, hierarchy, smallMask)) {
            m.release();
        }
        contours.forEach(Mat::release);
        return mask;
    }

    /**
     * Divides the scan by an estimate of its paper brightness, so that paper becomes white everywhere
     * and shading from the scanner or a curled page disappears. The estimate is a wide maximum filter
     * (which removes the ink) smoothed by a blur, computed on a thumbnail since it varies slowly.
     */
    static Mat evenIllumination(Mat grey, Mat border) {
        Mat work = grey.clone();
        // Black under the border: the maximum filter then takes the nearest paper instead, so the sheet's
        // edge is judged against its own brightness rather than an average of the page.
        work.setTo(new Scalar(0), border);
        Mat thumb = new Mat();
        double scale = Math.min(1.0, 256.0 / Math.max(grey.cols(), grey.rows()));
        Imgproc.resize(work, thumb, new Size(Math.max(1, grey.cols() * scale), Math.max(1, grey.rows() * scale)),
                0, 0, Imgproc.INTER_AREA);
        int k = Math.max(3, (int) Math.round(Math.min(thumb.cols(), thumb.rows()) / 12.0)) | 1;
        Mat background = new Mat();
        Imgproc.dilate(thumb, background, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(k, k)));
        Imgproc.GaussianBlur(background, background, new Size(2 * k + 1, 2 * k + 1), 0);
        Mat full = new Mat();
        Imgproc.resize(background, full, grey.size(), 0, 0, Imgproc.INTER_LINEAR);
        Mat result = new Mat();
        Core.divide(work, full, result, 255.0, CvType.CV_8UC1);
        result.setTo(new Scalar(255), border);
        for (Mat m : List.of(work, thumb, background, full)) {
            m.release();
        }
        return result;
    }

    /**
     * Ink as 255 on a black background. After the illumination is evened out a global Otsu threshold is
     * sound; a light blur first keeps scanner noise from turning into specks.
     */
    static Mat binarise(Mat even) {
        Mat blurred = new Mat();
        Imgproc.GaussianBlur(even, blurred, new Size(3, 3), 0);
        Mat binary = new Mat();
        double otsu = Imgproc.threshold(blurred, binary, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
        // A nearly empty page gives Otsu nothing to separate; keep the threshold where ink plausibly is.
        if (otsu < 90 || otsu > 200) {
            Imgproc.threshold(blurred, binary, Math.max(90, Math.min(200, otsu)), 255, Imgproc.THRESH_BINARY_INV);
        }
        blurred.release();
        return binary;
    }

    /** Turns the image clockwise by {@code skew} degrees about its centre, undoing a counter-clockwise skew. */
    static Mat rotate(Mat image, double skew, int interpolation, double fill) {
        Mat rotated = new Mat();
        if (skew == 0) {
            image.copyTo(rotated);
            return rotated;
        }
        Mat matrix = Imgproc.getRotationMatrix2D(new Point(image.cols() / 2.0, image.rows() / 2.0), -skew, 1.0);
        Imgproc.warpAffine(image, rotated, matrix, image.size(), interpolation, Core.BORDER_CONSTANT, new Scalar(fill));
        matrix.release();
        return rotated;
    }

    private static double median(Mat grey) {
        int[] histogram = new int[256];
        byte[] pixels = new byte[(int) grey.total()];
        grey.get(0, 0, pixels);
        for (byte b : pixels) {
            histogram[b & 0xff]++;
        }
        int half = pixels.length / 2;
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen > half) {
                return v;
            }
        }
        return 255;
    }
}
