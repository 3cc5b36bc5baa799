package org.newspaperingest.samples;

import com.hankcs.hanlp.HanLP;
import java.util.Map;

/**
 * How the seed's OCR text looks in print. The seed has ASCII brackets, commas and colons where the paper
 * prints full-width ones; the renderer sets the printed form, and the ground truth records what it set.
 */
final class PrintedForm {

    private static final Map<Character, Character> FULL_WIDTH = Map.of(
            '(', '（', ')', '）', ',', '，', ':', '：', ';', '；', '?', '？', '!', '！');

    /** Vertical presentation forms: what a vertical page prints for each punctuation mark. */
    private static final Map<Character, Character> VERTICAL = Map.ofEntries(
            Map.entry('，', '︐'), Map.entry('、', '︑'), Map.entry('。', '︒'), Map.entry('：', '︓'),
            Map.entry('；', '︔'), Map.entry('！', '︕'), Map.entry('？', '︖'), Map.entry('（', '︵'),
            Map.entry('）', '︶'), Map.entry('「', '﹁'), Map.entry('」', '﹂'), Map.entry('『', '﹃'),
            Map.entry('』', '﹄'), Map.entry('《', '︽'), Map.entry('》', '︾'), Map.entry('…', '︙'),
            Map.entry('—', '︱'), Map.entry('【', '︻'), Map.entry('】', '︼'));

    private PrintedForm() {
    }

    /**
     * Full-width punctuation where it stands next to Chinese text; ASCII kept inside Latin runs such as URLs
     * ({@code http://}).
     */
    static String of(String seedText) {
        StringBuilder out = new StringBuilder(seedText.length());
        for (int i = 0; i < seedText.length(); i++) {
            char c = seedText.charAt(i);
            Character full = FULL_WIDTH.get(c);
            if (full != null && (isWide(seedText, i - 1) || isWide(seedText, i + 1))) {
                out.append(full);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWide(String s, int i) {
        return i < 0 || i >= s.length() || s.charAt(i) >= 0x2E80;
    }

    /** Traditional characters as a Taiwan/Hong Kong paper prints them, with corner brackets for quotes. */
    static String traditional(String simplified) {
        String t = HanLP.convertToTraditionalChinese(simplified);
        return t.replace('“', '「').replace('”', '」').replace('‘', '『').replace('’', '』');
    }

    /** The glyph a vertical page draws for a character: its vertical presentation form where it has one. */
    static String verticalGlyph(String ch) {
        if (ch.length() != 1) {
            return ch;
        }
        Character v = VERTICAL.get(ch.charAt(0));
        return v == null ? ch : String.valueOf(v);
    }

    /**
     * Set on the em grid: hanzi, kana, full-width forms, and the general punctuation a CJK font draws full
     * width (curly quotes, dashes, ellipsis, middle dot).
     */
    static boolean isWide(int codePoint) {
        return codePoint >= 0x2E80 || codePoint >= 0x2010 && codePoint <= 0x206F || codePoint == 0xB7;
    }
}
