package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the two readings of a traditional column are merged, and how traditional writing is recognised. */
class StripReadingTest {

    @Test
    void traditionalWritingIsToldFromSimplified() {
        assertTrue(ChineseScript.looksTraditional("區政協召開十四屆二十五次常委會議"));
        assertFalse(ChineseScript.looksTraditional("区政协召开十四届二十五次常委会议"));
        assertFalse(ChineseScript.looksTraditional("朝陽報"), "too short to judge: a masthead, a folio");
    }

    @Test
    void traditionalLanguageTags() {
        for (String tag : new String[] {"zh-Hant", "zh-Hant-TW", "zh-TW", "zh-HK"}) {
            assertTrue(ChineseScript.isTraditionalTag(tag), tag);
        }
        for (String tag : new String[] {"zh-Hans", "zh-CN", "zh", "en"}) {
            assertFalse(ChineseScript.isTraditionalTag(tag), tag);
        }
    }

    @Test
    void aMarkIsNeverPairedWithACharacter() {
        // Tesseract read 會、說明, PP-OCR 會，明 (it dropped 說)
        int[] partner = StripReading.align(new String[] {"會", "、", "說", "明"}, new String[] {"會", "，", "明"});
        assertArrayEquals(new int[] {0, 1, -1, 2}, partner);
    }

    @Test
    void paddleOverrulesOnlyWhereTesseractIsUnsure() {
        List<StripReading.Read> reads = StripReading.merge(
                symbols("爲", 0.99, "誤", 0.80, "朝", 0.99, "萌", 0.90),
                0, hits("為", 0.70, "爲", 0.70, "朝", 1.00, "阳", 0.90));
        assertEquals(List.of("爲", "爲", "朝", "萌"), reads.stream().map(StripReading.Read::text).toList(),
                "a sure Tesseract character stands; a simplified-only PP-OCR reading never replaces one");
    }

    @Test
    void aLostTesseractLineGivesWayToPaddle() {
        List<StripReading.Read> reads = StripReading.merge(symbols("P", 0.5),
                0, hits("李", 0.9, "佩", 0.9, "連", 0.9, "文", 0.9));
        assertEquals(List.of("李", "佩", "連", "文"), reads.stream().map(StripReading.Read::text).toList());
    }

    private static List<TesseractEngine.Symbol> symbols(Object... textAndConfidence) {
        List<TesseractEngine.Symbol> symbols = new ArrayList<>();
        for (int i = 0; i < textAndConfidence.length; i += 2) {
            int x = 50 * (i / 2);
            symbols.add(new TesseractEngine.Symbol((String) textAndConfidence[i], x, 0, x + 40, 40,
                    (Double) textAndConfidence[i + 1]));
        }
        return symbols;
    }

    private static List<TextRecognizer.Hit> hits(Object... textAndConfidence) {
        List<TextRecognizer.Hit> hits = new ArrayList<>();
        for (int i = 0; i < textAndConfidence.length; i += 2) {
            int x = 50 * (i / 2);
            hits.add(new TextRecognizer.Hit((String) textAndConfidence[i], x, x + 40,
                    (Double) textAndConfidence[i + 1], false));
        }
        return hits;
    }
}
