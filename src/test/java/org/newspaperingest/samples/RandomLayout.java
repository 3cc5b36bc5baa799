package org.newspaperingest.samples;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Direction;
import org.newspaperingest.samples.Drawn.Part;
import org.newspaperingest.samples.Typesetter.Align;
import org.newspaperingest.samples.Typesetter.Broken;

/**
 * A random issue of two or three pages, laid out as real tabloids vary, all drawn from the seed: 4 to 7
 * columns a page; bands of items side by side, each a stack of items (masonry), spanning 1 to all columns;
 * photos inside articles spanning some of their columns with text beside and below; headlines above the body,
 * left or right of it, or under a photo; one to three decks; kickers and subheadlines in any combination;
 * subheads ({@code 小标题}) inside long articles; boxed items; column rules on or off; jump lines in several
 * printed forms and section folios ({@code A03}); QR codes in place of a story's one-column photo and QR codes or
 * logos beside an advertisement's text. The same seed gives the same issue.
 *
 * <p>Every item is set to fill its cell: a story is cut at a sentence to fit, or jumps to a later page. What
 * is printed is what the truth records: the stories returned are the printed ones.
 */
final class RandomLayout {

    private static final double TOP = IssueLayout.MARGIN_TOP;
    private static final double BOTTOM = IssueLayout.PAGE_H - IssueLayout.MARGIN_BOTTOM;
    private static final double LEFT = IssueLayout.MARGIN_X;
    private static final double WIDTH = IssueLayout.PAGE_W - 2 * IssueLayout.MARGIN_X;
    private static final double GUTTER = PageComposer.GUTTER;
    private static final double PITCH = PageComposer.BODY_PITCH;
    private static final double SIZE = PageComposer.BODY_SIZE;
    private static final double STACK_GAP = 64;
    private static final String[] CN = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private static final String[] EXTRA_HEADLINES = {
            "老旧小区综合整治全面提速", "十项民生实事年内落地见效", "街乡吹哨部门报到再升级",
            "国际消费中心城市建设提速", "科技企业孵化器再添新成员", "公园城市建设绘就绿色画卷",
            "社区养老服务驿站实现全覆盖", "营商环境优化再出新举措", "文化惠民活动走进千家万户",
            "城市更新项目集中开工建设", "背街小巷环境整治见实效", "青年人才驿站正式启用"};
    private static final String[] KICKERS = {
            "聚焦高质量发展", "两会特别报道", "基层治理一线", "民生实事", "城市更新进行时", "文明实践",
            "科技创新", "乡村振兴观察", "本报专访", "一线调研"};
    private static final String[] SUBHEADLINES = {
            "多措并举提升群众获得感幸福感", "全年计划完成投资超过十亿元", "让更多居民共享发展成果",
            "推动各项任务落地见效", "打造宜居宜业和美家园", "以钉钉子精神抓好工作落实",
            "区有关部门负责同志参加活动", "进一步压实责任 细化措施"};
    private static final String[] SUBHEADS = {
            "坚持问题导向", "强化统筹协调", "聚焦群众关切", "创新工作机制", "夯实基层基础", "提升服务效能",
            "凝聚发展合力", "守牢安全底线"};
    private static final String[][] ADS = {
            {"文明朝阳 你我同行", "讲文明 树新风", "朝阳区精神文明建设委员会办公室"},
            {"欢迎订阅《朝阳报》", "了解朝阳 服务朝阳", "朝阳区融媒体中心"},
            {"垃圾分类 从我做起", "绿色生活 共建家园", "朝阳区城市管理委员会"},
            {"节约用水 人人有责", "珍惜每一滴水", "朝阳区水务局"}};

    /** One rendered page of the random issue. */
    record PageOut(int number, String label, PageComposer content) {
    }

    /** The pages, the stories as printed (by key) and the bleed-through of each page (its verso, or null). */
    record Result(List<PageOut> pages, Map<String, Story> stories, Map<Integer, PageComposer> versos) {
    }

    private enum HeadingAt { ABOVE, LEFT, RIGHT, UNDER_PHOTO }

    /** A story waiting to be set: its text from paragraph {@code from}, with the jump line it opens with. */
    private record Pending(String key, int from, Optional<String> jumpIn) {
    }

