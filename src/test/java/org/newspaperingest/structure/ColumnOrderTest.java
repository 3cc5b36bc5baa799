package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.TextBlock;

class ColumnOrderTest {

    @Test
    void columnsAreReadDownOneAfterTheOther() {
        TextBlock left1 = block("left1", 100, 500, 300, 200);
        TextBlock left2 = block("left2", 102, 720, 300, 200);
        TextBlock right = block("right", 450, 500, 300, 420);
        assertEquals(List.of("left1", "left2", "right"), ids(ColumnOrder.of(List.of(left1, right, left2))));
    }

    /** A photo across two columns parts each; a byline shorter than its column does not make the column narrow. */
    @Test
    void aColumnRunsOnUnderAPhotoBeforeTheNextColumn() {
        TextBlock byline = block("byline", 840, 2465, 454, 43);
        TextBlock top2 = block("top2", 841, 2535, 639, 117);
        TextBlock top3 = block("top3", 1526, 2458, 640, 188);
        TextBlock under2 = block("under2", 848, 3687, 641, 405);
        TextBlock under3 = block("under3", 1534, 3682, 642, 408);
        assertEquals(List.of("byline", "top2", "under2", "top3", "under3"),
                ids(ColumnOrder.of(List.of(byline, top2, top3, under2, under3))));
    }

    /**
     * A photo across the story's two columns with a line or two of each under it: each column runs on under the
     * photo. The second column's last line, set short and a little left of its column, does not make it narrow
     * (seed 15, page 2).
     */
    @Test
    void aShortLastLineDoesNotMakeItsColumnNarrow() {
        TextBlock top1 = block("top1", 1553, 2763, 606, 409);
        TextBlock top2 = block("top2", 2203, 2839, 605, 337);
        TextBlock under1 = block("under1", 1548, 3987, 602, 117);
        TextBlock last = block("last", 2199, 3992, 138, 42);
        assertEquals(List.of("top1", "under1", "top2", "last"), ids(ColumnOrder.of(List.of(top1, top2, under1, last))));
    }

    @Test
    void aBlockAcrossColumnsKeepsThePageOrder() {
        TextBlock wide = block("wide", 100, 500, 650, 300);
        TextBlock under1 = block("under1", 100, 700, 300, 200);
        TextBlock under2 = block("under2", 450, 700, 300, 200);
        List<TextBlock> pageOrder = List.of(under1, wide, under2);
        assertEquals(ids(pageOrder), ids(ColumnOrder.of(pageOrder)));
    }

    private static TextBlock block(String id, int x, int y, int width, int height) {
        return new TextBlock(id, BlockType.BODY, new Box(x, y, width, height), Direction.HORIZONTAL, "zh-Hans", List.of());
    }

    private static List<String> ids(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::id).toList();
    }
}
