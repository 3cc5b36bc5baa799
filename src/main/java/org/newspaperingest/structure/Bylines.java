package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspaperingest.model.Article;

/**
 * Reads the bylines of Chinese newspaper articles into names with roles.
 *
 * <p>Forms handled: a dateline with the reporters in brackets opening the first paragraph
 * ({@code 本报讯(记者高鹏飞)3月11日下午...}, {@code 本报北京3月12日电（首席记者张世玉）}); the same bracket alone;
 * a byline line ({@code 记者 王建伟 通讯员 李某}, {@code 文/图 张三}); and the author's name in brackets
 * closing the last paragraph ({@code ...新动能。(陈芳芳)}). A name with no role printed is the author (作者);
 * {@code 张三 摄} is a photographer (摄影).
 */
public final class Bylines {

    /** A byline found in a text: the names, the byline as printed, and where it stands. */
    public record Found(List<Article.Name> names, String printed, int start, int end) {
        public Found {
            names = List.copyOf(names);
        }

        /** The text with the byline cut out: the running text of the paragraph. */
        public String remainder(String text) {
            return (text.substring(0, start) + text.substring(end)).strip();
        }
    }

    public static final String AUTHOR = "作者";
    public static final String PHOTOGRAPHER = "摄影";

    /** Role words as printed, longest first so that 首席记者 wins over 记者. */
    private static final List<String> ROLES = List.of(
            "融媒体记者", "首席记者", "特约记者", "实习记者", "见习记者", "驻站记者", "本报记者", "摄影记者", "全媒体记者",
            "特约通讯员", "通讯员", "实习生", "责任编辑", "记者", "摄影", "摄像", "编辑", "作者", "撰稿", "撰文",
            "文/图", "图/文", "文图", "图文", "文", "图", "摄",
            // as papers set in traditional characters print them
            "融媒體記者", "首席記者", "特約記者", "實習記者", "見習記者", "駐站記者", "本報記者", "攝影記者", "全媒體記者",
            "特約通訊員", "通訊員", "實習生", "責任編輯", "記者", "攝影", "攝像", "編輯", "撰稿", "文/圖", "圖/文", "圖", "攝");

    private static final String SEPARATORS = " \t\n\r\u3000、,，;；:：|/／";
    private static final String OPEN = "[(（]";
    private static final String CLOSE = "[)）]";
    private static final String SPACE = "[\\s\\u3000]*";

