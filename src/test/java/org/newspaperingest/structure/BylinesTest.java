package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newspaperingest.model.Article.Name;

class BylinesTest {

    @Test
    void readsTheDatelineOpeningAParagraph() {
        String paragraph = "本报讯(记者高鹏飞)3月11日下午,2026年朝阳区精神文明建设工作会议召开";
        Bylines.Found found = Bylines.leading(paragraph).orElseThrow();
        assertEquals(List.of(new Name("高鹏飞", "记者", "本报讯(记者高鹏飞)")), found.names());
        assertEquals("3月11日下午,2026年朝阳区精神文明建设工作会议召开", found.remainder(paragraph));
    }

    @Test
    void readsFullWidthBracketsAndLongerRoles() {
        assertEquals(List.of(new Name("张世玉", "首席记者", "本报讯（首席记者张世玉）")),
                Bylines.parse("本报讯（首席记者张世玉）"));
        assertEquals(List.of(new Name("张世玉", "首席记者", "(首席记者张世玉)")), Bylines.parse("(首席记者张世玉)"));
        assertEquals(List.of(new Name("李明", "记者", "本报北京3月12日电（记者 李明）")),
                Bylines.parse("本报北京3月12日电（记者 李明）"));
    }

    @Test
    void readsTraditionalCharacters() {
        assertEquals(List.of(new Name("王建偉", "記者", "本報訊（記者王建偉）")), Bylines.parse("本報訊（記者王建偉）"));
        assertEquals(List.of(new Name("張三", "攝影", "(記者 張三 攝)")), Bylines.parse("(記者 張三 攝)"));
    }

    @Test
    void readsABylineLineWithSeveralRoles() {
        String printed = "记者 王建伟 通讯员 李某";
        assertEquals(List.of(new Name("王建伟", "记者", printed), new Name("李某", "通讯员", printed)),
                Bylines.parse(printed));
        assertEquals(List.of(new Name("王建伟", "记者", "记者王建伟通讯员李某"), new Name("李某", "通讯员", "记者王建伟通讯员李某")),
                Bylines.parse("记者王建伟通讯员李某"));
        String two = "记者 张三 李四";
        assertEquals(List.of(new Name("张三", "记者", two), new Name("李四", "记者", two)), Bylines.parse(two));
    }

    @Test
    void readsTheAuthorClosingAnArticle() {
        String last = "未来,朝阳区将持续锚定高质量发展目标,不断激活集体经济发展新动能。(陈芳芳)";
        Bylines.Found found = Bylines.trailing(last).orElseThrow();
        assertEquals(List.of(new Name("陈芳芳", "作者", "(陈芳芳)")), found.names());
        assertEquals("未来,朝阳区将持续锚定高质量发展目标,不断激活集体经济发展新动能。", found.remainder(last));
        assertEquals(List.of(new Name("欧阳沁", "作者", "（欧阳沁）")), Bylines.parse("（欧阳沁）"));
    }

    @Test
    void readsPhotoCredits() {
        assertEquals(List.of(new Name("张三", "摄影", "(记者 张三 摄)")), Bylines.parse("(记者 张三 摄)"));
        assertEquals(List.of(new Name("王五", "摄影", "王五摄")), Bylines.parse("王五摄"));
        assertEquals(List.of(new Name("李四", "摄影", "图/李四")), Bylines.parse("图/李四"));
        assertEquals(List.of(new Name("赵六", "文/图", "文/图 赵六")), Bylines.parse("文/图 赵六"));
        assertEquals(List.of(new Name("文静", "记者", "记者文静")), Bylines.parse("记者文静"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"《“共商美好·京华议事厅”协商办法(试行)》", "项目就全面复工了(正月初七)",
            "区委书记吴小杰强调(下转二版)", "会议审议通过了(草案)"})
    void takesNoBracketedRemarkForAName(String text) {
        assertTrue(Bylines.trailing(text).isEmpty(), text);
    }

    @Test
    void takesNoOpeningRemarkForAByline() {
        assertTrue(Bylines.leading("(正月初七)项目就全面复工了").isEmpty());
        assertTrue(Bylines.leading("3月11日下午,会议召开").isEmpty());
        assertTrue(Bylines.parse("区委书记吴小杰到首都经济贸易大学开展调研").isEmpty());
    }

    @Test
    void aDatelineWithReportersOpensAReport() {
        assertTrue(Bylines.opensReport("本报讯（记者高鹏飞）3月11日下午，会议召开。"));
        assertTrue(Bylines.opensReport("新华社北京3月12日电（记者张三）"));
        assertFalse(Bylines.opensReport("（记者 王建伟）"), "the reporters alone, no dateline");
        assertFalse(Bylines.opensReport("会上，区委书记讲话。（陈芳芳）"));
    }
}
