package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Box;

/** How PP-OCR's and Tesseract's readings of one vertical traditional column are merged. */
class ColumnVoteTest {

    @Test
    void aCharacterPaddleDroppedIsTakenFromASureTesseract() {
        // 贛南高安發生激烈爭奪戰: PP-OCR dropped the last character, Tesseract read it surely
        List<RecognisedChar> paddle = chars("贛南高安發生激烈爭奪", 0.99);
        List<RecognisedChar> tesseract = chars("贛南高安發生激烈爭奪戰", 0.99);
        assertEquals("贛南高安發生激烈爭奪戰", text(ColumnVote.merge(paddle, tesseract)));
    }

    @Test
    void tesseractAloneMustBeSureAndNeverLatin() {
        List<RecognisedChar> paddle = chars("重要據點", 0.99);
        List<RecognisedChar> tesseract = new ArrayList<>(chars("重要據點", 0.99));
        tesseract.add(0, new RecognisedChar("7", new Box(0, 0, 10, 10), 0.99, false));
        tesseract.add(new RecognisedChar("屋", new Box(0, 50, 10, 10), 0.8, false));
        assertEquals("重要據點", text(ColumnVote.merge(paddle, tesseract)));
    }

    @Test
    void paddleStandsUnlessTesseractIsFarSurer() {
        List<RecognisedChar> paddle = new ArrayList<>(chars("說明", 0.9));
        paddle.set(0, new RecognisedChar("艳", paddle.get(0).box(), 0.3, false));
        assertEquals("說明", text(ColumnVote.merge(paddle, chars("說明", 0.95))));
        assertEquals("艳明", text(ColumnVote.merge(paddle, chars("說明", 0.6))));
    }

    @Test
    void aLostTesseractReadingLeavesPaddleAlone() {
        List<RecognisedChar> paddle = chars("作爲攻擊之根據", 0.5);
        assertEquals("作爲攻擊之根據", text(ColumnVote.merge(paddle, chars("作", 0.99))));
    }

    @Test
    void aPageIsJudgedTraditionalByALowerShareThanAReading() {
        // a traditional page read by PP-OCR: one Han character in ten in a traditional-only form
        String page = "国军反攻南昌战事".repeat(40) + "國軍與戰報".repeat(8);
        assertTrue(ChineseScript.looksTraditionalPage(page));
        assertFalse(ChineseScript.looksTraditional(page));
        assertFalse(ChineseScript.looksTraditionalPage("区政协召开十四届二十五次常委会议".repeat(30) + "國"));
    }

    private static List<RecognisedChar> chars(String text, double confidence) {
        List<RecognisedChar> chars = new ArrayList<>();
        int y = 0;
        for (int cp : text.codePoints().toArray()) {
            chars.add(new RecognisedChar(new String(Character.toChars(cp)), new Box(0, y, 10, 10), confidence, false));
            y += 10;
        }
        return chars;
    }

    private static String text(List<RecognisedChar> chars) {
        return chars.stream().map(RecognisedChar::text).collect(Collectors.joining());
    }
}