    /** 本报讯 / 本报北京3月12日电 / 新华社北京3月12日电: the dateline before the bracketed names. */
    private static final String DATELINE = "(?:本[报報]讯|本報訊|本[报報][^\\s()（）。，,]{0,12}?[电電]|[\\p{IsHan}]{2,6}社[^\\s()（）。，,]{0,12}?[电電])";
    private static final Pattern LEADING = Pattern.compile(
            "^" + SPACE + "(" + DATELINE + ")?" + SPACE + OPEN + "([^()（）]{2,40})" + CLOSE);
    private static final Pattern TRAILING = Pattern.compile(
            OPEN + "([^()（）]{2,40})" + CLOSE + SPACE + "$");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            + "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
            + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
            + "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
            + "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
            + "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
            + "哈湛宾戎勾茅利於居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
            + "陳張劉楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴羅許溫聶鄔";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "宇文", "长孙", "端木", "独孤", "西门", "南宫", "呼延",
            "钟离", "轩辕", "申屠", "澹台", "太史", "闻人", "赫连", "百里", "淳于", "司空", "歐陽", "司馬");

    private Bylines() {
    }

    /**
     * Reads a text that is a byline and nothing else, such as a block of class {@code byline}:
     * {@code 本报讯（首席记者张世玉）}, {@code 记者 王建伟 通讯员 李某}, {@code (陈芳芳)}.
     */
    public static List<Article.Name> parse(String text) {
        String printed = text.strip();
        Optional<Found> leading = leading(printed);
        if (leading.isPresent() && leading.get().end() >= printed.length()) {
            return leading.get().names();
        }
        Optional<Found> trailing = trailing(printed);
        if (trailing.isPresent() && trailing.get().start() == 0) {
            return trailing.get().names();
        }
        return names(printed, printed, false);
    }

    /** The byline opening a paragraph: {@code 本报讯(记者高鹏飞)3月11日下午...}. */
    public static Optional<Found> leading(String text) {
        Matcher matcher = LEADING.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String printed = text.substring(matcher.start(), matcher.end()).strip();
        // Without a dateline, a bracket opening a paragraph is a byline only if it names a role.
        boolean dateline = matcher.group(1) != null;
        List<Article.Name> names = names(matcher.group(2), printed, !dateline);
        if (names.isEmpty() || !dateline && names.stream().allMatch(n -> n.role().equals(AUTHOR))) {
            return Optional.empty();
        }
        return Optional.of(new Found(names, printed, matcher.start(), matcher.end()));
    }

    /**
     * Whether the text opens with a dateline and the reporters in brackets ({@code 本报讯（记者高鹏飞）},
     * {@code 新华社北京3月12日电（记者张三）}): the opening of a report, printed once at its start.
     */
    public static boolean opensReport(String text) {
        Matcher matcher = LEADING.matcher(text);
        return matcher.find() && matcher.group(1) != null && leading(text).isPresent();
    }

    /** The byline closing an article: {@code ...新动能。(陈芳芳)} or {@code (记者 张三 摄)}. */
    public static Optional<Found> trailing(String text) {
        Matcher matcher = TRAILING.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String printed = text.substring(matcher.start(), matcher.end()).strip();
        List<Article.Name> names = names(matcher.group(1), printed, true);
        return names.isEmpty() ? Optional.empty() : Optional.of(new Found(names, printed, matcher.start(), matcher.end()));
    }

    /**
     * Splits the inside of a byline into role words and names. Returns nothing if any part is neither, so that
     * a bracketed remark such as {@code (试行)} is not taken for a name.
     *
     * @param strictBareNames a name printed without any role must start with a common surname
     */
    private static List<Article.Name> names(String content, String printed, boolean strictBareNames) {
        List<Article.Name> names = new ArrayList<>();
        String role = null;
        boolean rolePrinted = false;
        int i = 0;
        String s = content.strip();
        while (i < s.length()) {
            if (SEPARATORS.indexOf(s.charAt(i)) >= 0) {
                i++;
                continue;
            }
            String roleWord = roleAt(s, i);
            if (roleWord != null && !(roleWord.length() == 1 && continuesName(s, i))) {
                role = normalizedRole(roleWord);
                rolePrinted = true;
                i += roleWord.length();
                continue;
            }
            int end = nameEnd(s, i);
            String name = s.substring(i, end);
            String nameRole = role;
            if (name.length() >= 3 && isPhotoMark(name.charAt(name.length() - 1))) {
                nameRole = normalizedRole(name.substring(name.length() - 1));
                name = name.substring(0, name.length() - 1);
            }
            if (!isName(name, nameRole == null && strictBareNames)) {
                return List.of();
            }
            names.add(new Article.Name(name, nameRole == null ? AUTHOR : nameRole, printed));
            i = end;
            // "张三 摄": the photo credit's role word follows the name.
            int next = skipSeparators(s, end);
            if (next < s.length() && isPhotoMark(s.charAt(next)) && (next + 1 == s.length() || !isHan(s.charAt(next + 1)))) {
                Article.Name last = names.remove(names.size() - 1);
                names.add(new Article.Name(last.name(), normalizedRole(String.valueOf(s.charAt(next))), printed));
                i = next + 1;
            }
        }
        return rolePrinted || !names.isEmpty() ? names : List.of();
    }

    private static String roleAt(String s, int i) {
        for (String role : ROLES) {
            if (s.startsWith(role, i)) {
                return role;
            }
        }
        return null;
    }

    /** A one-character role word (文, 图, 摄) only counts where no name runs into it: 文 is also a surname. */
    private static boolean continuesName(String s, int i) {
        int next = i + 1;
        boolean followedBySlash = next < s.length() && (s.charAt(next) == '/' || s.charAt(next) == '／');
        if (followedBySlash) {
            return false;
        }
        int nameLength = 0;
        while (next < s.length() && isHan(s.charAt(next)) && roleAt(s, next) == null) {
            nameLength++;
            next++;
        }
        // "文 张三" has a separator after 文; "文张三" (a name) or "文/张三" are the other readings.
        return nameLength >= 1 && nameLength <= 3 && (i + 1 < s.length() && isHan(s.charAt(i + 1)));
    }

    private static int nameEnd(String s, int start) {
        int i = start;
        while (i < s.length() && (isHan(s.charAt(i)) || s.charAt(i) == '·' || s.charAt(i) == '•')) {
            if (i > start + 1 && roleAt(s, i) != null && roleAt(s, i).length() > 1) {
                break;
            }
            i++;
        }
        return i == start ? start + 1 : i;
    }

    private static int skipSeparators(String s, int i) {
        while (i < s.length() && SEPARATORS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isName(String name, boolean needsSurname) {
        if (name.contains("·") || name.contains("•")) {
            // Names of Uyghur, Tibetan or foreign people: 买买提·艾力.
            return name.length() <= 12 && name.chars().filter(c -> c != '·' && c != '•').allMatch(c -> isHan((char) c));
        }
        if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch(c -> isHan((char) c))) {
            return false;
        }
        return !needsSurname || SURNAMES.indexOf(name.charAt(0)) >= 0
                || COMPOUND_SURNAMES.stream().anyMatch(name::startsWith);
    }

    private static String normalizedRole(String printed) {
        return switch (printed) {
            case "本报记者", "融媒体记者", "全媒体记者", "驻站记者" -> "记者";
            case "本報記者", "融媒體記者", "全媒體記者", "駐站記者" -> "記者";
            case "文", "撰稿", "撰文" -> AUTHOR;
            case "图", "摄", "摄影记者" -> PHOTOGRAPHER;
            case "圖", "攝", "攝影記者" -> "攝影";
            case "文/图", "图/文", "文图", "图文" -> "文/图";
            case "文/圖", "圖/文" -> "文/圖";
            default -> printed;
        };
    }

    /** 摄 after a name: the photo is by that person. */
    private static boolean isPhotoMark(char c) {
        return c == '摄' || c == '攝';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
