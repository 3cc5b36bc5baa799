package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two random issues ({@code RANDOM}, seeds 1 and 2, 300 dpi, light noise) through the real pipeline with the
 * default engine, their articles read back from the package. The issue's target (98 % of stories one ARTICLE
 * with CER under 5 %) is asserted over thirty issues on their true pages
 * ({@code structure.RandomIssueArticlesTest}); with layout analysis and OCR in front of the assembler the figure
 * is bound by layout (headlines classed as body or cut into pieces, see issue #11), so this test holds the
 * level reached on OCR'd pages (11 of 11 stories, at most one left unread) and the structural promises that do not depend on it: no article mixes two
 * stories, and every continued story is joined. Failures print the seed (replay:
 * {@code RandomIssueFigures ocr WORK SEED}).
 */
@Tag("slow")
class RandomIssueArticleQualityTest {

    @Test
    void articlesOfTwoOcredRandomIssues() {
        RandomIssueFigures figures = new RandomIssueFigures();
        for (long seed = 1; seed <= 2; seed++) {
            QualityRun run = QualityRuns.of(RandomIssueFigures.spec(seed));
            figures.add(seed, run.truth(), run.candidate());
        }
        String summary = figures.summary();
        System.out.println(summary);
        assertTrue(figures.exact >= 0.90 * figures.stories, summary);
        assertEquals(0, figures.mixes, summary);
        assertEquals(figures.continued, figures.joined, summary);
    }
}
