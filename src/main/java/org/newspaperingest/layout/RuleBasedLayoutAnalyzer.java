package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.PreparedPage;
import org.opencv.core.Mat;

/**
 * Layout analysis by rules of thumb that hold for printed newspapers: rules and photos first, then text
 * blocks cut out of the remaining ink by white space and rules, then each block classified from its type
 * size, weight and place on the page.
 */
public final class RuleBasedLayoutAnalyzer implements LayoutAnalyzer {
    private static final double FALLBACK_DPI = 300;

    public RuleBasedLayoutAnalyzer() {
        OpenCvLoader.load();
    }

    @Override
    public PageLayout analyze(PreparedPage page) {
        double dpi = page.dpi() > 0 ? page.dpi() : FALLBACK_DPI;
        RuleFinder.Result rules = RuleFinder.find(page.binary(), dpi);
        try {
            List<Box> pictures = IllustrationFinder.find(page.grey(), page.binary(), dpi);
            // Straight edges inside a photo are part of the picture, not rules.
            List<Box> horizontalRules = outside(rules.horizontal(), pictures);
            List<Box> verticalRules = outside(rules.vertical(), pictures);
            List<Ink> text = textComponents(rules.textInk(), pictures);
            double bodyHeight = bodyHeight(text, dpi);
            text = withoutSpecks(text, bodyHeight);
            List<Ink> inks = new ArrayList<>(text);
            for (Box picture : pictures) {
                inks.add(new Ink(picture, (int) Math.min(Integer.MAX_VALUE, picture.area()), true));
            }
            List<Box> allRules = new ArrayList<>(horizontalRules);
            allRules.addAll(verticalRules);
            if (text.isEmpty()) {
                return new PageLayout(List.of(), allRules, pictures);
            }
            TextGrain grain = new TextGrain(text, bodyHeight);
            List<Segmenter.Block> blocks = new Segmenter(horizontalRules, verticalRules, grain, bodyHeight)
                    .segment(inks);
            List<Region> regions = new BlockClassifier(page.grey().cols(), page.grey().rows(), horizontalRules,
                    verticalRules, pictures).classify(blocks);
            return new PageLayout(regions, allRules, pictures);
        } finally {
            rules.textInk().release();
        }
    }

    private static List<Box> outside(List<Box> rules, List<Box> pictures) {
        return rules.stream().filter(rule -> pictures.stream()
                .noneMatch(picture -> picture.intersection(rule).area() >= 0.5 * rule.area())).toList();
    }

    /** Connected components of the text ink, leaving out what lies inside a photo. */
    private static List<Ink> textComponents(Mat ink, List<Box> pictures) {
        List<Ink> components = Ink.components(ink);
        List<Ink> inks = new ArrayList<>(components.size());
        for (Ink component : components) {
            Box box = component.box();
            boolean inPicture = false;
            for (Box picture : pictures) {
                if (picture.intersection(box).area() >= 0.5 * box.area()) {
                    inPicture = true;
                    break;
                }
            }
            if (!inPicture) {
                inks.add(component);
            }
        }
        return inks;
    }

    /**
     * The ink height of a body character: the commonest component height. Most components of Chinese
     * characters span the character's full height, and body text outnumbers everything else. Akin to
     * {@link InkCoverage#characterSize} (the same kind of measure) but bounded by the stated resolution and
     * admitting narrower components, as this analyzer's thresholds were tuned on; the line sizes the other
     * analyzers use measure whole lines, not characters.
     */
    static double bodyHeight(List<Ink> inks, double dpi) {
        int min = Math.max(4, (int) Math.round(dpi / 60));
        int max = (int) Math.round(dpi / 3);
        int[] histogram = new int[max + 1];
        for (Ink ink : inks) {
            int h = ink.box().height();
            if (h >= min && h <= max && ink.box().width() >= 0.3 * h) {
                histogram[h]++;
            }
        }
        int best = -1;
        int bestCount = 0;
        for (int h = min; h <= max; h++) {
            // Heights jitter by a pixel or two; count a small window.
            int count = histogram[h] + (h > min ? histogram[h - 1] : 0) + (h < max ? histogram[h + 1] : 0);
            if (count > bestCount) {
                bestCount = count;
                best = h;
            }
        }
        return best > 0 ? best : dpi / 10;
    }

    /**
     * Scanner dust and paper grain: small specks with no character near them. Punctuation is as small but
     * always sits beside a character; a speck left in a gutter would hide the gutter from the segmentation.
     */
    static List<Ink> withoutSpecks(List<Ink> inks, double bodyHeight) {
        double small = 0.3 * bodyHeight;
        int cell = Math.max(4, (int) Math.round(bodyHeight));
        java.util.Map<Long, List<Ink>> grid = new java.util.HashMap<>();
        for (Ink ink : inks) {
            if (Math.max(ink.box().width(), ink.box().height()) >= small) {
                grid.computeIfAbsent(key((int) ink.centerX() / cell, (int) ink.centerY() / cell),
                        k -> new ArrayList<>()).add(ink);
            }
        }
        List<Ink> kept = new ArrayList<>(inks.size());
        double reach = 0.7 * bodyHeight;
        for (Ink ink : inks) {
            if (Math.max(ink.box().width(), ink.box().height()) >= small) {
                kept.add(ink);
                continue;
            }
            if (ink.pixels() < 0.004 * bodyHeight * bodyHeight) {
                continue;
            }
            int gx = (int) ink.centerX() / cell;
            int gy = (int) ink.centerY() / cell;
            boolean besideCharacter = false;
            for (int x = gx - 2; x <= gx + 2 && !besideCharacter; x++) {
                for (int y = gy - 2; y <= gy + 2 && !besideCharacter; y++) {
                    for (Ink other : grid.getOrDefault(key(x, y), List.of())) {
                        if (distance(ink.box(), other.box()) <= reach) {
                            besideCharacter = true;
                            break;
                        }
                    }
                }
            }
            if (besideCharacter) {
                kept.add(ink);
            }
        }
        return kept;
    }

    private static long key(int gx, int gy) {
        return ((long) gx << 32) ^ (gy & 0xffffffffL);
    }

    private static double distance(Box a, Box b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }
}
