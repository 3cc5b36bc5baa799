package org.newspaperingest.structure;

/**
 * Reads the small numbers printed in newspapers: Arabic ({@code 12}, full-width {@code １２}), Chinese
 * counting numerals ({@code 十二}, {@code 二十五}, {@code 廿五}) and digit-by-digit Chinese ({@code 二〇二六}).
 */
final class ChineseNumber {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** @throws NumberFormatException if the text is not a number of these forms */
    static int parse(String text) {
        String s = text.replaceAll("[\\s\\u3000]", "");
        if (s.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        if (s.codePoints().allMatch(Character::isDigit)) {
            // Character.getNumericValue also reads full-width digits.
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = value * 10 + Character.getNumericValue(s.charAt(i));
            }
            return value;
        }
        if (s.indexOf('十') < 0 && s.indexOf('廿') < 0 && s.indexOf('卅') < 0) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = value * 10 + digit(s.charAt(i), text);
            }
            return value;
        }
        // Counting form below 100: [tens]十[units], 廿 = 20, 卅 = 30.
        char first = s.charAt(0);
        int tens;
        String rest;
        if (first == '廿' || first == '卅') {
            tens = first == '廿' ? 2 : 3;
            rest = s.substring(1);
        } else {
            int ten = s.indexOf('十');
            tens = ten == 0 ? 1 : digit(s.charAt(0), text);
            if (ten > 1) {
                throw new NumberFormatException("not a number: " + text);
            }
            rest = s.substring(ten + 1);
        }
        if (rest.length() > 1) {
            throw new NumberFormatException("not a number: " + text);
        }
        return tens * 10 + (rest.isEmpty() ? 0 : digit(rest.charAt(0), text));
    }

    private static int digit(char c, String text) {
        if (c == '零' || c == '○' || c == 'Ｏ') {
            return 0;
        }
        if (c == '两' || c == '兩') {
            return 2;
        }
        int value = DIGITS.indexOf(c);
        if (value < 0) {
            value = Character.isDigit(c) ? Character.getNumericValue(c) : -1;
        }
        if (value < 0) {
            throw new NumberFormatException("not a number: " + text);
        }
        return value;
    }
}
