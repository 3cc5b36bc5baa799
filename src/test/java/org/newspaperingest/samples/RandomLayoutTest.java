package org.newspaperingest.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.structure.JumpLine;

/**
 * The random variant: the same seed gives the same issue, the layouts vary as the issue asks, and the truth
 * stays exact (nothing drawn over anything else, every story with its headline, every jump line readable and
 * answered). Rendered at 100 dpi without noise to stay quick.
 */
@Tag("slow")
class RandomLayoutTest {

    private static final int SEEDS = 12;
    private static final List<Issue> ISSUES = new ArrayList<>();
    private static SampleGenerator generator;

    @BeforeAll
    static void render() {
        generator = new SampleGenerator();
        for (long seed = 1; seed <= SEEDS; seed++) {
            ISSUES.add(generator.generate(spec(seed)).truth());
        }
    }

    private static SampleSpec spec(long seed) {
        return SampleSpec.STANDARD.withVariant(SampleSpec.Variant.RANDOM).withSeed(seed).withDpi(100).withNoise(0);
    }

    @Test
    void theSameSeedGivesTheSameScans() {
        SampleGenerator.SampleIssue a = generator.generate(spec(7).withNoise(0.35));
        SampleGenerator.SampleIssue b = generator.generate(spec(7).withNoise(0.35));
        assertEquals(a.pages().size(), b.pages().size());
        for (int i = 0; i < a.pages().size(); i++) {
            assertArrayEquals(a.pages().get(i).tiff(), b.pages().get(i).tiff(), "page " + (i + 1));
        }
        assertEquals(a.truth(), b.truth());
    }

    @Test
    void aRandomIssueIsRenderedWhole() {
        assertThrows(IllegalArgumentException.class, () -> generator.generate(spec(1), 1));
    }

    @Test
    void noTextBlockLiesOnAnotherOrOffThePage() {
        for (int i = 0; i < ISSUES.size(); i++) {
            for (Page page : ISSUES.get(i).pages()) {
                List<TextBlock> blocks = page.blocks();
                for (TextBlock b : blocks) {
                    assertTrue(b.box().x() >= 0 && b.box().right() <= page.width() && b.box().bottom() <= page.height(),
                            "seed " + (i + 1) + " page " + page.sequence() + ": " + b.id() + " off the page");
                }
                for (int x = 0; x < blocks.size(); x++) {
                    for (int y = x + 1; y < blocks.size(); y++) {
                        // boxes of the skewed page overlap by a pixel or two at their corners: compare with slack
                        long common = blocks.get(x).box().intersection(blocks.get(y).box()).area();
                        long smaller = Math.min(blocks.get(x).box().area(), blocks.get(y).box().area());
                        assertTrue(common <= 0.1 * smaller, "seed " + (i + 1) + " page " + page.sequence() + ": "
                                + blocks.get(x).id() + " and " + blocks.get(y).id() + " overlap");
                    }
                }
            }
        }
    }

    @Test
    void everyStoryHasItsHeadlineAndBodyAndEveryJumpIsAnswered() {
        for (int i = 0; i < ISSUES.size(); i++) {
            Issue issue = ISSUES.get(i);
            for (Article a : issue.articles()) {
                if (a.kind() != Article.Kind.ARTICLE) {
                    continue;
                }
                String where = "seed " + (i + 1) + " \"" + a.title() + "\"";
                String headline = a.heading().stream().map(r -> issue.block(r).orElseThrow())
                        .filter(b -> b.type() == BlockType.HEADLINE).map(TextBlock::text).reduce("", String::concat);
                assertEquals(a.title().replaceAll("\\s", ""), headline.replaceAll("\\s", ""), where);
                assertTrue(!a.body().isEmpty(), where + " has no body");
                List<JumpLine> jumps = a.continuations().stream()
                        .map(r -> JumpLine.parse(issue.block(r).orElseThrow().text())
                                .orElseThrow(() -> new AssertionError(where + ": jump line not read")))
                        .toList();
                assertEquals(jumps.size(), 2 * (a.pages().size() - 1), where + ": " + jumps);
                for (int j = 0; j + 1 < jumps.size(); j += 2) {
                    assertEquals(JumpLine.Direction.TO, jumps.get(j).direction(), where);
                    assertEquals(JumpLine.Direction.FROM, jumps.get(j + 1).direction(), where);
                }
            }
        }
    }

    @Test
    void layoutsVaryAsRealPapersDo() {
        Set<String> seen = new HashSet<>();
        for (Issue issue : ISSUES) {
            seen.add(issue.pages().size() + " pages");
            for (Article a : issue.articles()) {
                for (BlockRef r : a.heading()) {
                    issue.block(r).ifPresent(b -> seen.add(b.type().label()));
                }
                for (BlockRef r : a.body()) {
                    issue.block(r).filter(b -> b.type() == BlockType.SUBHEADLINE).ifPresent(b -> seen.add("subhead"));
                }
                a.continuations().forEach(r -> issue.block(r).ifPresent(b -> {
                    if (b.text().contains("A")) {
                        seen.add("section jump");
                    }
                }));
                if (!a.illustrations().isEmpty()) {
                    seen.add(a.kind() == Article.Kind.ADVERTISEMENT ? "QR code or logo in an advertisement" : "photo");
                }
                a.illustrations().forEach(r -> issue.block(r).filter(b -> b.text().contains("二维码"))
                        .ifPresent(b -> seen.add("QR code in a story")));
            }
            issue.metadata().pageLabels().stream().filter(l -> l.startsWith("A")).findAny().ifPresent(l -> seen.add("section folio"));
        }
        assertTrue(seen.containsAll(List.of("2 pages", "3 pages", "kicker", "headline", "subheadline", "subhead",
                "section jump", "photo", "section folio", "QR code or logo in an advertisement",
                "QR code in a story")), seen.toString());
    }
}
