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

    @Disabled("not met yet: at 5ecab6d pages 1-4 read 2.07/4.74/1.71/0.18% CER in reading order (bag F1"
            + " 0.999): layout still reads the column left of a centred headline before it (p1: lead "
            + "column P1_TB0005 before headline P1_TB0006; p2: 区校 byline and column 1 P2_TB0011/0012 "
            + "before kicker and headline P2_TB0013/0014)")
    @Test
    void lightNoiseScanReadsInOrderWithin2PercentPerPage() {
        assertPagesWithin(QualityRuns.of(QualityRuns.LIGHT_NOISE), 0.02);
    }

    @Disabled("not met yet: at 5ecab6d page 1 reads 10.80% and page 2 22.77% CER in reading order (bag "
            + "F1 0.997), pages 3 and 4 within 5%: layout reading order at 200 dpi with heavy noise, on"
            + " top of the column-before-headline order of the light-noise pages")
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
