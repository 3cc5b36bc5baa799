package org.newspaperingest.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newspaperingest.samples.SampleGeneratorTest.article;
import static org.newspaperingest.samples.SampleGeneratorTest.issueText;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.samples.SampleSpec.Variant;

/** Each layout variant shows the one thing it is for. Rendered small (100 dpi) to stay quick. */
@Tag("slow")
class SampleVariantsTest {

    private static SampleGenerator generator;

    @BeforeAll
    static void load() {
        generator = new SampleGenerator();
    }

    private static Issue render(Variant variant) {
        return generator.generate(SampleSpec.of(variant).withDpi(100)).truth();
    }

    @Test
    void continuedToPageThree() {
        Issue issue = render(Variant.CONTINUED_TO_PAGE_3);
        Article lead = article(issue, "政绩观连着发展观");
        assertEquals(List.of(1, 3), lead.pages());
        assertEquals(List.of("（下转三版）", "（上接一版）"),
                lead.continuations().stream().map(r -> issue.block(r).orElseThrow().text()).toList());
    }

    @Test
    void missingPartnerDropsPageTwoAndLeavesTheJumpUnresolved() {
        SampleGenerator.SampleIssue sample = generator.generate(SampleSpec.of(Variant.MISSING_PARTNER).withDpi(100));
        Issue issue = sample.truth();
        assertEquals(List.of("1", "3", "4"), issue.metadata().pageLabels());
        assertEquals(List.of("0001.tif", "0002.tif", "0003.tif"),
                sample.pages().stream().map(SampleGenerator.RenderedPage::fileName).toList());
        assertEquals(Optional.of("3"), issue.page(2).label());
        Article lead = article(issue, "政绩观连着发展观");
        assertEquals(List.of(1), lead.pages());
        assertEquals(Optional.of("（下转二版）"), lead.unresolvedJump());
        assertTrue(issue.articles().stream().noneMatch(a -> a.title().startsWith("深化区校战略合作")));
    }

    @Test
    void verticalTraditionalPageReadsTopToBottomRightToLeft() {
        Issue issue = render(Variant.VERTICAL_TRADITIONAL);
        Page page = issue.page(3);
        List<TextBlock> body = page.blocks().stream().filter(b -> b.type() == BlockType.BODY).toList();
        assertTrue(body.size() >= 2);
        for (TextBlock block : body) {
            assertEquals(Direction.VERTICAL, block.direction());
            assertEquals("zh-Hant", block.language());
            // columns run right to left, characters top to bottom
            for (int i = 1; i < block.lines().size(); i++) {
                assertTrue(block.lines().get(i).box().x() < block.lines().get(i - 1).box().x());
            }
            var glyphs = block.lines().get(0).words().stream().flatMap(w -> w.glyphs().stream()).toList();
            assertTrue(glyphs.get(1).box().y() > glyphs.get(0).box().y());
        }
        Article cppcc = article(issue, "區政協召開十四屆二十五次常委會議");
        assertEquals("王建偉", cppcc.names().get(0).name());
        assertTrue(page.text().contains("「每月一題」民主監督"), page.text());
        assertEquals("zh-Hans", issue.page(2).blocks().get(5).language());
    }

    @Test
    void boxedArticleIsFramedByFourRules() {
        Issue issue = render(Variant.BOXED);
        Article cppcc = article(issue, "区政协召开十四届二十五次常委会议");
        Page page = issue.page(cppcc.pages().get(0));
        Box article = Box.enclosing(cppcc.allRefs().stream().map(r -> issue.block(r).orElseThrow().box()).toList());
        List<Rule> around = page.rules().stream().filter(r -> r.box().contains(article) == false
                && r.box().union(article).area() < article.area() * 1.2
                && !article.contains(r.box())).toList();
        assertTrue(around.stream().filter(Rule::isHorizontal).count() >= 2, "top and bottom of the frame");
        assertTrue(around.stream().filter(r -> !r.isHorizontal()).count() >= 2, "sides of the frame");
    }

    @Test
    void headlineLeftStandsBesideItsBody() {
        Issue issue = render(Variant.HEADLINE_LEFT);
        Article cppcc = article(issue, "区政协召开十四届二十五次常委会议");
        TextBlock headline = issue.block(cppcc.heading().get(0)).orElseThrow();
        TextBlock firstBody = cppcc.body().stream().map(r -> issue.block(r).orElseThrow())
                .filter(b -> b.type() == BlockType.BODY).findFirst().orElseThrow();
        assertEquals(BlockType.HEADLINE, headline.type());
        assertTrue(headline.box().right() < firstBody.box().x(), "headline left of the body");
        assertTrue(Math.abs(headline.box().y() - firstBody.box().y()) < 60, "headline level with the body top");
    }

    @Test
    void shuffledKeepsTheTextButMovesTheBlocks() {
        Issue standard = render(Variant.STANDARD);
        Issue shuffled = generator.generate(SampleSpec.of(Variant.SHUFFLED).withDpi(100).withSeed(11)).truth();
        assertEquals(issueText(standard).length(), issueText(shuffled).length());
        assertNotEquals(standard.pages().stream().map(p -> p.blocks().stream().map(TextBlock::box).toList()).toList(),
                shuffled.pages().stream().map(p -> p.blocks().stream().map(TextBlock::box).toList()).toList());
    }

    @Test
    void onePageAloneIsThatPageOfTheIssue() {
        SampleGenerator.SampleIssue one = generator.generate(SampleSpec.STANDARD.withDpi(100), 3);
        SampleGenerator.SampleIssue all = generator.generate(SampleSpec.STANDARD.withDpi(100));
        assertEquals(1, one.pages().size());
        assertEquals(Optional.of("3"), one.truth().page(1).label());
        assertEquals(all.truth().page(3).text(), one.truth().page(1).text());
        assertTrue(java.util.Arrays.equals(all.page(3).tiff(), one.page(1).tiff()), "the same pixels as in the issue");
        assertTrue(one.truth().page(1).blocks().get(0).id().startsWith("P1_"));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(SampleSpec.STANDARD, 5));
    }

    @Test
    void specRefusesWhatNoScannerGives() {
        assertThrows(IllegalArgumentException.class, () -> SampleSpec.STANDARD.withSkew(1.5));
        assertThrows(IllegalArgumentException.class, () -> SampleSpec.STANDARD.withDpi(50));
        assertThrows(IllegalArgumentException.class, () -> SampleSpec.STANDARD.withNoise(2));
        assertEquals(Variant.VERTICAL_TRADITIONAL, Variant.ofName("vertical-traditional"));
    }
}
