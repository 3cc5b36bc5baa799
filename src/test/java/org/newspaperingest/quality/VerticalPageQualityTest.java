package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Page;
import org.newspaperingest.samples.SampleSpec;

/** Page 3 of the traditional variant, set top to bottom in columns read right to left. */
@Tag("slow")
class VerticalPageQualityTest {
    private static final SampleSpec VERTICAL = SampleSpec.of(SampleSpec.Variant.VERTICAL_TRADITIONAL);

    private static QualityRun run() {
        return QualityRuns.of(VERTICAL, 3);
    }

    @Test
    void verticalTraditionalPageReadsInOrderWithin5Percent() {
        QualityRun run = run();
        Scores scores = run.evaluate().pages().get(0).scores();
        assertTrue(scores.cer() < 0.05, String.format(Locale.ROOT,
                "vertical traditional page: CER in reading order %.2f%% (%d errors in %d characters), bag F1 %.4f",
                100 * scores.cer(), scores.charErrors(), scores.truthChars(), scores.bagF1()));
    }

    /** The issue is catalogued as simplified Chinese; the page says otherwise, and its blocks say so too. */
    @Test
    void verticalBlocksAreTaggedTraditional() {
        Page page = run().candidate().pages().get(0);
        List<String> vertical = page.blocks().stream().filter(b -> b.direction() == Direction.VERTICAL)
                .map(b -> b.id() + " " + b.language()).toList();
        assertTrue(vertical.size() > 0, "the page has vertical blocks");
        assertEquals(List.of(), vertical.stream().filter(b -> !b.endsWith(" zh-Hant")).toList(),
                "vertical blocks not tagged LANG=\"zh-Hant\" among " + vertical.size());
    }

    @Test
    void verticalLinesAreMarkedTopToBottom() {
        AltoLines alto = AltoLines.read(run().altoFile(1));
        assertTrue(alto.verticalBlockLines() > 0, "the page has vertical text blocks (BASEDIRECTION=\"ttb\"): " + alto);
        assertEquals(alto.verticalBlockLines(), alto.verticalBlockLinesTtb(),
                "every TextLine of a vertical block carries BASEDIRECTION=\"ttb\"");
        Page truth = run().truth().page(1);
        long trueVertical = truth.blocks().stream().filter(b -> b.direction() == Direction.VERTICAL)
                .mapToLong(b -> b.lines().size()).sum();
        long trueLines = truth.blocks().stream().mapToLong(b -> b.lines().size()).sum();
        double expected = (double) trueVertical / trueLines;
        double found = (double) alto.verticalBlockLines() / alto.lines();
        assertTrue(found >= 0.8 * expected, String.format(Locale.ROOT,
                "%d of %d TextLines are in vertical blocks (%.0f%%); the page has %d of %d lines vertical (%.0f%%)",
                alto.verticalBlockLines(), alto.lines(), 100 * found, trueVertical, trueLines, 100 * expected));
    }
}
