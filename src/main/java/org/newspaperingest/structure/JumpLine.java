package org.newspaperingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A jump line that links the parts of an article printed on different pages: {@code (下转二版)} at the end
 * of the first part, {@code (上接一版)} at the start of the continuation.
 *
 * <p>Printed forms vary by paper and by typesetter: with or without brackets (full- or half-width), with or
 * without {@code 第}, with Chinese ({@code 二}, {@code 十二}) or Arabic ({@code 2}, {@code ２}) numerals, with
 * {@code 版} or {@code 页}, and with the letter of a section folio ({@code （下转A03版）}, {@code 转A3版},
 * {@code （上接A01版）}; the page is the number within the section). OCR adds stray spaces, so whitespace between the parts is allowed.
 *
 * @param direction  {@link Direction#TO} for "continued on", {@link Direction#FROM} for "continued from"
 * @param targetPage the printed number of the page the line points to
 * @param printed    the jump line exactly as it stands in the text
 */
public record JumpLine(Direction direction, int targetPage, String printed) {

    public enum Direction { TO, FROM }

    /** Where a jump line was found inside a longer text, so the caller can split it off. */
    public record Found(JumpLine jump, int start, int end) {
        /** The text without the jump line, e.g. the body text before a trailing {@code (下转二版)}. */
        public String remainder(String text) {
            return (text.substring(0, start) + text.substring(end)).strip();
        }
    }

    private static final String SPACE = "[\\s\\u3000]*";
    private static final String OPEN = "[(（〔【\\[]";
    private static final String CLOSE = "[)）〕】\\]]";
    private static final String NUMBER =
            "([0-9０-９](?:" + SPACE + "[0-9０-９])?|[一二三四五六七八九十两兩](?:" + SPACE + "[一二三四五六七八九十两兩]){0,2})";
    /** 下转 / 转 / 转至 / 转见 (continued on) or 上接 / 接 / 承 (continued from); traditional 轉, 見 too. */
    private static final String TURN = "[转轉]";
    private static final String VERB = "(下" + SPACE + TURN + "(?:至|[见見])?|" + TURN + "(?:至|[见見])?|上" + SPACE
            + "接|接|承)";
    /** The letter of a section folio ({@code A03}): pages are numbered within sections. */
    private static final String SECTION = "(?:[A-Za-zＡ-Ｚａ-ｚ]" + SPACE + ")?";
    private static final String CORE = VERB + SPACE + "(?:第" + SPACE + ")?" + SECTION + NUMBER + SPACE + "[版页頁]";

    /** In brackets any verb will do; bare, only the unambiguous 下转 / 上接 count as a jump. */
    private static final String BRACKETED = OPEN + SPACE + CORE + SPACE + CLOSE;
    private static final String BARE = "(下" + SPACE + TURN + "|上" + SPACE + "接)" + SPACE + "(?:第" + SPACE + ")?"
            + SECTION + NUMBER + SPACE + "[版页頁]"
            // bare 转 / 接 only before a section folio (转A3版): without brackets or 下/上 a plain 转三版 is prose
            + "|(" + TURN + "|接)" + SPACE + "[A-Za-zＡ-Ｚａ-ｚ]" + SPACE + NUMBER + SPACE + "[版页頁]";

    /** A speck read as a mark beside a jump line standing alone (、（上接一版）): noise, not text. */
    private static final String SPECKS = "[\\s\\u3000、，。・·.,'`‘’:：;；]*";
    private static final Pattern WHOLE = Pattern.compile(
            "^" + SPECKS + "(?:" + BRACKETED + "|" + BARE + ")" + SPECKS + "$");
    private static final Pattern AT_END = Pattern.compile(
            "(?:" + BRACKETED + "|" + BARE + ")" + SPACE + "$");
    private static final Pattern AT_START = Pattern.compile(
            "^" + SPACE + "(?:" + BRACKETED + "|" + BARE + ")");

    /** Reads a text that is nothing but a jump line, such as a block of class {@code jump}. */
    public static Optional<JumpLine> parse(String text) {
        Matcher matcher = WHOLE.matcher(text);
        return matcher.find() ? Optional.of(of(matcher, text)) : Optional.empty();
    }

    /** Finds a jump line closing a text: {@code ...的“新质力”。(下转二版)}. */
    public static Optional<Found> atEnd(String text) {
        return find(AT_END, text);
    }

    /** Finds a jump line opening a text: {@code (上接一版)从会场内的建言献策...}. */
    public static Optional<Found> atStart(String text) {
        return find(AT_START, text);
    }

    /** A jump line standing alone, or at the end or the start of the text (in that order of preference). */
    public static Optional<Found> anywhereAtEdge(String text) {
        Optional<Found> whole = find(WHOLE, text);
        if (whole.isPresent()) {
            return whole;
        }
        Optional<Found> end = atEnd(text);
        return end.isPresent() ? end : atStart(text);
    }

    /** The text without the jump lines at its edges: the story's own words ({@code ""} for a jump line alone). */
    public static String strip(String text) {
        if (parse(text).isPresent()) {
            return "";
        }
        String rest = atEnd(text).map(found -> found.remainder(text)).orElse(text);
        return atStart(rest).map(found -> found.remainder(rest)).orElse(rest);
    }

    private static Optional<Found> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Found(of(matcher, text), matcher.start(), matcher.end()));
    }

    private static JumpLine of(Matcher matcher, String text) {
        // Groups 1-2 belong to the bracketed form, 3-4 to the bare form, 5-6 to the bare section form.
        String verb = matcher.group(1) != null ? matcher.group(1) : matcher.group(3) != null ? matcher.group(3)
                : matcher.group(5);
        String number = matcher.group(2) != null ? matcher.group(2) : matcher.group(4) != null ? matcher.group(4)
                : matcher.group(6);
        Direction direction = verb.contains("转") || verb.contains("轉") ? Direction.TO : Direction.FROM;
        String printed = text.substring(matcher.start(), matcher.end()).strip();
        return new JumpLine(direction, ChineseNumber.parse(number), printed);
    }
}
