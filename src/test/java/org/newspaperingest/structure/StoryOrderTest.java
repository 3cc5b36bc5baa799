package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;

class StoryOrderTest {

    /**
     * The right story starts higher and its headline came out of layout in two pieces, the gap between them level
     * with the top of the photo over the left story: layout read the right story's first lines, then everything
     * under that gap. By stories, the page is two columns, the left one first.
     */
    @Test
    void aGapAcrossThePageThatNoStoryHasDoesNotInterleaveStories() {
        Page page = PageBuilder.page(1)
                .block("folio", BlockType.FOLIO, new Box(100, 100, 300, 40), "第一版")
                .block("rightHead1", BlockType.HEADLINE, new Box(1000, 300, 400, 90), "集体产业")
                .block("rightBody1", BlockType.BODY, new Box(1450, 300, 450, 100), "春回大地万物竞发")
                .block("leftHead", BlockType.HEADLINE, new Box(100, 700, 850, 90), "政绩观连着发展观")
                .block("rightHead2", BlockType.HEADLINE, new Box(1000, 420, 400, 200), "项目建设加速跑")
                .block("leftBody", BlockType.BODY, new Box(100, 820, 850, 1500), "共赴春天的盛会奔赴未来的征途")
                .block("rightBody2", BlockType.BODY, new Box(1450, 420, 450, 1900), "项目已全面复工复产")
                .photo("leftPhoto", new Box(100, 300, 850, 380))
                .build();
        Article left = article("ART0002", List.of("leftHead"), List.of("leftBody"), List.of("leftPhoto"));
        Article right = article("ART0001", List.of("rightHead1", "rightHead2"), List.of("rightBody1", "rightBody2"),
                List.of());
        assertEquals(List.of("folio", "leftHead", "leftBody", "rightHead1", "rightHead2", "rightBody1", "rightBody2"),
                ids(StoryOrder.order(page, List.of(right, left))));
    }

    /** Rows of stories top to bottom, each row left to right, whatever order layout gave. */
    @Test
    void storiesAreReadRowByRow() {
        Page page = PageBuilder.page(1)
                .block("b", BlockType.BODY, new Box(1000, 100, 900, 800), "乙")
                .block("c", BlockType.BODY, new Box(100, 1000, 1800, 800), "丙")
                .block("a", BlockType.BODY, new Box(100, 100, 850, 800), "甲")
                .build();
        List<Article> articles = List.of(article("A1", List.of(), List.of("c"), List.of()),
                article("A2", List.of(), List.of("b"), List.of()), article("A3", List.of(), List.of("a"), List.of()));
        assertEquals(List.of("a", "b", "c"), ids(StoryOrder.order(page, articles)));
    }

    /**
     * Four stories in a grid, a column rule running down between the two columns through the white between the
     * rows, and a story across the page under them: the rule makes the grid two columns, each read top to bottom.
     */
    @Test
    void aColumnRuleThroughTheWhiteBetweenRowsIsReadColumnByColumn() {
        Page page = PageBuilder.page(1)
                .block("a", BlockType.BODY, new Box(100, 100, 850, 800), "甲")
                .block("b", BlockType.BODY, new Box(1000, 100, 900, 800), "乙")
                .block("c", BlockType.BODY, new Box(100, 1000, 850, 800), "丙")
                .block("d", BlockType.BODY, new Box(1000, 1000, 900, 800), "丁")
                .block("e", BlockType.BODY, new Box(100, 2000, 1800, 800), "戊")
                .rule("r", new Box(970, 100, 6, 1700))
                .build();
        List<Article> articles = List.of(article("A1", List.of(), List.of("a"), List.of()),
                article("A2", List.of(), List.of("b"), List.of()), article("A3", List.of(), List.of("c"), List.of()),
                article("A4", List.of(), List.of("d"), List.of()), article("A5", List.of(), List.of("e"), List.of()));
        assertEquals(List.of("a", "c", "b", "d", "e"), ids(StoryOrder.order(page, articles)));
        Page withoutRule = PageBuilder.page(1).build().withBlocks(page.blocks());
        assertEquals(List.of("a", "b", "c", "d", "e"), ids(StoryOrder.order(withoutRule, articles)));
    }

