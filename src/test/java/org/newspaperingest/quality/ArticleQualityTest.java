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
import org.junit.jupiter.api.Disabled;
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
class ArticleQualityTest {
    private static final String LEAD = "政绩观连着发展观";

    private static QualityRun standard() {
        return QualityRuns.of(QualityRuns.LIGHT_NOISE);
    }

    @Disabled("not met yet: committed sample: lead and 精神文明 each spread over ART0005 and ART0006, 区校 story over ART0005 and ART0007, 加速跑 story over ART0012 and ART0013; structure pairs the two （上接一版） of page 2 crosswise and layout reads columns before their headline")
    @Test
    void everyStoryIsExactlyOneArticle() {
        assertEveryStoryIsOneArticle(standard());
    }

    @Disabled("not met yet: committed sample: ART0005 holds the lead, 精神文明 (its p2 continuation) and the 区校 story; ART0006 holds 精神文明 and the lead p2 continuation; structure pairs page 2 jump lines crosswise and appends the 区校 story to the lead")
    @Test
    void noArticleMixesTwoStories() {
        assertNoMixes(standard());
    }

    @Disabled("not met yet: committed sample: lead p1 joined to the 精神文明 continuation (P2_TB0015..) and 精神文明 p1 to the lead continuation (P2_TB0005..); structure pairs the jump lines crosswise")
    @Test
    void continuedStoriesAreJoinedAcrossPages() {
        assertJoined(standard());
    }

    @Disabled("not met yet: committed sample: lead 94.9%, 精神文明 40.4%, 区校 88.0%, 加速跑 22.7%, 区政协 1.0%, 为朝阳 0.3% CER in METS order; structure joins wrong continuations, layout reads columns before headlines")
    @Test
    void everyStoryReadsInMetsOrderWithin3Percent() {
        assertStoriesRead(standard());
    }

    @Disabled("not met yet: committed sample: the lead ART0005 body starts with its p1 column 1 but continues with 精神文明 on p2 and takes in the 区校 story (kicker and headline in its heading); structure pairs the p2 jump lines crosswise")
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

    @Disabled("not met yet: HEADLINE_LEFT p3: 区政协 is one article (CER 0.46%) but 为朝阳 is split into ART0010 (headline alone, empty title) and ART0011, CER 3.60%")
    @Test
    void headlineLeftOfItsBody() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.HEADLINE_LEFT), 3));
    }

    @Disabled("not met yet: BOXED p3: stories are one article each, but 区政协 reads 26.17% CER in METS order (bag F1 0.9989): layout cuts across columns 2-3 inside the box at aligned paragraph gaps (P1_TB0009..14 alternate columns) and OCR then joins lines of both columns into one (P1_TB0008, P1_TB0012)")
    @Test
    void storyInARuledBox() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.BOXED), 3));
    }

    @Disabled("not met yet: at 09853ff the lead is one article joined p1 to p3 (CER 1.93%) but 精神文明 reads 20.77% CER in METS order:"
            + " layout cuts across its columns 4-5 on page 1 at aligned paragraph gaps (P1_TB0030..0034 alternate columns)")
    @Test
    void leadContinuedOnPage3() {
        assertArticles(QualityRuns.of(SampleSpec.of(Variant.CONTINUED_TO_PAGE_3), 1, 3));
    }

    @Disabled("not met yet: at 09853ff 朝阳集体产业项目建设“加速跑” is two articles (layout splits its headline in two blocks, structure starts"
            + " a second article at the second) and 精神文明 reads 20.77% CER in METS order (layout cuts across columns 4-5 of p1)")
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
