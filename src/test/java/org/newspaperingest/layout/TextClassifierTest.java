package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;

class TextClassifierTest {
    @Test
    void jumpLinesOfEitherBracketWidth() {
        assertEquals(BlockType.JUMP, TextClassifier.refine(BlockType.BODY, "（下转二版）"));
        assertEquals(BlockType.JUMP, TextClassifier.refine(BlockType.BYLINE, "(上接一版)"));
        assertEquals(BlockType.JUMP, TextClassifier.refine(BlockType.JUMP, "下轉3版"));
    }

    @Test
    void bylinesSimplifiedAndTraditional() {
        assertEquals(BlockType.BYLINE, TextClassifier.refine(BlockType.BODY, "本报讯（记者高鹏飞）"));
        assertEquals(BlockType.BYLINE, TextClassifier.refine(BlockType.JUMP, "本報訊（首席記者張世玉）"));
    }

    @Test
    void shortRunningTextIsBody() {
        assertEquals(BlockType.BODY, TextClassifier.refine(BlockType.JUMP, "的未来。"));
        assertEquals(BlockType.BODY, TextClassifier.refine(BlockType.BYLINE, "3月11日下午，2026年朝阳区精神文明建设工作会议召开"));
        // A long paragraph that merely mentions 下转 is not a jump line.
        assertEquals(BlockType.BODY, TextClassifier.refine(BlockType.BODY,
                "以“点、链、网、面”为主轴部署一体化算力网，职务科技成果“先赋权后转化”改革铺开（下转二版）"));
    }

    @Test
    void headingsKeepTheirClass() {
        assertEquals(BlockType.HEADLINE, TextClassifier.refine(BlockType.HEADLINE, "本报讯"));
        assertEquals(BlockType.CAPTION, TextClassifier.refine(BlockType.CAPTION, "（下转二版）"));
    }
}
