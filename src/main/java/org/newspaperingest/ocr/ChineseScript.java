package org.newspaperingest.ocr;

import com.hankcs.hanlp.HanLP;
import java.util.Locale;

/**
 * Tells traditional Chinese text from simplified by its characters, for pages whose issue is catalogued
 * with the other script (a traditional supplement in a simplified paper, or a language tag set by folder
 * default). Most characters are shared; a character the simplified-to-traditional conversion tables change
 * is written only one way.
 */
public final class ChineseScript {

    /** Han characters a reading needs before its script is judged at all. */
    private static final int MIN_HAN = 8;
    /** Traditional-only characters needed before a reading counts as traditional, in number and share. */
    private static final int MIN_TRADITIONAL = 3;
    private static final double MIN_SHARE = 0.2;
    /** Han characters of a page judged by {@link #PAGE_MIN_SHARE}. */
    private static final int PAGE_MIN_HAN = 300;
    private static final double PAGE_MIN_SHARE = 0.05;

    private ChineseScript() {
    }

    /**
     * Whether a reading is traditional Chinese: enough of its Han characters exist only in traditional
     * writing. A simplified recogniser still reads many traditional characters it was shown in training
     * (區, 會, 報), so its reading of a traditional page shows them. Short readings are not judged: a few
     * misread characters would decide them.
     */
    public static boolean looksTraditional(String text) {
        int[] counts = counts(text);
        int han = counts[0];
        int traditional = counts[1];
        return han >= MIN_HAN && traditional >= MIN_TRADITIONAL && traditional >= MIN_SHARE * han;
    }

    /**
     * Whether a page's reading is traditional Chinese. PP-OCR's character list is mostly simplified, and it
     * reads many a traditional character of a real traditional page in its simplified form (國 as 国): on
     * two folds of a 1939 Shanghai paper only 9 and 11 % of the Han characters it read were
     * traditional-only, against under 1 % on simplified pages. A page with enough text is judged by a lower
     * share than a single reading is; a short page as a reading.
     */
    public static boolean looksTraditionalPage(String text) {
        int[] counts = counts(text);
        if (counts[0] < PAGE_MIN_HAN) {
            return looksTraditional(text);
        }
        return counts[1] >= PAGE_MIN_SHARE * counts[0];
    }

    /** Han characters, and those of them written so only in traditional Chinese. */
    private static int[] counts(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isHan(c)) {
                han++;
                String ch = new String(Character.toChars(c));
                if (!HanLP.convertToSimplifiedChinese(ch).equals(ch)) {
                    traditional++;
                }
            }
        }
        return new int[] {han, traditional};
    }

    /** Whether a language tag names traditional Chinese: {@code zh-Hant}, {@code zh-Hant-TW}, {@code zh-TW}, {@code zh-HK}. */
    public static boolean isTraditionalTag(String language) {
        if (language == null) {
            return false;
        }
        String tag = language.toLowerCase(Locale.ROOT);
        return tag.contains("hant") || tag.equals("zh-tw") || tag.equals("zh-hk") || tag.equals("zh-mo");
    }

    public static int hanCount(String text) {
        return (int) text.codePoints().filter(ChineseScript::isHan).count();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** A character written so only in simplified Chinese (阳, 会), never right in a traditional text. */
    static boolean isSimplifiedOnly(String ch) {
        return !HanLP.convertToTraditionalChinese(ch).equals(ch);
    }
}
