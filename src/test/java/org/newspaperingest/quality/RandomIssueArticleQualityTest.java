package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Twenty random issues ({@code RANDOM}, seeds 1 to 20, 300 dpi, light noise) through the real pipeline with the
 * default engine, their articles read back from the packages, the figures asserted over all of them together:
 * stories one ARTICLE with article CER under 5 %, articles mixing two stories, continued stories joined, headlines
 * as labels, pages whose text in reading order is within 3 % CER of the truth's. The issue's target is 98 % and no
 * mixing; the bounds hold the level reached so that it cannot fall back (measured at d061d9f: 190 of 192 stories,
 * 99.0 %; no mixing; 26 of 26 continued joined; 192 of 192 labels; 43 of 48 pages in reading order within 3 %;
 * {@code docs/quality.md}). Every problem prints its seed (replay:
 * {@code RandomIssueFigures ocr WORK SEED}, or {@code text} to see layout and articles without OCR).
 */
@Tag("slow")
class RandomIssueArticleQualityTest {

    /** Seeds 1 to 20: the first twenty, not chosen. */
    static final int SEEDS = 20;
    /** Share of stories one ARTICLE read within 5 % CER, at least. */
    static final double EXACT = 0.97;
    /** Articles holding text of two stories, at most: none, as the issue asks (measured none). */
    static final int MIXES = 0;
    /** Share of stories whose ARTICLE's label is their headline, at least. */
    static final double LABELS = 0.98;
    /** Share of pages whose text, block by block in the page's reading order, is within 3 % CER, at least. */
    static final double PAGES_IN_ORDER = 0.85;

    @Test
    void articlesOfTwentyOcredRandomIssues() {
        RandomIssueFigures figures = new RandomIssueFigures();
        for (long seed = 1; seed <= SEEDS; seed++) {
            QualityRun run = QualityRuns.of(RandomIssueFigures.spec(seed));
            figures.add(seed, run.truth(), run.candidate());
        }
        String summary = figures.summary();
        System.out.println(summary);
        assertTrue(figures.exact >= EXACT * figures.stories, summary);
        assertTrue(figures.mixes <= MIXES, summary);
        assertEquals(figures.continued, figures.joined, summary);
        assertTrue(figures.labels >= LABELS * figures.stories, summary);
        assertTrue(figures.pagesInOrder >= PAGES_IN_ORDER * figures.pages, summary);
    }
}
