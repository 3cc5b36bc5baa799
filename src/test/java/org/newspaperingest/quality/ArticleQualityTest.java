package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.newspaperingest.eval.EvalReport;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.eval.TextMetrics;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.samples.SampleSpec;
import org.newspaperingest.samples.SampleSpec.Variant;

/**
 * The project's targets for articles, on rendered issues put through the real pipeline with the default
 * engine: each true story is one METS ARTICLE, none holds two, continued stories are joined across pages,
 * and each reads from its METS areas in order.
 */
@Tag("slow")
class ArticleQualityTest {
    private static final String LEAD = "政绩观连着发展观";

    private static QualityRun standard() {
        return QualityRuns.of(QualityRuns.LIGHT_NOISE);
    }

    @Test
    void everyStoryIsExactlyOneArticle() {
        assertEveryStoryIsOneArticle(standard());
    }

    @Test
    void noArticleMixesTwoStories() {
        assertNoMixes(standard());
    }

    @Test
    void continuedStoriesAreJoinedAcrossPages() {
        assertJoined(standard());
    }

    @Test
    void everyStoryReadsInMetsOrderWithin3Percent() {
        assertStoriesRead(standard());
    }

    @Test
    void leadReadsFromHeadlineThroughPage1IntoPage2WithoutJumpLines() {
        QualityRun run = standard();
        ArticleStructure.Finding lead = new ArticleStructure(run.truth(), run.candidate()).stories().stream()
                .filter(f -> f.truthArticle().title().equals(LEAD)).findFirst().orElseThrow();
        assertTrue(lead.exactlyOne(), "the lead is one article, found " + lead.candidateLabels());
        Article article = lead.candidates().get(0);
        String heading = text(run, article.heading());
        assertTrue(heading.contains(LEAD), "the article's heading areas read the headline, not \"" + heading + "\"");
        List<Integer> bodyPages = article.body().stream().map(BlockRef::page).toList();
        assertFalse(bodyPages.isEmpty(), "the lead has body areas");
        assertEquals(1, bodyPages.get(0), "the body starts on page 1: " + article.body());
        assertEquals(2, bodyPages.get(bodyPages.size() - 1), "the body ends on page 2: " + article.body());
        for (int i = 1; i < bodyPages.size(); i++) {
            assertTrue(bodyPages.get(i) >= bodyPages.get(i - 1), "the body reads page 1, then page 2: " + article.body());
        }
        for (BlockRef ref : article.body()) {
            String body = text(run, List.of(ref));
            assertFalse(body.contains("下转") || body.contains("上接"),
                    "jump line in the lead's body text: " + ref + " \"" + body + "\"");
        }
        Scores scores = Scores.of(ArticleStructure.words(run.truth(), lead.truthArticle()),
                ArticleStructure.words(run.candidate(), article));
        assertTrue(scores.cer() < 0.03, String.format(Locale.ROOT,
                "the lead read from its METS areas: CER %.2f%% (%d errors in %d characters)",
                100 * scores.cer(), scores.charErrors(), scores.truthChars()));
    }

    @Test
    void headlineLeftOfItsBody() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.HEADLINE_LEFT), 3));
    }

    @Test
    void storyInARuledBox() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.BOXED), 3));
    }

    @Test
    void leadContinuedOnPage3() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.CONTINUED_TO_PAGE_3), 1, 3));
    }

    @Test
    void jumpWithoutItsPartnerPage() {
        QualityRun run = QualityRuns.of(SampleSpec.of(Variant.MISSING_PARTNER));
        assertArticles(run);
    }

    private static void assertArticles(QualityRun run) {
        assertAll(() -> assertEveryStoryIsOneArticle(run), () -> assertNoMixes(run), () -> assertJoined(run),
                () -> assertStoriesRead(run));
    }

    private static void assertEveryStoryIsOneArticle(QualityRun run) {
        List<ArticleStructure.Finding> stories = new ArticleStructure(run.truth(), run.candidate()).stories();
        assertFalse(stories.isEmpty());
        assertAll(stories.stream().map(f -> (Executable) () -> assertTrue(f.exactlyOne(),
                run.spec().variant() + ": \"" + f.truthArticle().title() + "\" is in " + f.candidates().size()
                        + " articles: " + f.candidateLabels())));
    }

    private static void assertNoMixes(QualityRun run) {
        assertEquals(List.of(), new ArticleStructure(run.truth(), run.candidate()).mixes().stream().map(Object::toString).toList(),
                run.spec().variant() + ": articles mixing two true articles");
    }

    private static void assertJoined(QualityRun run) {
        List<ArticleStructure.Finding> continued = new ArticleStructure(run.truth(), run.candidate()).stories().stream()
                .filter(f -> f.truthPages().size() > 1).toList();
        assertAll(continued.stream().map(f -> (Executable) () -> assertTrue(f.joined(),
                run.spec().variant() + ": \"" + f.truthArticle().title() + "\" on pages " + f.truthPages()
                        + " is not one article on those pages: " + f.candidateLabels() + " pages " + f.joinedPages())));
    }

    private static void assertStoriesRead(QualityRun run) {
        Map<String, Article> truthById = run.truth().articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<Executable> checks = new ArrayList<>();
        for (EvalReport.ArticleScore score : run.evaluate().articles()) {
            if (truthById.get(score.truthId()).kind() != Article.Kind.ARTICLE) {
                continue;
            }
            checks.add(() -> assertTrue(score.scores().cer() < 0.03, String.format(Locale.ROOT,
                    "%s: \"%s\" read from %s in METS order: CER %.2f%% (%d errors in %d characters), bag F1 %.4f",
                    run.spec().variant(), score.truthTitle(), score.matchedId() == null ? "no article" : score.matchedId(),
                    100 * score.scores().cer(), score.scores().charErrors(), score.scores().truthChars(),
                    score.scores().bagF1())));
        }
        assertFalse(checks.isEmpty());
        assertAll(checks);
    }

    private static String text(QualityRun run, List<BlockRef> refs) {
        StringBuilder text = new StringBuilder();
        for (BlockRef ref : refs) {
            run.candidate().block(ref).map(TextBlock::text).ifPresent(text::append);
        }
        return TextMetrics.normalize(text.toString());
    }
}
