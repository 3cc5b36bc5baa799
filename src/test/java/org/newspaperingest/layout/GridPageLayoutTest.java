package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.preprocess.PreparedPage;
import org.newspaperingest.preprocess.ScanSimulator;
import org.opencv.core.Mat;

/** Layout analysis of a drawn page with known blocks, scanned straight and skewed, at 300 and 200 dpi. */
@Tag("slow")
class GridPageLayoutTest {
    @BeforeAll
    static void load() {
        OpenCvLoader.load();
    }

    @ParameterizedTest(name = "{0} dpi, skew {1}, noise {2}")
    @CsvSource({"300, 0, 3, 1", "300, 1.2, 20, 4"})
    void findsTheDrawnBlocksInReadingOrder(double dpi, double skew, double noise, long seed) throws java.io.IOException {
        int width = (int) Math.round(dpi * 10);
        int height = (int) Math.round(dpi * 14);
        GridPage page = new GridPage(width, height, dpi, seed);
        BufferedImage scan = ScanSimulator.scan(page.image, skew, (int) (dpi / 6), noise, seed);
        Mat grey = ScanSimulator.toMat(scan);
        try (PreparedPage prepared = new OpenCvPreprocessor().prepare(grey, dpi)) {
            PageLayout layout = new RuleBasedLayoutAnalyzer().analyze(prepared);
            List<LayoutScore.Block> truth = page.truth.stream()
                    .map(r -> new LayoutScore.Block(r.type(), ScanSimulator.rotated(r.box(), skew, width, height)))
                    .toList();
            List<LayoutScore.Block> found = layout.regions().stream()
                    .map(r -> new LayoutScore.Block(r.type(), prepared.toOriginal(r.box()))).toList();
            LayoutScore score = LayoutScore.of(truth, found);
            System.out.printf("grid page %.0f dpi skew %.1f noise %.0f: skew found %.3f, %s%n", dpi, skew, noise,
                    prepared.skewAngle(), score);
            score.misses().forEach(m -> System.out.println("  missed " + m));
            DebugOverlay.write(prepared.grey(), layout, java.nio.file.Path.of("target", "layout-grid-" + seed + ".png"));
            assertEquals(skew, prepared.skewAngle(), 0.1, "skew");
            assertTrue(score.matchedShare() >= 0.95, score + " " + score.misses());
            assertTrue(score.orderShare() >= 0.95, score.toString());
        } finally {
            grey.release();
        }
    }
}
