package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * The page's text-like ink, measured from its connected components: the body character size, and how much
 * of that ink the text lines read cover. Text-like ink is what is neither a speck, nor a rule, nor a shape
 * far larger than type (a photo, a frame, a dark page edge), nor inside a photo.
 */
public final class InkCoverage {

    private final int[] stats;
    private final int count;
    private final double character;

    private InkCoverage(int[] stats, int count, double character) {
        this.stats = stats;
        this.count = count;
        this.character = character;
    }

    /** Measures the binary page (ink 255 on 0). */
    public static InkCoverage of(Mat binary) {
        Mat labels = new Mat();
        Mat statMat = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(binary, labels, statMat, centroids, 8, CvType.CV_32S);
        int[] stats = new int[n * 5];
        statMat.get(0, 0, stats);
        labels.release();
        statMat.release();
        centroids.release();
        return new InkCoverage(stats, n, characterSize(stats, n, Math.max(binary.cols(), binary.rows())));
    }

    /**
     * The body character's size in pixels: the commonest height of components about as wide as tall or
     * wider (most components of a Chinese character span its height; body text outnumbers the rest), never
     * from the resolution the file states.
     */
    public double characterSize() {
        return character;
    }

    private static double characterSize(int[] stats, int n, int longSide) {
        int max = Math.max(8, longSide / 20);
        int[] histogram = new int[max + 2];
        for (int i = 1; i < n; i++) {
            int w = stats[5 * i + 2];
            int h = stats[5 * i + 3];
            if (h >= 4 && h <= max && w >= 0.6 * h && w <= 1.6 * h) {
                histogram[h]++;
            }
        }
        int best = -1;
        int bestCount = 0;
        for (int h = 5; h <= max; h++) {
            int count = histogram[h - 1] + histogram[h] + histogram[h + 1];
            if (count > bestCount) {
                bestCount = count;
                best = h;
            }
        }
        return best > 0 ? best : 20;
    }

    /**
     * The share of text-like ink (by pixels) whose component lies mostly inside a line read; 1 when the page
     * has no text-like ink.
     */
    public double share(List<Box> photos, List<Box> lines) {
        long total = 0;
        long read = 0;
        double speck = 0.25 * character;
        double large = 6 * character;
        for (int i = 1; i < count; i++) {
            Box box = new Box(stats[5 * i], stats[5 * i + 1], stats[5 * i + 2], stats[5 * i + 3]);
            int pixels = stats[5 * i + 4];
            int longer = Math.max(box.width(), box.height());
            int shorter = Math.min(box.width(), box.height());
            if (longer < speck || longer > large || longer > 8 * shorter && longer > 2 * character) {
                continue;
            }
            if (photos.stream().anyMatch(photo -> photo.intersection(box).area() > 0.5 * box.area())) {
                continue;
            }
            total += pixels;
            for (Box line : lines) {
                if (line.intersection(box).area() >= 0.5 * box.area()) {
                    read += pixels;
                    break;
                }
            }
        }
        return total == 0 ? 1 : read / (double) total;
    }
}