    /** A vertical page in tiers, each tier right to left. */
    @Test
    void aVerticalPageIsReadTierByTierFromTheRight() {
        Page page = PageBuilder.page(1)
                .block("topLeft", BlockType.BODY, new Box(100, 100, 800, 1000), Direction.VERTICAL, "甲")
                .block("bottom", BlockType.BODY, new Box(100, 1200, 1800, 1000), Direction.VERTICAL, "丙")
                .block("topRight", BlockType.BODY, new Box(1000, 100, 900, 1000), Direction.VERTICAL, "乙")
                .build();
        List<Article> articles = List.of(article("A1", List.of(), List.of("topLeft"), List.of()),
                article("A2", List.of(), List.of("bottom"), List.of()),
                article("A3", List.of(), List.of("topRight"), List.of()));
        assertEquals(List.of("topRight", "topLeft", "bottom"), ids(StoryOrder.order(page, articles)));
    }

    /** Two vertical pages side by side in one scan: one page read after the other, tier by tier, not tiers across both. */
    @Test
    void aSpreadIsReadOnePageAfterTheOther() {
        Page built = PageBuilder.page(1)
                .block("rightTop", BlockType.BODY, new Box(2100, 100, 1800, 1300), Direction.VERTICAL, "甲")
                .block("rightBottom", BlockType.BODY, new Box(2100, 1500, 1800, 1400), Direction.VERTICAL, "乙")
                .block("leftTop", BlockType.BODY, new Box(100, 100, 1800, 1300), Direction.VERTICAL, "丙")
                .block("leftBottom", BlockType.BODY, new Box(100, 1500, 1800, 1400), Direction.VERTICAL, "丁")
                .build();
        Page spread = new Page(1, built.label(), built.image(), 4000, 3000, 0, built.blocks(), List.of(), List.of(),
                built.processing());
        List<Article> articles = List.of(article("A1", List.of(), List.of("leftTop"), List.of()),
                article("A2", List.of(), List.of("rightBottom"), List.of()),
                article("A3", List.of(), List.of("rightTop"), List.of()),
                article("A4", List.of(), List.of("leftBottom"), List.of()));
        assertEquals(List.of("rightTop", "rightBottom", "leftTop", "leftBottom"), ids(StoryOrder.order(spread, articles)));
    }

    /** The caption over the heading first, the jump line it comes from before the body, the one it goes to after. */
    @Test
    void withinAStoryHeadingBodyAndJumpLinesFollowTheText() {
        Page page = PageBuilder.page(2)
                .block("jumpOut", BlockType.JUMP, new Box(600, 1900, 200, 30), "（下转第3版）")
                .block("body", BlockType.BODY, new Box(100, 900, 800, 1000), "正文")
                .block("topCaption", BlockType.CAPTION, new Box(100, 500, 800, 60), "图为现场")
                .block("head", BlockType.HEADLINE, new Box(100, 600, 800, 120), "标题")
                .block("jumpIn", BlockType.JUMP, new Box(100, 850, 200, 30), "（上接第1版）")
                .block("inCaption", BlockType.CAPTION, new Box(100, 1500, 400, 60), "图为另一现场")
                .build();
        Article story = new Article("A1", Article.Kind.ARTICLE, "标题", "", List.of(), refs(2, "head"),
                refs(2, "body"), refs(2, "jumpOut", "jumpIn"), refs(2, "inCaption", "topCaption"), Optional.empty());
        assertEquals(List.of("topCaption", "head", "jumpIn", "body", "jumpOut", "inCaption"),
                ids(StoryOrder.order(page, List.of(story))));
    }

    private static Article article(String id, List<String> heading, List<String> body, List<String> photos) {
        return new Article(id, Article.Kind.ARTICLE, id, "", List.of(), refs(1, heading.toArray(String[]::new)),
                refs(1, body.toArray(String[]::new)), List.of(), refs(1, photos.toArray(String[]::new)), Optional.empty());
    }

    private static List<BlockRef> refs(int page, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new BlockRef(page, id)).toList();
    }

    private static List<String> ids(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::id).toList();
    }
}
