package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newspaperingest.structure.JumpLine.Direction;

class JumpLineTest {

    @ParameterizedTest
    @CsvSource({
            "下转二版, TO, 2",
            "下转第2版, TO, 2",
            "(下转第二版), TO, 2",
            "（下转第二版）, TO, 2",
            "(下转二版), TO, 2",
            "上接一版, FROM, 1",
            "上接第1版, FROM, 1",
            "(上接一版), FROM, 1",
            "（上接第１版）, FROM, 1",
            "（转第3版）, TO, 3",
            "(转3版), TO, 3",
            "(接第3版), FROM, 3",
            "(下转第十二版), TO, 12",
            "(上接第十版), FROM, 10",
            "（下轉二版）, TO, 2",
            "、（上接一版）, FROM, 1",
            "（下转二版）。, TO, 2",
            "（轉見第3版）, TO, 3",
            "(下转第 16 版), TO, 16",
            "（ 下 转 第 二 十 版 ）, TO, 20",
            "【下转第99版】, TO, 99",
            "(下转第5页), TO, 5",
            "转A3版, TO, 3",
            "（下转A03版）, TO, 3",
            "（转A3版）, TO, 3",
            "（上接A01版）, FROM, 1",
            "（上接第1版）, FROM, 1",
            "接A1版, FROM, 1",
            "下转B12版, TO, 12",
    })
    void readsEveryPrintedForm(String text, Direction direction, int page) {
        JumpLine jump = JumpLine.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
        assertEquals(direction, jump.direction());
        assertEquals(page, jump.targetPage());
        assertEquals(text.strip(), jump.printed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "下转", "转型升级二版", "第二版", "(记者高鹏飞)", "本期4版", "转3版", "接第3版", "A03版", "转AB3版"})
    void rejectsWhatIsNoJumpLine(String text) {
        assertTrue(JumpLine.parse(text).isEmpty(), text);
    }

    @Test
    void findsAJumpClosingABodyText() {
        String body = "以科技创新引领产业创新,以产业升级促进科技迭代,凝聚起高质量发展的“新质力”。(下转二版)";
        JumpLine.Found found = JumpLine.atEnd(body).orElseThrow();
        assertEquals(Direction.TO, found.jump().direction());
        assertEquals(2, found.jump().targetPage());
        assertEquals("(下转二版)", found.jump().printed());
        assertEquals("以科技创新引领产业创新,以产业升级促进科技迭代,凝聚起高质量发展的“新质力”。", found.remainder(body));
    }

    @Test
    void findsAJumpOpeningAContinuation() {
        String body = "（上接第1版）从会场内的建言献策,到会场外的火热实践";
        JumpLine.Found found = JumpLine.atStart(body).orElseThrow();
        assertEquals(Direction.FROM, found.jump().direction());
        assertEquals(1, found.jump().targetPage());
        assertEquals("从会场内的建言献策,到会场外的火热实践", found.remainder(body));
        assertTrue(JumpLine.atEnd(body).isEmpty());
    }

    @Test
    void ignoresJumpWordsInsideRunningText() {
        assertFalse(JumpLine.atEnd("推动产业转型升级,下转二版的说法并不存在于此句中。").isPresent());
        assertFalse(JumpLine.atEnd("这是经济结构转3版").isPresent());
        assertFalse(JumpLine.atStart("他说(下转二版)").isPresent());
    }

    @Test
    void prefersAWholeJumpLineThenTheEndThenTheStart() {
        assertEquals(0, JumpLine.anywhereAtEdge(" (下转二版) ").orElseThrow().start());
        assertEquals(Direction.TO, JumpLine.anywhereAtEdge("(上接一版)正文……(下转三版)").orElseThrow().jump().direction());
    }

    @Test
    void stripsJumpLinesFromTheEdges() {
        assertEquals("", JumpLine.strip("（下转二版）"));
        assertEquals("从会场内的建言献策。", JumpLine.strip("(上接一版)从会场内的建言献策。(下转第3版)"));
        assertEquals("他说(下转二版)是一句话", JumpLine.strip("他说(下转二版)是一句话"));
    }

    @Test
    void readsChineseNumerals() {
        assertEquals(1, ChineseNumber.parse("一"));
        assertEquals(10, ChineseNumber.parse("十"));
        assertEquals(12, ChineseNumber.parse("十二"));
        assertEquals(20, ChineseNumber.parse("二十"));
        assertEquals(25, ChineseNumber.parse("廿五"));
        assertEquals(99, ChineseNumber.parse("九十九"));
        assertEquals(2026, ChineseNumber.parse("二〇二六"));
        assertEquals(3683, ChineseNumber.parse("３６８３"));
    }
}
