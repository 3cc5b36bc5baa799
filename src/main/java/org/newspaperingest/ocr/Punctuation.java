package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;

/**
 * Restores full-width punctuation where a model wrote the ASCII mark inside Chinese text. Chinese type sets
 * {@code ，；：？！（）} full-width; Tesseract and PP-OCR often answer with the ASCII
 * look-alike. A mark is changed only when a Chinese character stands on either side of it, so
 * {@code 3,5} or {@code G50:} stay as they are. A run of three or more dots ({@code ·····}), PP-OCR's
 * usual reading of the Chinese ellipsis, becomes {@code ……}.
 */
final class Punctuation {

    private static final String ASCII = ",;:?!()";
    private static final String FULL_WIDTH = "，；：？！（）";
    private static final List<String> DOTS = List.of("·", ".", "・", "•");

    private Punctuation() {
    }

    static List<RecognisedChar> restoreFullWidth(List<RecognisedChar> chars) {
        return restoreWidth(restoreEllipsis(chars));
    }

    private static List<RecognisedChar> restoreEllipsis(List<RecognisedChar> chars) {
        List<RecognisedChar> result = new ArrayList<>(chars.size());
        int i = 0;
        while (i < chars.size()) {
            int end = i;
            while (end < chars.size() && DOTS.contains(chars.get(end).text())) {
                end++;
            }
            if (end - i >= 3) {
                int middle = i + (end - i) / 2;
                result.add(ellipsis(chars.subList(i, middle)));
                result.add(ellipsis(chars.subList(middle, end)));
                i = end;
            } else {
                result.add(chars.get(i));
                i++;
            }
        }
        return result;
    }

    private static RecognisedChar ellipsis(List<RecognisedChar> dots) {
        Box box = Box.enclosing(dots.stream().map(RecognisedChar::box).toList());
        double confidence = dots.stream().mapToDouble(RecognisedChar::confidence).min().orElse(0);
        return new RecognisedChar("…", box, confidence, false);
    }

    private static List<RecognisedChar> restoreWidth(List<RecognisedChar> chars) {
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
