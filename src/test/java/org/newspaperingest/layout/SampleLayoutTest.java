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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newspaperingest.ingest.TextClasses;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.preprocess.PreparedPage;
import org.newspaperingest.preprocess.ScanSimulator;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * Layout analysis scored against the ground truth of the rendered sample issue and variants of it:
 * blocks matched with the right class at IoU 0.8 in the stored image's frame, skew, and reading order.
 */
@Tag("slow")
class SampleLayoutTest {
    @BeforeAll
    static void load() {
        OpenCvLoader.load();
    }

    static Stream<Arguments> issues() {
        // The vertical variant differs from the standard issue only on page 3; run it with
        // -Dlayout.variant=vertical -Dlayout.page=3 (it is left out of the default run to keep the suite quick).
        String only = System.getProperty("layout.variant", "");
        return Stream.of(
                Arguments.of("standard", SampleSpec.STANDARD, 0.0),
                Arguments.of("shuffled-seed-7", SampleSpec.of(SampleSpec.Variant.SHUFFLED).withSeed(7), 0.0),
                Arguments.of("200dpi", SampleSpec.STANDARD.withDpi(200), 0.0),
                // The generator keeps its own skew under a degree; this variant turns the straight pages
                // by 2 degrees, alternately either way, as a careless scan would.
                Arguments.of("skew-2deg", SampleSpec.STANDARD.withSkew(0), 2.0),
                Arguments.of("heavy-noise", SampleSpec.STANDARD.withNoise(0.8), 0.0),
                Arguments.of("vertical", SampleSpec.of(SampleSpec.Variant.VERTICAL_TRADITIONAL), 0.0))
                .filter(a -> only.isEmpty() ? !"vertical".equals(a.get()[0]) : only.equals(a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issues")
    void layoutMatchesTheTruth(String name, SampleSpec spec, double extraSkew) throws IOException {
        SampleGenerator.SampleIssue sample = new SampleGenerator().generate(spec);
        LayoutScore total = new LayoutScore(0, 0, 0, 0, List.of());
        LayoutScore totalRefined = new LayoutScore(0, 0, 0, 0, List.of());
        double worstSkewError = 0;
        for (SampleGenerator.RenderedPage rendered : sample.pages()) {
            if (Integer.getInteger("layout.page", 0) != 0 && rendered.sequence() != Integer.getInteger("layout.page", 0)) {
                continue;
            }
            Page truth = sample.truth().page(rendered.sequence());
            BufferedImage image = rendered.image();
            double truthSkew = truth.skewAngle();
            List<TextBlock> truthBlocks = truth.blocks();
            if (extraSkew != 0) {
                double angle = rendered.sequence() % 2 == 1 ? extraSkew : -extraSkew;
                image = rotated(image, angle);
                int w = image.getWidth();
                int h = image.getHeight();
                truthBlocks = truthBlocks.stream().map(b -> new TextBlock(b.id(), b.type(),
                        ScanSimulator.rotated(b.box(), angle, w, h), b.direction(), b.language(), b.lines())).toList();
                truthSkew += angle;
            }
            Mat grey = toMat(image);
            long t0 = System.nanoTime();
            try (PreparedPage prepared = new OpenCvPreprocessor().prepare(grey, spec.dpi())) {
                long t1 = System.nanoTime();
                PageLayout layout = new RuleBasedLayoutAnalyzer().analyze(prepared);
                long t2 = System.nanoTime();
                List<LayoutScore.Block> expected = truthBlocks.stream()
                        .map(b -> new LayoutScore.Block(b.type(), b.box())).toList();
                List<LayoutScore.Block> found = layout.regions().stream()
                        .map(r -> new LayoutScore.Block(r.type(), prepared.toOriginal(r.box()))).toList();
                List<LayoutScore.Block> refined = refinedByText(found, truthBlocks);
                LayoutScore score = LayoutScore.of(expected, found);
                LayoutScore refinedScore = LayoutScore.of(expected, refined);
                double skewError = Math.abs(prepared.skewAngle() - truthSkew);
                worstSkewError = Math.max(worstSkewError, skewError);
                System.out.printf("%s p%d: skew %.3f (truth %.2f), layout alone %s, refined by text %s;"
                        + " prepare %d ms, layout %d ms%n", name, rendered.sequence(), prepared.skewAngle(), truthSkew,
                        score, refinedScore, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
                refinedScore.misses().forEach(m -> System.out.println("  missed " + m));
                total = total.plus(score);
                totalRefined = totalRefined.plus(refinedScore);
                DebugOverlay.write(prepared.grey(), layout, Path.of("target", "layout-" + name + "-p" + rendered.sequence() + ".png"));
            } finally {
                grey.release();
            }
        }
        System.out.printf("%s: layout alone %s; refined by text %s; worst skew error %.3f%n", name, total,
                totalRefined, worstSkewError);
        assertTrue(worstSkewError < 0.1, "skew error " + worstSkewError);
        assertTrue(totalRefined.matchedShare() >= 0.95, name + " " + totalRefined);
        assertTrue(totalRefined.orderShare() >= 0.95, name + " " + totalRefined);
    }

    /**
     * Detected blocks with their class settled by {@link TextClasses} as the orchestrator does after
     * OCR; the text is the truth text of the block it overlaps most, standing in for what OCR reads.
     */
    private static List<LayoutScore.Block> refinedByText(List<LayoutScore.Block> found, List<TextBlock> truth) {
        List<LayoutScore.Block> refined = new ArrayList<>();
        for (LayoutScore.Block block : found) {
            TextBlock best = null;
            double bestIou = 0.3;
            for (TextBlock t : truth) {
                double iou = t.box().iou(block.box());
                if (iou > bestIou) {
                    bestIou = iou;
                    best = t;
                }
            }
            BlockType type = best == null ? block.type() : TextClasses.refine(block.type(), best.text());
            refined.add(new LayoutScore.Block(type, block.box()));
        }
        return refined;
    }

    /** The page turned counter-clockwise by {@code degrees} on a sheet of its own paper tone. */
    private static BufferedImage rotated(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(page.getRGB(page.getWidth() / 2, 5)));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(-Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    static Mat toMat(BufferedImage image) {
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
