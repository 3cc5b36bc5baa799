package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.preprocess.PreparedPage;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Layout analysis scored against the ground truth of the rendered sample issue and variants of it:
 * blocks matched with the right class at IoU 0.8 in the stored image's frame, skew, and reading order.
 */
class SampleLayoutTest {
    @BeforeAll
    static void load() {
        OpenCvLoader.load();
    }

    static Stream<Arguments> issues() {
        return Stream.of(
                Arguments.of("standard", SampleSpec.STANDARD, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issues")
    void layoutMatchesTheTruth(String name, SampleSpec spec, double extraSkew) throws IOException {
        SampleGenerator.SampleIssue sample = new SampleGenerator().generate(spec);
        LayoutScore total = new LayoutScore(0, 0, 0, 0, List.of());
        double worstSkewError = 0;
        for (SampleGenerator.RenderedPage rendered : sample.pages()) {
            if (Integer.getInteger("layout.page", 0) != 0 && rendered.sequence() != Integer.getInteger("layout.page", 0)) {
                continue;
            }
            Page truth = sample.truth().page(rendered.sequence());
            BufferedImage image = rendered.image();
            Mat grey = toMat(image);
            long t0 = System.nanoTime();
            try (PreparedPage prepared = new OpenCvPreprocessor().prepare(grey, spec.dpi())) {
                long t1 = System.nanoTime();
                PageLayout layout = new RuleBasedLayoutAnalyzer().analyze(prepared);
                long t2 = System.nanoTime();
                List<LayoutScore.Block> expected = truth.blocks().stream()
                        .map(b -> new LayoutScore.Block(b.type(), b.box())).toList();
                List<LayoutScore.Block> found = layout.regions().stream()
                        .map(r -> new LayoutScore.Block(r.type(), prepared.toOriginal(r.box()))).toList();
                LayoutScore score = LayoutScore.of(expected, found);
                double skewError = Math.abs(prepared.skewAngle() - truth.skewAngle());
                worstSkewError = Math.max(worstSkewError, skewError);
                System.out.printf("%s p%d: skew %.3f (truth %.2f), %s; prepare %d ms, layout %d ms%n", name,
                        rendered.sequence(), prepared.skewAngle(), truth.skewAngle(), score, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000);
                score.misses().forEach(m -> System.out.println("  missed " + m));
                total = total.plus(score);
                DebugOverlay.write(prepared.grey(), layout, Path.of("target", "layout-" + name + "-p" + rendered.sequence() + ".png"));
            } finally {
                grey.release();
            }
        }
        System.out.printf("%s: %s, worst skew error %.3f%n", name, total, worstSkewError);
        assertTrue(worstSkewError < 0.1, "skew error " + worstSkewError);
        assertTrue(total.matchedShare() >= 0.95, name + " " + total);
        assertTrue(total.orderShare() >= 0.95, name + " " + total);
    }

    private static Mat toMat(BufferedImage image) {
        BufferedImage grey = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(image, 0, 0, null);
        }
        Mat mat = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        mat.put(0, 0, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
        return mat;
    }
}
