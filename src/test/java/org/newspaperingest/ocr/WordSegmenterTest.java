package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Word;

class WordSegmenterTest {

    private final WordSegmenter segmenter = new WordSegmenter();

    @Test
    void cutsChineseIntoWordsAndKeepsLatinAndDigitRunsWhole() {
        List<String> words = texts(segmenter.segment(chars("重型燃气轮机G50实现了突破，2026年CBD商圈")));
        assertEquals(List.of("重型", "燃气轮机", "G50", "实现", "了", "突破", "，", "2026", "年", "CBD", "商圈"),
                words);
    }

    @Test
    void aSpaceTheEngineSawSplitsLatinWordsOnly() {
        List<RecognisedChar> chars = new ArrayList<>(chars("AB CD"));
        List<String> words = texts(segmenter.segment(chars));
        assertEquals(List.of("AB", "CD"), words);
    }

    @Test
    void traditionalTextIsSegmentedLikeSimplified() {
        assertEquals(List.of("臺北市", "政府", "舉行", "記者會"), texts(segmenter.segment(chars("臺北市政府舉行記者會"))));
    }

    @Test
    void wordBoxIsTheUnionOfItsGlyphsAndConfidenceTheWeakest() {
        List<Word> words = segmenter.segment(chars("政府"));
        Word word = words.get(0);
        assertEquals(new Box(0, 0, 80, 40), word.box());
        assertEquals(2, word.glyphs().size());
        assertEquals(0.8, word.confidence(), 1e-9);
    }

    /** One 40-pixel cell per character; a space marks the next character as following a space. */
    private static List<RecognisedChar> chars(String text) {
        List<RecognisedChar> chars = new ArrayList<>();
        boolean space = false;
        int x = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            chars.add(new RecognisedChar(String.valueOf(c), new Box(x, 0, 40, 40), i % 2 == 0 ? 0.9 : 0.8, space));
            space = false;
            x += 40;
        }
        return chars;
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }
}
