package org.newspaperingest.structure;

import com.hankcs.hanlp.HanLP;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;

/**
 * Reads what a Chinese newspaper prints in its masthead about the issue: the title ({@code 朝陽報}), the issue
 * number ({@code 第3683期}), the date ({@code 2026年3月13日}), the number of pages ({@code 本期4版}), the weekday
 * ({@code 星期五}) and the lunar date ({@code 农历丙午年正月廿五}).
 *
 * <p>The masthead fills what {@code issue.json} leaves open (the ingest puts the sidecar over it); a
 * {@link Masthead} tells where the values a library gave differ from what it reads.
 */
public final class MastheadReader {

    /** What one masthead says; every part may be missing or unreadable. */
    public record Masthead(Optional<String> title, Optional<String> number, Optional<LocalDate> date,
                           Optional<Integer> pageCount, Optional<DayOfWeek> weekday, Optional<String> lunarDate) {

        public static Masthead empty() {
            return new Masthead(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        /** The base with what the masthead reads put over it: title, date, number, and the lunar date as a note. */
        public IssueMetadata over(IssueMetadata base) {
            List<String> notes = lunarDate.map(List::of).orElse(List.of());
            return new IssueMetadata(title.orElse(base.title()), date.or(base::date), number.or(base::number),
                    base.edition(), base.language(), base.pageLabels(), notes.isEmpty() ? base.notes() : notes);
        }

        /**
         * Where values the library gave (in {@code issue.json}) differ from what the masthead reads, one warning
         * each, in the order title, number, date. 朝阳报 and 朝陽報 are one title; 3683 and 第三六八三期 one number.
         */
        public List<String> disagreements(Optional<String> givenTitle, Optional<String> givenNumber,
                                          Optional<LocalDate> givenDate) {
            List<String> warnings = new ArrayList<>();
            givenTitle.ifPresent(given -> title.ifPresent(printed -> {
                if (!sameTitle(given, printed)) {
                    warnings.add("title: issue.json says \"" + given + "\", the masthead reads \"" + printed + "\"");
                }
            }));
            givenNumber.ifPresent(given -> number.ifPresent(printed -> {
                if (!sameNumber(given, printed)) {
                    warnings.add("issue number: issue.json says " + given + ", the masthead reads 第" + printed + "期");
                }
            }));
            givenDate.ifPresent(given -> date.ifPresent(printed -> {
                if (!given.equals(printed)) {
                    warnings.add("date: issue.json says " + given + ", the masthead reads " + printed);
                }
            }));
            return warnings;
        }

        /**
         * The masthead's weekday against the issue's final date and its page count against the pages scanned:
         * one warning each where they differ.
         */
        public List<String> inconsistencies(IssueMetadata issue, int scannedPages) {
            List<String> warnings = new ArrayList<>();
            weekday.ifPresent(printed -> issue.date().ifPresent(date -> {
                if (date.getDayOfWeek() != printed) {
                    warnings.add("weekday: the masthead reads " + chineseWeekday(printed) + " but " + date + " is a "
                            + chineseWeekday(date.getDayOfWeek()));
                }
            }));
            pageCount.ifPresent(count -> {
                if (count != scannedPages) {
                    warnings.add("pages: the masthead reads 本期" + count + "版 but " + scannedPages
                            + (scannedPages == 1 ? " page was" : " pages were") + " scanned");
                }
            });
            return warnings;
        }
    }

    private static final String SPACE = "[\\s\\u3000]*";
    private static final String CHINESE_DIGITS = "〇零○一二三四五六七八九十";
    private static final Pattern TITLE = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:日报|晚报|周报|时报|日報|晚報|週報|時報|报|報|周刊|週刊)");
    private static final Pattern NUMBER = Pattern.compile("(总" + SPACE + ")?第" + SPACE + "([0-9０-９]+)" + SPACE + "期");
    private static final Pattern DATE = Pattern.compile(
            "([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})" + SPACE + "年" + SPACE
            + "([0-9０-９]{1,2}|[" + CHINESE_DIGITS + "]{1,3})" + SPACE + "月" + SPACE
            + "([0-9０-９]{1,2}|[" + CHINESE_DIGITS + "]{1,3})" + SPACE + "[日号]");
    private static final Pattern PAGES = Pattern.compile(
            "(?:本期|今日|今天|本报今日)" + SPACE + "(?:共" + SPACE + ")?([0-9０-９]{1,3}|[" + CHINESE_DIGITS + "]{1,3})" + SPACE + "[版页]");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|礼拜|禮拜)" + SPACE + "([一二三四五六日天])");
    private static final Pattern LUNAR = Pattern.compile(
            "(?:农历|農曆|夏历)" + SPACE + "((?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]" + SPACE + "年" + SPACE + ")?"
            + "闰?[正一二三四五六七八九十冬腊臘]{1,2}" + SPACE + "月" + SPACE
            + "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十))");

