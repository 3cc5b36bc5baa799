package org.newspaperingest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Word;

class TextClassesTest {

    @Test
    void aShortBodyBlockThatIsAJumpLineBecomesAJump() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.BODY, "（下转二版）"));
        assertEquals(List.of(BlockType.JUMP), types(refined));
    }

    @Test
    void aBylineBlockIsRecognisedByItsText() {
        assertEquals(List.of(BlockType.BYLINE), types(TextClasses.refine(block(BlockType.BODY, "本报讯（记者高鹏飞）"))));
    }

    @Test
    void aJumpLineAtTheEndOfABodyColumnIsSplitOff() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.BODY,
                "以科技创新引领产业创新，以产业升级", "促进科技迭代，凝聚起高质量发展的", "“新质力”。", "（下转二版）"));
        assertEquals(List.of(BlockType.BODY, BlockType.JUMP), types(refined));
        assertEquals("（下转二版）", refined.get(1).text());
        assertEquals(3, refined.get(0).lines().size());
        assertEquals(refined.get(1).lines().get(0).box(), refined.get(1).box());
    }

    @Test
    void aBylineOpeningABodyBlockAndAJumpClosingItAreBothSplitOff() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.BODY,
                "本报讯（记者高鹏飞）", "3月11日下午，2026年朝阳区精神文明", "（下转二版）"));
        assertEquals(List.of(BlockType.BYLINE, BlockType.BODY, BlockType.JUMP), types(refined));
    }

    @Test
    void headlinesKeepTheirClassWhateverTheirText() {
        assertEquals(List.of(BlockType.HEADLINE), types(TextClasses.refine(block(BlockType.HEADLINE, "下转二版"))));
    }

    @Test
    void aLineLayoutTookForAJumpButIsPlainTextIsBody() {
        assertEquals(List.of(BlockType.BODY), types(TextClasses.refine(block(BlockType.JUMP, "共同驶向智能驾驶。"))));
    }

    @Test
    void aCaptionLayoutJoinedToTheBylineAndTextUnderItIsSplitOff() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.BODY,
                "图为深化区校战略合作相关现", "场。本报记者摄", "本报讯（首席记者张世玉）", "3月11日上午，区委书记吴小杰到"));
        assertEquals(List.of(BlockType.CAPTION, BlockType.BYLINE, BlockType.BODY), types(refined));
        assertEquals("图为深化区校战略合作相关现场。本报记者摄", refined.get(0).text());
    }

    @Test
    void aBylineInTheMiddleOfAColumnStartsTheNextStory() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.BODY,
                "作出新的更大贡献。", "本报讯（记者王建伟）", "3月12日下午，区政协召开十四届", "二十五次常委会议。"));
        assertEquals(List.of(BlockType.BODY, BlockType.BYLINE, BlockType.BODY), types(refined));
        assertEquals("作出新的更大贡献。", refined.get(0).text());
        assertEquals(2, refined.get(2).lines().size());
    }

    @Test
    void aCaptionTakenForAKickerIsACaption() {
        assertEquals(List.of(BlockType.CAPTION),
                types(TextClasses.refine(block(BlockType.KICKER, "图为街乡吹哨部门报到相关现场。本报记者摄"))));
        assertEquals(List.of(BlockType.KICKER), types(TextClasses.refine(block(BlockType.KICKER, "图说朝阳"))));
    }

    @Test
    void aBylineUnderAPhotoIsNoCaption() {
        assertEquals(List.of(BlockType.BYLINE), types(TextClasses.refine(block(BlockType.CAPTION, "本报讯（记者王建伟）"))));
        assertEquals(List.of(BlockType.CAPTION), types(TextClasses.refine(block(BlockType.CAPTION, "区政协召开常委会议现场"))));
    }

    @Test
    void aSentenceInTheFootMarginIsTheEndOfAColumnNotARunningFoot() {
        assertEquals(List.of(BlockType.BODY), types(TextClasses.refine(block(BlockType.FOLIO, "马力全力推进。"))));
        assertEquals(List.of(BlockType.FOLIO),
                types(TextClasses.refine(block(BlockType.FOLIO, "2026年3月13日 星期五"))));
        assertEquals(List.of(BlockType.FOLIO), types(TextClasses.refine(block(BlockType.FOLIO, "A03 要闻"))));
    }

    @Test
    void layoutGuessesAreSettledByTheText() {
        assertEquals(BlockType.JUMP, TextClasses.refine(BlockType.BODY, "（下转二版）"));
        assertEquals(BlockType.JUMP, TextClasses.refine(BlockType.BYLINE, "(上接一版)"));
        assertEquals(BlockType.JUMP, TextClasses.refine(BlockType.JUMP, "下轉3版"));
        assertEquals(BlockType.BYLINE, TextClasses.refine(BlockType.BODY, "本报讯（记者高鹏飞）"));
        assertEquals(BlockType.BYLINE, TextClasses.refine(BlockType.JUMP, "本報訊（首席記者張世玉）"));
        assertEquals(BlockType.BODY, TextClasses.refine(BlockType.JUMP, "的未来。"));
        assertEquals(BlockType.BODY, TextClasses.refine(BlockType.BYLINE, "3月11日下午，2026年朝阳区精神文明建设工作会议召开"));
        assertEquals(BlockType.HEADLINE, TextClasses.refine(BlockType.HEADLINE, "本报讯"));
        assertEquals(BlockType.JUMP, TextClasses.refine(BlockType.CAPTION, "（下转二版）"));
        assertEquals(BlockType.CAPTION, TextClasses.refine(BlockType.CAPTION, "图为会议现场"));
    }

    @Test
    void aBylineWrappedOverTwoBlocksIsOneBlock() {
        List<TextClasses.Draft> joined = TextClasses.joinWrapped(List.of(line(100, "本报讯（首席记者"),
                line(160, "张世玉", "）"), line(220, "3月11日", "上午", "，", "区委书记")));
        assertEquals(List.of(BlockType.BYLINE, BlockType.BODY), types(joined));
        assertEquals("本报讯（首席记者张世玉）", joined.get(0).text());
        assertEquals(2, joined.get(0).lines().size());
    }

    @Test
    void theEndOfAWrappedBylineIsCutOffTheStorysFirstLine() {
        List<TextClasses.Draft> joined = TextClasses.joinWrapped(List.of(line(100, "本报讯（记者高鹏"),
                line(160, "飞", "）", "3月11日", "下午")));
        assertEquals(List.of(BlockType.BYLINE, BlockType.BODY), types(joined));
        assertEquals("本报讯（记者高鹏飞）", joined.get(0).text());
        assertEquals("3月11日下午", joined.get(1).text());
        assertEquals(new Box(100 + 2 * 40, 160, 7 * 40, 40), joined.get(1).lines().get(0).box());
    }

    @Test
    void theLastLineOfACaptionIsTakenBackFromTheKickerUnderIt() {
        TextClasses.Draft caption = line(100, "图为朝阳集体产业项目相关现").as(BlockType.CAPTION);
        TextClasses.Draft tail = line(160, "场", "。", "本报记者", "摄");
        TextClasses.Draft kicker = line(220, "跑出加速度");
        TextClasses.Draft under = new TextClasses.Draft(BlockType.KICKER, tail.box().union(kicker.box()),
                Direction.HORIZONTAL, List.of(tail.lines().get(0), kicker.lines().get(0)), "zh-Hans");
        List<TextClasses.Draft> joined = TextClasses.joinWrapped(List.of(caption, under));
        assertEquals(List.of(BlockType.CAPTION, BlockType.KICKER), types(joined));
        assertEquals("图为朝阳集体产业项目相关现场。本报记者摄", joined.get(0).text());
        assertEquals("跑出加速度", joined.get(1).text());
    }

    @Test
    void aKickerSetCloseUnderACaptionIsSplitOffIt() {
        List<TextClasses.Draft> refined = TextClasses.refine(block(BlockType.CAPTION,
                "图为政绩观连着发展观相关现", "场。本报记者摄", "乡村振兴观察"));
        assertEquals(List.of(BlockType.CAPTION, BlockType.KICKER), types(refined));
        assertEquals("乡村振兴观察", refined.get(1).text());
    }

    @Test
    void aLineThatIsNoBylineOpeningIsLeftAlone() {
        List<TextClasses.Draft> blocks = List.of(line(100, "会议强调，要立足"), line(160, "新起点", "，", "以产学研"));
        assertEquals(blocks, TextClasses.joinWrapped(blocks));
    }

    private static List<BlockType> types(List<TextClasses.Draft> drafts) {
        return drafts.stream().map(TextClasses.Draft::type).toList();
    }

    /** A body block of one line at height y, of the words given, 40 px characters. */
    private static TextClasses.Draft line(int y, String... words) {
        List<Word> line = new ArrayList<>();
        int x = 100;
        for (String text : words) {
            Box box = new Box(x, y, 40 * text.length(), 40);
            line.add(new Word(text, box, 0.9, List.of()));
            x += box.width();
        }
        Box box = new Box(100, y, x - 100, 40);
        return new TextClasses.Draft(BlockType.BODY, box, Direction.HORIZONTAL, List.of(new Line(box, line)), "zh-Hans");
    }

    /** A horizontal block with one line per text, 40 px characters, lines 60 px apart. */
    private static TextClasses.Draft block(BlockType type, String... lineTexts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < lineTexts.length; i++) {
            String text = lineTexts[i];
            int y = 100 + 60 * i;
            List<Glyph> glyphs = new ArrayList<>();
            for (int c = 0; c < text.length(); c++) {
                glyphs.add(new Glyph(text.substring(c, c + 1), new Box(100 + 40 * c, y, 40, 40), 0.9));
            }
            Box lineBox = new Box(100, y, 40 * text.length(), 40);
            lines.add(new Line(lineBox, List.of(new Word(text, lineBox, 0.9, glyphs))));
        }
        Box box = Box.enclosing(lines.stream().map(Line::box).toList());
        return new TextClasses.Draft(type, box, Direction.HORIZONTAL, lines, "zh-Hans");
    }
}
