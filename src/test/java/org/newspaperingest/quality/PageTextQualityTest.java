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

    @Disabled("not met yet: seed 4242 pages 1-4 CER 6.33/18.47/2.53/42.28% with bag F1 >= 0.984, so the characters are read but out of order; layout reading order (Segmenter XY-cut): the column left of a centred headline is cut off first and read before the headline (p1 lead, p2 区校 story), aligned paragraph gaps cut across two columns (p1 cols 4-5), and the p4 headline split in two blocks is read around the first columns")
    @Test
    void lightNoiseScanReadsInOrderWithin2PercentPerPage() {
        assertPagesWithin(QualityRuns.of(QualityRuns.LIGHT_NOISE), 0.02);
    }

    @Disabled("not met yet: 200 dpi noise 0.8 seed 4242 pages 1-4 CER 50.37/35.56/48.37/23.91% with bag F1 >= 0.978;"
            + " layout (Segmenter) breaks columns into many short blocks at noise and paragraph gaps, cuts across"
            + " neighbouring columns (p3 blocks spanning columns 3-4, whose lines OCR then joins) and keeps noise specks"
            + " as body blocks")
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
