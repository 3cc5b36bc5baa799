package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Mat;

/**
 * The page's text-like ink, measured from its connected components: the body character size, and how much
 * of that ink the text lines read cover. Text-like ink is what is neither a speck, nor a rule, nor a shape
 * far larger than type (a photo, a frame, a dark page edge), nor inside a photo.
 */
public final class InkCoverage {

    private final List<Ink> components;
    private final double character;

    private InkCoverage(List<Ink> components, double character) {
        this.components = components;
        this.character = character;
    }

    /** Measures the binary page (ink 255 on 0). */
    public static InkCoverage of(Mat binary) {
        List<Ink> components = Ink.components(binary);
        return new InkCoverage(components, characterSize(components, Math.max(binary.cols(), binary.rows())));
    }

    /**
     * The body character's size in pixels: the commonest height of components about as wide as tall or
     * wider (most components of a Chinese character span its height; body text outnumbers the rest), never
     * from the resolution the file states. {@code RuleBasedLayoutAnalyzer.bodyHeight} is the same kind of
     * measure bounded by the stated resolution instead, for that analyzer alone.
     */
    public double characterSize() {
        return character;
    }

    private static double characterSize(List<Ink> components, int longSide) {
        int max = Math.max(8, longSide / 20);
        int[] histogram = new int[max + 2];
        for (Ink component : components) {
            int w = component.box().width();
            int h = component.box().height();
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
        for (Ink component : components) {
            Box box = component.box();
            int pixels = component.pixels();
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
