package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;

class FolioReaderTest {

    private static Optional<String> folio(BlockType type, String... texts) {
        PageBuilder page = PageBuilder.page(1);
        int x = 100;
        for (String text : texts) {
            page.block("F" + x, type, new Box(x, 40, 300, PageBuilder.LINE), text);
            x += 600;
        }
        return FolioReader.pageNumber(page.build());
    }

    @Test
    void readsThePrintedPageNumberInItsUsualForms() {
        assertEquals(Optional.of("2"), folio(BlockType.FOLIO, "二版", "朝阳报", "2026年3月13日 星期五"));
        assertEquals(Optional.of("2"), folio(BlockType.FOLIO, "朝阳报", "第2版"));
        assertEquals(Optional.of("12"), folio(BlockType.FOLIO, "第十二版"));
        assertEquals(Optional.of("4"), folio(BlockType.FOLIO, "第 ４ 版"));
    }

    @Test
    void noNumberWithoutAFolioThatPrintsOne() {
        assertEquals(Optional.empty(), folio(BlockType.FOLIO, "朝阳报", "2026年3月13日 星期五"));
        assertEquals(Optional.empty(), folio(BlockType.BODY, "二版"));
        assertEquals(Optional.empty(), folio(BlockType.FOLIO, "版"));
    }
}