    private MastheadReader() {
    }

    /** Reads the masthead blocks of a page (usually the front page); an empty masthead if it has none. */
    public static Masthead read(Page page) {
        String text = page.blocks().stream().filter(b -> b.type() == BlockType.MASTHEAD)
                .flatMap(b -> b.lines().stream()).map(Line::text).collect(Collectors.joining("\n"));
        return read(text);
    }

    /** Reads masthead text; lines may be separated by line breaks or run together as OCR gave them. */
    public static Masthead read(String text) {
        Optional<String> title = Optional.empty();
        for (String line : text.split("\\R")) {
            Matcher matcher = TITLE.matcher(line.replaceAll("[\\s\\u3000]", ""));
            if (matcher.find()) {
                title = Optional.of(matcher.group());
                break;
            }
        }
        Matcher number = NUMBER.matcher(text);
        Optional<String> issueNumber = Optional.empty();
        while (number.find()) {
            // A running total (总第…期) is the number a library files the issue under.
            if (issueNumber.isEmpty() || number.group(1) != null) {
                issueNumber = Optional.of(String.valueOf(ChineseNumber.parse(number.group(2))));
            }
        }
        Optional<LocalDate> date = Optional.empty();
        Matcher dateMatcher = DATE.matcher(text);
        while (date.isEmpty() && dateMatcher.find()) {
            try {
                date = Optional.of(LocalDate.of(ChineseNumber.parse(dateMatcher.group(1)),
                        ChineseNumber.parse(dateMatcher.group(2)), ChineseNumber.parse(dateMatcher.group(3))));
            } catch (DateTimeException | NumberFormatException e) {
                // A misread date (3月32日) is no date; the sidecar or the folder name will have to tell.
            }
        }
        Matcher pages = PAGES.matcher(text);
        Optional<Integer> pageCount = pages.find() ? Optional.of(ChineseNumber.parse(pages.group(1))) : Optional.empty();
        Matcher weekday = WEEKDAY.matcher(text);
        Optional<DayOfWeek> dayOfWeek = weekday.find()
                ? Optional.of(DayOfWeek.of("一二三四五六日天".indexOf(weekday.group(1)) % 7 + 1)) : Optional.empty();
        Matcher lunar = LUNAR.matcher(text);
        Optional<String> lunarDate = lunar.find()
                ? Optional.of("农历" + lunar.group(1).replaceAll("[\\s\\u3000]", "")) : Optional.empty();
        return new Masthead(title, issueNumber, date, pageCount, dayOfWeek, lunarDate);
    }

    /** 朝阳报, 朝陽報 and 朝阳 报 are one title. */
    private static boolean sameTitle(String a, String b) {
        return Objects.equals(simplified(a), simplified(b));
    }

    private static String simplified(String title) {
        String compact = title.replaceAll("[\\s\\u3000]", "");
        return compact.codePoints().allMatch(c -> c < 0x80) ? compact : HanLP.convertToSimplifiedChinese(compact);
    }

    private static boolean sameNumber(String given, String printed) {
        String digits = given.replaceAll("[^0-9０-９]", "");
        try {
            return !digits.isEmpty() && ChineseNumber.parse(digits) == ChineseNumber.parse(printed);
        } catch (NumberFormatException e) {
            return given.strip().equals(printed);
        }
    }

    private static String chineseWeekday(DayOfWeek day) {
        return "星期" + "一二三四五六日".charAt(day.getValue() - 1);
    }
}