    private final SeedText seed;
    private final IssueLayout fixed;
    private final Random random;
    /** Draws for QR codes and logos, apart from {@link #random} so that adding them moved nothing else. */
    private final Random ornaments;
    private final long ornamentSeed;
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final List<Story> pool = new ArrayList<>();
    private final Map<Integer, List<Pending>> continuations = new LinkedHashMap<>();
    private final List<Integer> kickers = new ArrayList<>();
    private int pageCount;
    private boolean sections;
    private int adCount;
    private int jumps;

    RandomLayout(SeedText seed, SampleSpec spec) {
        this.seed = seed;
        this.fixed = new IssueLayout(seed, spec);
        this.random = new Random(spec.seed() * 0x9E3779B97F4A7C15L + 0x2545F491L);
        this.ornamentSeed = spec.seed() * 0x5DEECE66DL + 0xB;
        this.ornaments = new Random(ornamentSeed);
    }

    Result compose() {
        pageCount = 2 + (random.nextInt(3) == 0 ? 1 : 0);
        sections = random.nextBoolean();
        fillPool();
        List<PageOut> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            pages.add(new PageOut(number, label(number), page(number)));
        }
        Map<Integer, PageComposer> versos = new LinkedHashMap<>();
        if (random.nextInt(5) < 2) {
            // the print of the other side of the leaf shows through, mirrored
            for (PageOut page : pages) {
                int other = page.number() % 2 == 1 ? page.number() + 1 : page.number() - 1;
                if (other <= pageCount) {
                    versos.put(page.number(), pages.get(other - 1).content());
                }
            }
        }
        return new Result(pages, stories, versos);
    }

    String label(int number) {
        return sections ? String.format("A%02d", number) : String.valueOf(number);
    }

    // ---------------------------------------------------------------------------------------------- stories

    /** The seed's stories in random order, then their text again under other headlines, later paragraphs first. */
    private void fillPool() {
        List<Story> first = new ArrayList<>(seed.stories());
        java.util.Collections.shuffle(first, random);
        List<String> extra = new ArrayList<>(List.of(EXTRA_HEADLINES));
        java.util.Collections.shuffle(extra, random);
        int n = 0;
        for (Story s : first) {
            pool.add(dress(new Story("s" + (++n), s.kicker(), s.headline(), s.subheadline(), s.byline(),
                    s.paragraphs(), s.closingName()), true));
        }
        for (int round = 0; round < 2; round++) {
            for (Story s : first) {
                if (s.paragraphs().size() < 2 + round) {
                    continue;
                }
                List<String> paragraphs = s.paragraphs().subList(1 + round, s.paragraphs().size());
                pool.add(dress(new Story("s" + (++n), "", List.of(extra.get((n - 1) % extra.size())), "",
                        Optional.empty(), paragraphs, s.closingName()), false));
            }
        }
    }

    /** Kicker and subheadline in any combination, the headline in one to three decks. */
    private Story dress(Story s, boolean keepSeedHeading) {
        String kicker = keepSeedHeading && !s.kicker().isEmpty() && random.nextInt(3) > 0 ? s.kicker()
                : random.nextInt(3) == 0 ? pick(KICKERS) : "";
        String sub = keepSeedHeading && !s.subheadline().isEmpty() && random.nextInt(3) > 0 ? s.subheadline()
                : random.nextInt(3) == 0 ? pick(SUBHEADLINES) : "";
        String title = String.join("", s.headline());
        int decks = 1 + random.nextInt(3);
        List<String> headline = new ArrayList<>();
        if (decks == 1 || title.length() < 2 * decks) {
            headline.add(title);
        } else {
            int at = 0;
            for (int d = 0; d < decks; d++) {
                int end = d == decks - 1 ? title.length() : Math.round((float) title.length() * (d + 1) / decks);
                headline.add(title.substring(at, end));
                at = end;
            }
        }
        return new Story(s.key(), kicker, headline, sub, s.byline(), s.paragraphs(), s.closingName());
    }

    private String pick(String[] options) {
        int i;
        do {
            i = random.nextInt(options.length);
        } while (kickers.contains(i * 100 + options.length) && kickers.size() < options.length);
        kickers.add(i * 100 + options.length);
        return options[i];
    }

    /** The story cut after {@code sentences} sentences of its text (closing name kept only when it ends whole). */
    private static Story cut(Story s, int sentences) {
        List<String> paragraphs = new ArrayList<>();
        int left = sentences;
        for (String p : s.paragraphs()) {
            List<Integer> ends = sentenceEnds(p);
            if (left >= ends.size()) {
                paragraphs.add(p);
                left -= ends.size();
                continue;
            }
            if (left > 0) {
                paragraphs.add(p.substring(0, ends.get(left - 1)));
            }
            left = -1;
            break;
        }
        boolean whole = left >= 0;
        return new Story(s.key(), s.kicker(), s.headline(), s.subheadline(), s.byline(), paragraphs,
                whole ? s.closingName() : Optional.empty());
    }

    private static Story withParagraphs(Story s, List<String> whole, String last) {
        List<String> paragraphs = new ArrayList<>(whole);
        paragraphs.add(last);
        return new Story(s.key(), s.kicker(), s.headline(), s.subheadline(), s.byline(), paragraphs, Optional.empty());
    }

    private static int sentences(Story s) {
        return s.paragraphs().stream().mapToInt(p -> sentenceEnds(p).size()).sum();
    }

    /** Where the sentences of a paragraph end (after 。！？；, a closing quote kept with its sentence). */
    private static List<Integer> sentenceEnds(String p) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < p.length(); i++) {
            if ("。！？；".indexOf(p.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < p.length() && "”’）)".indexOf(p.charAt(end)) >= 0) {
                    end++;
                }
                if (end < p.length() - 1) {
                    ends.add(end);
                }
                i = end - 1;
            }
        }
        ends.add(p.length());
        return ends;
    }

    // ------------------------------------------------------------------------------------------------ pages

    private PageComposer page(int number) {
        PageComposer pc = new PageComposer(false);
        double top = number == 1 ? fixed.masthead(pc, TOP) : folio(pc, number);
        int columns = 4 + random.nextInt(4);
        double colW = (WIDTH - (columns - 1) * GUTTER) / columns;
        boolean verticalRules = random.nextInt(3) > 0;
        boolean horizontalRules = random.nextInt(4) > 0;
        double y = top;
        while (BOTTOM - y >= 450) {
            double remaining = BOTTOM - y;
            double bandH = remaining < 1500 || random.nextInt(3) == 0 ? remaining
                    : Math.min(remaining - 600, 900 + random.nextDouble() * 1500);
            List<Integer> groups = groups(columns);
            int col = 0;
            for (int g = 0; g < groups.size(); g++) {
                int span = groups.get(g);
                double x = LEFT + col * (colW + GUTTER);
                double w = span * colW + (span - 1) * GUTTER;
                if (g > 0 && verticalRules) {
                    pc.rule(x - GUTTER / 2 - 1, y, 2, bandH);
                }
                int stack = bandH >= 1300 && random.nextInt(5) < 2 ? 2 : 1;
                double cellTop = y;
                for (int s = 0; s < stack; s++) {
                    double h = s == stack - 1 ? y + bandH - cellTop : (bandH - STACK_GAP) * (0.4 + 0.2 * random.nextDouble());
                    if (s > 0 && horizontalRules) {
                        pc.rule(x, cellTop - STACK_GAP / 2 - 1.5, w, 3);
                    }
                    cell(pc, number, x, cellTop, w, h, span);
                    cellTop += h + STACK_GAP;
                }
                col += span;
            }
            y += bandH + IssueLayout.ROW_GAP;
            if (BOTTOM - y >= 450 && horizontalRules) {
                pc.rule(LEFT, y - IssueLayout.ROW_GAP / 2 - 1.5, WIDTH, 3);
            }
        }
        return pc;
    }

    /** The columns of a band shared among one to three items side by side. */
    private List<Integer> groups(int columns) {
        int count = Math.min(columns, 1 + random.nextInt(3));
        List<Integer> groups = new ArrayList<>();
        int left = columns;
        for (int g = count; g > 1; g--) {
            int span = 1 + random.nextInt(left - g + 1);
            groups.add(span);
            left -= span;
        }
        groups.add(left);
        java.util.Collections.shuffle(groups, random);
        return groups;
    }

    /** The running head: section folio ({@code A02}) or page name ({@code 二版}, {@code 第2版}), title, date. */
    private double folio(PageComposer pc, int number) {
        String name = sections ? label(number) : random.nextBoolean() ? CN[number] + "版" : "第" + number + "版";
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.sans(true, 46f), name, LEFT, TOP, 400, Align.LEFT, 4);
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.serif(true, 44f), SampleGenerator.TITLE, LEFT, TOP + 2,
                WIDTH, Align.CENTER, 12);
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.sans(false, 38f), IssueLayout.DATE_LINE, LEFT, TOP + 6,
                WIDTH, Align.RIGHT, 0);
        pc.rule(LEFT, TOP + 72, WIDTH, 6);
        return TOP + 122;
    }

    // ------------------------------------------------------------------------------------------------ items

    /** How an item is set: fixed before it is fitted, so that the fitting and the drawing agree. */
    private record Style(HeadingAt headingAt, int headingColumns, boolean boxed, double headlineScale, boolean centered,
                         int photoColumns, int photoOffset, int photoLinesDown, double photoAspect, boolean caption,
                         List<Integer> subheads) {
    }

    /** Fills a cell with the next story (a continuation first), or with an advertisement when none fits. */
    private void cell(PageComposer pc, int page, double x, double top, double w, double h, int span) {
        List<Pending> waiting = continuations.getOrDefault(page, new ArrayList<>());
        Pending next;
        if (!waiting.isEmpty()) {
            next = waiting.remove(0);
        } else if (!pool.isEmpty() && h >= 400) {
            Story s = pool.remove(0);
            stories.put(s.key(), s);
            next = new Pending(s.key(), 0, Optional.empty());
        } else {
            advertisement(pc, x, top, w, h);
            return;
        }
        Story story = stories.get(next.key());
        Style style = style(next.from() == 0, span, h);
        int columns = span;
        double colW = (w - (columns - 1) * GUTTER) / columns;
        if (style.boxed()) {
            colW = (w - 72 - (columns - 1) * GUTTER) / columns;
        }
        // the whole story, if it fits; else a jump to a later page, or the story cut at a sentence
        if (height(story, next, Optional.empty(), story.paragraphs().size(), style, x, top, w, span, colW, h) <= h) {
            set(pc, story, next, Optional.empty(), story.paragraphs().size(), style, x, top, w, span, colW, h);
            return;
        }
        if (next.from() == 0 && page < pageCount && jumps < 3 && random.nextInt(5) < 3 && story.paragraphs().size() >= 2) {
            int target = page + 1 + random.nextInt(pageCount - page);
            String out = jumpOut(target);
            int fit = 0;
            for (int to = 1; to < story.paragraphs().size() && !continuations.containsKey(target); to++) {
                if (height(story, next, Optional.of(out), to, style, x, top, w, span, colW, h) <= h) {
                    fit = to;
                }
            }
            if (fit > 0) {
                jumps++;
                set(pc, story, next, Optional.of(out), fit, style, x, top, w, span, colW, h);
                continuations.computeIfAbsent(target, t -> new ArrayList<>())
                        .add(new Pending(story.key(), fit, Optional.of(jumpIn(page))));
                return;
            }
        }
        // cut: the most sentences that fit (the printed story is the cut one)
        int before = sentences(new Story("", "", List.of(), "", Optional.empty(),
                story.paragraphs().subList(0, next.from()), Optional.empty()));
        int lo = before;
        int hi = sentences(story);
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            Story c = cut(story, mid);
            if (height(c, next, Optional.empty(), c.paragraphs().size(), style, x, top, w, span, colW, h) <= h) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo == before) {
            if (next.from() == 0) {
                stories.remove(story.key());
                pool.add(0, story);
                advertisement(pc, x, top, w, h);
                return;
            }
            // a continuation must be printed, or its jump line points at nothing: as many characters as fit
            String paragraph = story.paragraphs().get(next.from());
            int chars = paragraph.length() - 1;
            while (chars > 1) {
                Story c = withParagraphs(story, story.paragraphs().subList(0, next.from()), paragraph.substring(0, chars));
                if (height(c, next, Optional.empty(), c.paragraphs().size(), style, x, top, w, span, colW, h) <= h) {
                    break;
                }
                chars = chars * 4 / 5;
            }
            Story printed = withParagraphs(story, story.paragraphs().subList(0, next.from()), paragraph.substring(0, chars));
            stories.put(story.key(), printed);
            set(pc, printed, next, Optional.empty(), printed.paragraphs().size(), style, x, top, w, span, colW, h);
            return;
        }
        Story printed = cut(story, lo);
        stories.put(story.key(), printed);
        set(pc, printed, next, Optional.empty(), printed.paragraphs().size(), style, x, top, w, span, colW, h);
    }

    private Style style(boolean opening, int span, double h) {
        HeadingAt at = HeadingAt.ABOVE;
        int roll = random.nextInt(10);
        if (opening && span >= 2 && roll < 2) {
            at = roll == 0 ? HeadingAt.LEFT : HeadingAt.RIGHT;
        } else if (opening && roll < 4 && h >= 1200) {
            at = HeadingAt.UNDER_PHOTO;
        }
        int headingColumns = at == HeadingAt.LEFT || at == HeadingAt.RIGHT ? (span >= 5 ? 2 : 1) : 0;
        int bodyColumns = span - headingColumns;
        int photoColumns = 0;
        int photoOffset = 0;
        int linesDown = 0;
        if (at != HeadingAt.UNDER_PHOTO && h >= 1100 && random.nextInt(5) < 2) {
            photoColumns = 1 + random.nextInt(bodyColumns);
            if (photoColumns == bodyColumns && bodyColumns > 1 && random.nextBoolean()) {
                photoColumns--;
            }
            photoOffset = random.nextInt(bodyColumns - photoColumns + 1);
            linesDown = random.nextBoolean() ? 0 : 3 + random.nextInt(6);
        }
        List<Integer> subheads = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            subheads.add(2 + random.nextInt(2));
            if (random.nextBoolean()) {
                subheads.add(subheads.get(0) + 2 + random.nextInt(2));
            }
        }
        return new Style(at, headingColumns, random.nextInt(6) == 0, 0.85 + 0.3 * random.nextDouble(),
                random.nextInt(3) > 0, photoColumns, photoOffset, linesDown, 0.55 + 0.25 * random.nextDouble(),
                random.nextInt(4) > 0, subheads);
    }

    private String jumpOut(int target) {
        if (sections) {
            return switch (random.nextInt(3)) {
                case 0 -> "转A" + target + "版";
                case 1 -> "（下转A" + String.format("%02d", target) + "版）";
                default -> "（转A" + target + "版）";
            };
        }
        return switch (random.nextInt(4)) {
            case 0 -> "（下转第" + CN[target] + "版）";
            case 1 -> "（下转" + CN[target] + "版）";
            case 2 -> "（下转第" + target + "版）";
            default -> "（转" + target + "版）";
        };
    }

    private String jumpIn(int from) {
        if (sections) {
            return random.nextBoolean() ? "（上接A" + String.format("%02d", from) + "版）" : "（上接A" + from + "版）";
        }
        return switch (random.nextInt(3)) {
            case 0 -> "（上接第" + from + "版）";
            case 1 -> "（上接" + CN[from] + "版）";
            default -> "（上接第" + CN[from] + "版）";
        };
    }

    private double height(Story story, Pending part, Optional<String> jumpOut, int to, Style style, double x,
                          double top, double w, int span, double colW, double h) {
        return set(new PageComposer(false), story, part, jumpOut, to, style, x, top, w, span, colW, h);
    }

    /**
     * Sets the part of the story from {@code part.from()} to paragraph {@code to} in the cell; returns its height,
     * or infinity (nothing set) when it does not fit the cell's height {@code h}.
     */
    private double set(PageComposer pc, Story story, Pending part, Optional<String> jumpOut, int to, Style style,
                       double x, double top, double w, int span, double colW, double h) {
        String key = story.key();
        double pad = style.boxed() ? 36 : 0;
        double ix = x + pad;
        double iw = w - 2 * pad;
        double y = top + pad;
        double limit = top + h - pad - (style.boxed() ? 8 : 0);
        boolean opening = part.from() == 0;
        int bodyColumns = span - (opening ? style.headingColumns() : 0);
        double bodyX = ix;
        double bodyTop = y;
        double headingBottom = y;
        if (opening) {
            switch (style.headingAt()) {
                case ABOVE -> {
                    headingBottom = heading(pc, story, ix, y, iw, span, style, false);
                    bodyTop = headingBottom + 40;
                }
                case LEFT, RIGHT -> {
                    double hw = style.headingColumns() * colW + (style.headingColumns() - 1) * GUTTER;
                    double hx = style.headingAt() == HeadingAt.LEFT ? ix : ix + iw - hw;
                    headingBottom = heading(pc, story, hx, y, hw, style.headingColumns(), style, true);
                    if (style.headingAt() == HeadingAt.LEFT) {
                        bodyX = ix + hw + GUTTER;
                    }
                }
                case UNDER_PHOTO -> {
                    double photoH = Math.min(iw * style.photoAspect(), 0.4 * (limit - y));
                    double bottom = style.caption()
                            ? pc.photo(key, caption(story), seedOf(key), ix, y, iw, photoH)
                            : picture(pc, key, ix, y, iw, photoH);
                    headingBottom = heading(pc, story, ix, bottom + 30, iw, span, style, false);
                    bodyTop = headingBottom + 40;
                }
                default -> throw new IllegalStateException();
            }
        }
        List<PageComposer.FlowLine> lines = lines(story, part, jumpOut, to, style, colW);
        // the photo inside the body and the column segments it leaves
        int rows = (int) Math.ceil(lines.size() / (double) bodyColumns);
        int maxRows = (int) Math.floor((limit - bodyTop + (PITCH - SIZE)) / PITCH);
        for (int r = Math.max(1, rows); r <= maxRows; r++) {
            double bottom = bodyTop + r * PITCH - (PITCH - SIZE);
            List<Segment> segments = segments(style, opening, bodyX, bodyTop, bottom, colW, bodyColumns);
            if (segments == null) {
                continue;
            }
            if (place(lines, segments) != null && headingBottom <= limit) {
                double end = Math.max(flowAndPhoto(pc, key, story, lines, segments, style, opening, bodyX, bodyTop,
                        bottom, colW), headingBottom) + pad;
                if (style.boxed()) {
                    pc.frame(x, top, w, end - top + 8, 4);
                    end += 8;
                }
                return end - top;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private double flowAndPhoto(PageComposer pc, String key, Story story, List<PageComposer.FlowLine> lines,
                                List<Segment> segments, Style style, boolean opening, double bodyX, double bodyTop,
                                double bottom, double colW) {
        double end = flowBottom(pc, key, lines, segments, colW);
        if (opening && style.photoColumns() > 0) {
            Photo0 p = photo(style, bodyX, bodyTop, bottom, colW);
            double captionBottom = style.photoColumns() == 1 && style.caption() && isQrCode(key)
                    ? pc.qrCode(key, "扫描二维码 观看现场视频", seedOf(key), p.x, p.top, p.w, p.h)
                    : style.caption() ? pc.photo(key, caption(story), seedOf(key), p.x, p.top, p.w, p.h)
                    : picture(pc, key, p.x, p.top, p.w, p.h);
            end = Math.max(end, captionBottom);
        }
        return end;
    }

    private record Photo0(double x, double top, double w, double h, double bottom) {
    }

    /** Where the photo inside the body stands; its bottom includes the caption. */
    private Photo0 photo(Style style, double bodyX, double bodyTop, double bottom, double colW) {
        double x = bodyX + style.photoOffset() * (colW + GUTTER);
        double w = style.photoColumns() * colW + (style.photoColumns() - 1) * GUTTER;
        double top = bodyTop + style.photoLinesDown() * PITCH;
        double h = Math.min(w * style.photoAspect(), 0.55 * (bottom - bodyTop));
        double captionH = style.caption() ? captionHeight(w) : 0;
        return new Photo0(x, top, w, h, top + h + captionH);
    }

    /** Whether the one-column photo of a story is a QR code instead (one story in three): fixed by the story. */
    private boolean isQrCode(String key) {
        return new Random(ornamentSeed ^ key.hashCode() * 0x9E3779B97F4A7C15L).nextInt(3) == 0;
    }

    private static String caption(Story story) {
        String title = story.title();
        return "图为" + title.substring(0, Math.min(8, title.length())) + "相关现场。本报记者摄";
    }

    private static double captionHeight(double w) {
        PageComposer scratch = new PageComposer(false);
        return scratch.text(null, Part.ILLUSTRATION, BlockType.CAPTION, Fonts.sans(false, 34f),
                "图为一二三四五六七八相关现场。本报记者摄", 0, 18, w, Align.LEFT, 50, true);
    }

    private static long seedOf(String key) {
        return key.hashCode() * 31L + 7;
    }

    private static double picture(PageComposer pc, String key, double x, double top, double w, double h) {
        pc.pictures.add(new Drawn.Picture(key, new java.awt.geom.Rectangle2D.Double(x, top, w, h), seedOf(key)));
        return top + h;
    }

    /** A column's run of lines: from top to bottom. */
    private record Segment(double x, double top, double bottom) {
        int capacity() {
            return (int) Math.floor((bottom - top + (PITCH - SIZE)) / PITCH + 1e-9);
        }
    }

    /** The body's columns, each cut by the photo where it stands in it; null when the photo leaves no room. */
    private List<Segment> segments(Style style, boolean opening, double bodyX, double bodyTop, double bottom,
                                   double colW, int columns) {
        List<Segment> segments = new ArrayList<>();
        Photo0 p = opening && style.photoColumns() > 0 ? photo(style, bodyX, bodyTop, bottom, colW) : null;
        if (p != null && (p.h < 200 || p.bottom > bottom - PITCH)) {
            return null;
        }
        for (int c = 0; c < columns; c++) {
            double x = bodyX + c * (colW + GUTTER);
            boolean under = p != null && c >= style.photoOffset() && c < style.photoOffset() + style.photoColumns();
            if (!under) {
                segments.add(new Segment(x, bodyTop, bottom));
                continue;
            }
            if (p.top > bodyTop) {
                segments.add(new Segment(x, bodyTop, p.top - 30));
            }
            double below = bodyTop + Math.ceil((p.bottom + 30 - bodyTop) / PITCH) * PITCH;
            segments.add(new Segment(x, below, bottom));
        }
        return segments;
    }

    /** Jump in, byline, paragraphs with their subheads, jump out: the lines of the part in reading order. */
    private List<PageComposer.FlowLine> lines(Story story, Pending part, Optional<String> jumpOut, int to, Style style,
                                             double colW) {
        List<PageComposer.FlowLine> lines = new ArrayList<>();
        int from = part.from();
        int subhead = 0;
        for (int p = from; p < to; p++) {
            if (style.subheads().contains(p - from) && p > from) {
                String text = SUBHEADS[(story.key().hashCode() & 0x7fff) % SUBHEADS.length + subhead++ & 7];
                lines.add(new PageComposer.FlowLine(BlockType.SUBHEADLINE, Part.BODY, Fonts.sans(true, (float) SIZE),
                        new Broken(Typesetter.units(text), 0, false), Align.CENTER));
            }
            for (PageComposer.FlowLine line : PageComposer.bodyLines(story, p, p + 1,
                    p == from ? part.jumpIn() : Optional.empty(), p == to - 1 ? jumpOut : Optional.empty(), colW)) {
                // a byline or jump line wider than a narrow column wraps as a paragraph would
                if (line.type() == BlockType.BODY) {
                    lines.add(line);
                    continue;
                }
                for (Broken b : Typesetter.breakParagraph(String.join("", line.broken().units()), line.font(), colW, 0,
                        false)) {
                    lines.add(new PageComposer.FlowLine(line.type(), line.part(), line.font(),
                            new Broken(b.units(), 0, false), line.align()));
                }
            }
        }
        return lines;
    }

    /** Sets the lines where {@link #place} puts them, a block per run of one class in a segment; returns the bottom. */
    private double flowBottom(PageComposer pc, String key, List<PageComposer.FlowLine> lines, List<Segment> segments,
                              double colW) {
        int[][] at = place(lines, segments);
        double bottom = 0;
        List<Drawn.TextLine> run = new ArrayList<>();
        PageComposer.FlowLine head = null;
        int runSegment = -1;
        for (int i = 0; i < lines.size(); i++) {
            PageComposer.FlowLine fl = lines.get(i);
            int s = at[i][0];
            if (head != null && (fl.type() != head.type() || s != runSegment)) {
                pc.blocks.add(new Drawn.Block(key, head.part(), head.type(), Direction.HORIZONTAL, pc.language, run));
                run = new ArrayList<>();
                head = null;
            }
            if (head == null) {
                head = fl;
                runSegment = s;
            }
            Segment seg = segments.get(s);
            double baseline = seg.top() + at[i][1] * PITCH + 0.88 * SIZE;
            run.add(Typesetter.horizontal(fl.broken(), fl.font(), seg.x(), baseline, colW, fl.align(), 0));
            bottom = Math.max(bottom, baseline + 0.12 * SIZE);
        }
        if (head != null) {
            pc.blocks.add(new Drawn.Block(key, head.part(), head.type(), Direction.HORIZONTAL, pc.language, run));
        }
        return bottom;
    }

    /**
     * Segment and row of each line, flowed into the segments in order, or null when they do not all fit. A subhead
     * takes a blank line before it and never ends a column.
     */
    private static int[][] place(List<PageComposer.FlowLine> lines, List<Segment> segments) {
        int[][] at = new int[lines.size()][];
        int s = 0;
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean subhead = lines.get(i).type() == BlockType.SUBHEADLINE;
            while (s < segments.size()) {
                int cap = segments.get(s).capacity();
                int r = subhead && row > 0 ? row + 1 : row;
                if (r < cap && !(subhead && r >= cap - 1)) {
                    row = r;
                    break;
                }
                s++;
                row = 0;
            }
            if (s >= segments.size()) {
                return null;
            }
            at[i] = new int[] {s, row};
            row++;
        }
        return at;
    }

    /** Kicker, headline in its decks, subheadline; returns the bottom. {@code narrow}: set in columns beside the body. */
    private double heading(PageComposer pc, Story story, double x, double top, double width, int span, Style style,
                           boolean narrow) {
        String key = story.key();
        Align align = narrow || !style.centered() ? Align.LEFT : Align.CENTER;
        double y = top;
        if (!story.kicker().isEmpty()) {
            Font kicker = Fonts.sans(false, narrow || span == 1 ? 38f : 46f);
            y = pc.text(key, Part.HEADING, BlockType.KICKER, kicker, story.kicker(), x, y, width, align,
                    kicker.getSize2D() * 1.35, false) + 24;
        }
        double base = narrow ? 76 : span >= 4 ? 120 : span == 3 ? 96 : span == 2 ? 80 : 64;
        double size = Math.round(base * style.headlineScale());
        if (!narrow) {
            for (String line : story.headline()) {
                double natural = 0;
                for (String u : Typesetter.units(line)) {
                    natural += Typesetter.advance(Fonts.serif(true, (float) size), u);
                }
                if (natural > width) {
                    size = Math.max(58, Math.floor(size * width / natural));
                }
            }
        }
        Font headline = Fonts.serif(true, (float) size);
        List<Drawn.TextLine> set = new ArrayList<>();
        double baseline = y + 0.88 * size;
        for (String line : story.headline()) {
            for (Broken b : Typesetter.breakParagraph(line, headline, width, 0, false)) {
                set.add(Typesetter.horizontal(new Broken(b.units(), 0, false), headline, x, baseline, width, align, 0));
                baseline += size * 1.22;
            }
        }
        pc.blocks.add(new Drawn.Block(key, Part.HEADING, BlockType.HEADLINE, Direction.HORIZONTAL, pc.language, set));
        y = baseline - size * 1.22 + 0.12 * size;
        if (!story.subheadline().isEmpty()) {
            Font sub = Fonts.sans(false, narrow || span == 1 ? 40f : 52f);
            y = pc.text(key, Part.HEADING, BlockType.SUBHEADLINE, sub, story.subheadline(), x, y + 26, width, align,
                    sub.getSize2D() * 1.3, false);
        }
        return y;
    }

    /** A framed public-service advertisement filling the cell, its lines sized to its width. */
    private void advertisement(PageComposer pc, double x, double top, double w, double h) {
        if (h < 260) {
            return;
        }
        String[] ad = ADS[adCount % ADS.length];
        String key = "ad-" + (++adCount);
        pc.frame(x, top, w, h, 6);
        // a QR code or a logo at one side of the frame, in one advertisement in three each
        int ornament = ornaments.nextInt(3);
        double side = Math.min(Math.min(h - 80, 0.3 * w), 300);
        if (ornament > 0 && side >= 180) {
            boolean left = ornaments.nextBoolean();
            double ox = left ? x + 40 : x + w - 40 - side;
            pc.pictures.add(new Drawn.Picture(key, new java.awt.geom.Rectangle2D.Double(ox, top + (h - side) / 2, side, side),
                    ornamentSeed + adCount, ornament == 1 ? Drawn.PictureKind.QR_CODE : Drawn.PictureKind.LOGO));
            if (left) {
                x += side + 40;
            }
            w -= side + 40;
        }
        double y = top + Math.max(40, (h - 300) / 2);
        float[] sizes = {96f, 60f, 40f};
        for (int i = 0; i < ad.length && y < top + h - 80; i++) {
            float size = (float) Math.min(sizes[i], Math.floor((w - 80) / ad[i].length()));
            Font font = i == 0 ? Fonts.serif(true, size) : Fonts.sans(i == 1, size);
            if (y + size * 1.2 > top + h - 30) {
                break;
            }
            y = pc.spacedLine(key, Part.BODY, BlockType.ADVERTISEMENT, font, ad[i], x, y, w, Align.CENTER, 0) + size * 0.5;
        }
    }
}
