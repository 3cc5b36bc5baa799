package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores full-width punctuation where a model wrote the ASCII mark inside Chinese text. Chinese type sets
 * {@code ，；：？！（）} full-width; Tesseract's vertical models and PP-OCR often answer with the ASCII
 * look-alike. A mark is changed only when a Chinese character stands on either side of it, so
 * {@code 3,5} or {@code G50:} stay as they are.
 */
final class Punctuation {

    private static final String ASCII = ",;:?!()";
    private static final String FULL_WIDTH = "，；：？！（）";

    private Punctuation() {
    }

    static List<RecognisedChar> restoreFullWidth(List<RecognisedChar> chars) {
        List<RecognisedChar> result = new ArrayList<>(chars.size());
        for (int i = 0; i < chars.size(); i++) {
            RecognisedChar c = chars.get(i);
            int index = c.text().length() == 1 ? ASCII.indexOf(c.text().charAt(0)) : -1;
            if (index >= 0 && (isHan(chars, i - 1) || isHan(chars, i + 1))) {
                c = new RecognisedChar(String.valueOf(FULL_WIDTH.charAt(index)), c.box(), c.confidence(),
                        false);
            }
            result.add(c);
        }
        return result;
    }

    private static boolean isHan(List<RecognisedChar> chars, int i) {
        if (i < 0 || i >= chars.size()) {
            return false;
        }
        int c = chars.get(i).text().codePointAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
