package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.newspaperingest.eval.EvalReport;

/**
 * The project's accuracy targets for page text, on rendered scans put through the real pipeline with the
 * default engine: characters in reading order, as a reader of the ALTO gets them.
 */
class PageTextQualityTest {

    @Disabled("not met yet: at 5ecab6d page 1 reads 2.07% and page 2 4.74% CER in reading order (bag-"
            + "of-characters F1 0.999), pages 3 and 4 within 2%: the characters are read, the reading "
            + "order of layout is off on pages 1 and 2 (see docs/quality.md)")
    @Test
    void lightNoiseScanReadsInOrderWithin2PercentPerPage() {
        assertPagesWithin(QualityRuns.of(QualityRuns.LIGHT_NOISE), 0.02);
    }

    @Disabled("not met yet: at 5ecab6d page 1 reads 10.80% and page 2 22.77% CER in reading order (bag-"
            + "of-characters F1 0.997), pages 3 and 4 within 5%: at 200 dpi with heavy noise layout "
            + "still cuts columns apart in the wrong order (see docs/quality.md)")
    @Test
    void heavyNoise200DpiScanReadsInOrderWithin5PercentPerPage() {
        assertPagesWithin(QualityRuns.of(QualityRuns.HEAVY_NOISE), 0.05);
    }

    @Test
    void everyStringAndGlyphLiesInsideItsLine() {
        QualityRun run = QualityRuns.of(QualityRuns.LIGHT_NOISE);
        assertAll(run.candidate().pages().stream().map(page -> (Executable) () -> {
            AltoLines alto = AltoLines.read(run.altoFile(page.sequence()));
            assertTrue(alto.strings() > 0 && alto.glyphs() > 0, "page " + page.sequence() + " has Strings and Glyphs");
            assertEquals(List.of(), alto.outside().stream().limit(10).toList(),
                    "page " + page.sequence() + ": " + alto.outside().size() + " of " + (alto.strings() + alto.glyphs())
                            + " Strings and Glyphs outside their TextLine");
        }));
    }

    private static void assertPagesWithin(QualityRun run, double maxCer) {
        EvalReport report = run.evaluate();
        assertEquals(run.truth().pages().size(), run.candidate().pages().size(), "every page packaged");
        assertAll(report.pages().stream().map(page -> (Executable) () -> assertTrue(page.scores().cer() <= maxCer,
                String.format(Locale.ROOT, "%s page %s: CER in reading order %.2f%% (%d errors in %d characters),"
                                + " bag-of-characters F1 %.4f; allowed %.1f%%", run.spec(), page.label(),
                        100 * page.scores().cer(), page.scores().charErrors(), page.scores().truthChars(),
                        page.scores().bagF1(), 100 * maxCer))));
    }
}
