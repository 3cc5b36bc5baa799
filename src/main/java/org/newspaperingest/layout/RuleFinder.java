package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds printed rules: straight runs of ink far longer than any character stroke and thin. A
 * morphological opening with a long line keeps exactly those; frames around articles come out as their
 * four sides.
 */
final class RuleFinder {
    private RuleFinder() {
    }

    /** The rules found, and the binary page with them erased so that text analysis sees only text. */
    record Result(List<Box> horizontal, List<Box> vertical, Mat textInk) {
    }

    static Result find(Mat binary, double dpi) {
        // 12 mm: longer than the widest stroke of a headline, shorter than a one-column rule.
        int length = Math.max(30, (int) Math.round(dpi * 0.47));
        int maxThickness = Math.max(3, (int) Math.round(dpi / 20));
        Mat horizontalMask = new Mat();
        Mat verticalMask = new Mat();
        Imgproc.morphologyEx(binary, horizontalMask, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(length, 1)));
        Imgproc.morphologyEx(binary, verticalMask, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, length)));
        Mat labelMat = new Mat();
        Mat statMat = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(binary, labelMat, statMat, centroids, 8, CvType.CV_32S);
        int[] labels = new int[(int) labelMat.total()];
        labelMat.get(0, 0, labels);
        int[] stats = new int[n * 5];
        statMat.get(0, 0, stats);
        labelMat.release();
        statMat.release();
        centroids.release();
        int width = binary.cols();
        List<Box> horizontal = lines(horizontalMask, true, length, maxThickness).stream()
                .filter(box -> standsAlone(box, true, labels, width, stats, dpi)).toList();
        List<Box> vertical = lines(verticalMask, false, length, maxThickness).stream()
                .filter(box -> standsAlone(box, false, labels, width, stats, dpi)).toList();

        // Only accepted rules are erased: a thick bar may carry reversed-out text.
        Mat ruleMask = Mat.zeros(binary.size(), CvType.CV_8UC1);
        for (Box box : horizontal) {
            copy(horizontalMask, ruleMask, box);
        }
        for (Box box : vertical) {
            copy(verticalMask, ruleMask, box);
        }
        // Anti-aliased edges of a rule survive the opening as a faint halo; take them too.
        Imgproc.dilate(ruleMask, ruleMask, Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3)));
        Mat textInk = binary.clone();
        textInk.setTo(new org.opencv.core.Scalar(0), ruleMask);
        horizontalMask.release();
        verticalMask.release();
        ruleMask.release();
        return new Result(horizontal, vertical, textInk);
    }

    /**
     * A rule stands alone: the ink it belongs to is either hardly thicker than the rule, or a frame whose
     * box is almost empty. The long straight stroke of a big character belongs to a character, which fills
     * a good part of its box. Hardly thicker: up to 1.7 mm more, as the two lines of a double rule run
     * together on a blurred low-resolution scan.
     */
    private static boolean standsAlone(Box rule, boolean horizontal, int[] labels, int width, int[] stats,
            double dpi) {
        int label = 0;
        int cx = (int) rule.centerX();
        int cy = (int) rule.centerY();
        for (int d = 0; d <= Math.max(rule.width(), rule.height()) / 2 && label == 0; d++) {
            int x = horizontal ? Math.min(rule.right() - 1, cx + d) : cx;
            int y = horizontal ? cy : Math.min(rule.bottom() - 1, cy + d);
            label = labels[y * width + x];
        }
        if (label == 0) {
            return true;
        }
        int w = stats[5 * label + 2];
        int h = stats[5 * label + 3];
        int area = stats[5 * label + 4];
        int across = horizontal ? h : w;
        int ruleAcross = horizontal ? rule.height() : rule.width();
        return across <= ruleAcross + Math.max(6, dpi / 15) || area < 0.12 * (double) w * h;
    }

    private static void copy(Mat from, Mat to, Box box) {
        org.opencv.core.Rect rect = new org.opencv.core.Rect(box.x(), box.y(), box.width(), box.height());
        Mat source = from.submat(rect);
        Mat target = to.submat(rect);
        Core.bitwise_or(source, target, target);
    }

    private static List<Box> lines(Mat mask, boolean horizontal, int minLength, int maxThickness) {
        List<Box> boxes = new ArrayList<>();
        for (Ink component : Ink.components(mask)) {
            Box box = component.box();
            int along = horizontal ? box.width() : box.height();
            int across = horizontal ? box.height() : box.width();
            // A rule is long and thin; a thick bar of the same length is a drawing, not a rule.
            if (along >= minLength && across <= maxThickness + 2 && along >= 10 * across) {
                boxes.add(box);
            }
        }
        return boxes;
    }
}
