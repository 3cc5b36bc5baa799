package org.newspaperingest.preprocess;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;

/**
 * Finds how far a page's text is rotated by maximising the sharpness of its ink projection profiles.
 *
 * <p>Lines of text (and the square grid Chinese is set on) make the row and column profiles of the ink
 * peaky when projected at the right angle and blurred otherwise. The sum of squared bin counts measures
 * that peakiness; it is searched coarse to fine and the maximum refined by a parabola through its
 * neighbours, which gives a few hundredths of a degree on a printed page.
 */
final class SkewEstimator {
    /** Enough points to see every line of a page; more only costs time. */
    private static final int COARSE_POINTS = 120_000;
    private static final int FINE_POINTS = 500_000;

    private SkewEstimator() {
    }

    /**
     * @param ink        non-zero where there is ink
     * @param maxDegrees the largest rotation to consider either way
     * @return the rotation of the content in degrees, counter-clockwise positive (as seen on screen)
     */
    static double estimate(Mat ink, double maxDegrees) {
        MatOfPoint nonZero = new MatOfPoint();
        Core.findNonZero(ink, nonZero);
        int count = (int) nonZero.total();
        if (count < 100) {
            nonZero.release();
            return 0;
        }
        int[] xy = new int[count * 2];
        nonZero.get(0, 0, xy);
        nonZero.release();
        double cx = ink.cols() / 2.0;
        double cy = ink.rows() / 2.0;
        int radius = (int) Math.ceil(Math.hypot(cx, cy)) + 2;

        float[][] coarse = sample(xy, count, COARSE_POINTS, cx, cy);
        double best = 0;
        double bestScore = -1;
        for (double angle = -maxDegrees; angle <= maxDegrees + 1e-9; angle += 0.2) {
            double score = score(coarse, angle, radius);
            if (score > bestScore) {
                bestScore = score;
                best = angle;
            }
        }

        float[][] fine = sample(xy, count, FINE_POINTS, cx, cy);
        double step = 0.02;
        int steps = 15;
        double[] scores = new double[2 * steps + 1];
        int bestIndex = steps;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(fine, best + (i - steps) * step, radius);
            if (scores[i] > scores[bestIndex]) {
                bestIndex = i;
            }
        }
        double angle = best + (bestIndex - steps) * step;
        if (bestIndex > 0 && bestIndex < scores.length - 1) {
            double left = scores[bestIndex - 1];
            double mid = scores[bestIndex];
            double right = scores[bestIndex + 1];
            double denominator = left - 2 * mid + right;
            if (denominator < 0) {
                angle += step * 0.5 * (left - right) / denominator;
            }
        }
        return Math.max(-maxDegrees, Math.min(maxDegrees, angle));
    }

    /** Every n-th ink point, centred on the page, so that at most {@code limit} remain. */
    private static float[][] sample(int[] xy, int count, int limit, double cx, double cy) {
        int stride = Math.max(1, (int) Math.ceil((double) count / limit));
        int n = (count + stride - 1) / stride;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0, j = 0; i < count && j < n; i += stride, j++) {
            x[j] = (float) (xy[2 * i] - cx);
            y[j] = (float) (xy[2 * i + 1] - cy);
        }
        return new float[][] {x, y};
    }

    /** Peakiness of the row and column profiles of the points rotated back by {@code degrees}. */
    private static double score(float[][] points, double degrees, int radius) {
        double radians = Math.toRadians(degrees);
        float sin = (float) Math.sin(radians);
        float cos = (float) Math.cos(radians);
        int[] rows = new int[2 * radius + 1];
        int[] cols = new int[2 * radius + 1];
        float offset = radius + 0.5f;
        float[] xs = points[0];
        float[] ys = points[1];
        for (int i = 0; i < xs.length; i++) {
            float x = xs[i];
            float y = ys[i];
            // radius keeps the sums positive, so truncation rounds to nearest
            rows[(int) (y * cos + x * sin + offset)]++;
            cols[(int) (x * cos - y * sin + offset)]++;
        }
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            sum += (double) rows[i] * rows[i] + (double) cols[i] * cols[i];
        }
        return sum;
    }
}
