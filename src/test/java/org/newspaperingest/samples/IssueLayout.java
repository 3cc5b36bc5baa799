package org.newspaperingest.samples;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.samples.Drawn.Part;
import org.newspaperingest.samples.SampleSpec.Variant;
import org.newspaperingest.samples.Typesetter.Align;
import org.newspaperingest.samples.Typesetter.Broken;

/**
 * Where the stories of 朝阳报 No. 3683 go: four tabloid pages of five columns, the masthead, the lead and
 * 精神文明 on page 1, both continued on page 2, the rest on pages 2 to 4, advertisements filling what is
 * left. Each variant changes one thing of this plan.
 */
final class IssueLayout {

    static final double PAGE_W = 3000;
    static final double PAGE_H = 4300;
    static final double MARGIN_X = 150;
    static final double MARGIN_TOP = 140;
    static final double MARGIN_BOTTOM = 150;
    static final int COLUMNS = 5;
    static final double COL_W = (PAGE_W - 2 * MARGIN_X - (COLUMNS - 1) * PageComposer.GUTTER) / COLUMNS;
    static final double ROW_GAP = 60;
    static final String[] PAGE_NAMES = {"一版", "二版", "三版", "四版"};
    static final String DATE_LINE = "2026年3月13日 星期五";
    static final int LEAD_ON_PAGE_1 = 5;
    static final int CIVILITY_ON_PAGE_1 = 5;

    /** Something that takes a column span of a row. */
    sealed interface Slot permits StorySlot, PhotoSlot {
        int span();
    }

    /** A story, or the part of it from paragraph {@code from} to {@code to} (exclusive), with jump lines. */
    record StorySlot(int span, String story, int from, int to, Optional<String> jumpIn, Optional<String> jumpOut,
                     boolean headingLeft, boolean boxed) implements Slot {
    }

    record PhotoSlot(int span, String story, String caption) implements Slot {
    }

    record Row(List<Slot> slots) {
        Row {
            slots = List.copyOf(slots);
        }
    }

    /** One page of the plan; {@code vertical} pages set their stories in traditional vertical columns. */
    record PagePlan(int number, boolean masthead, boolean vertical, List<Row> rows) {
        PagePlan {
            rows = List.copyOf(rows);
        }
    }

    /** A page as composed: everything drawn, in reading order, in design units. */
    record ComposedPage(int number, PageComposer content) {
    }

    private final SeedText seed;
    private final SampleSpec spec;

    IssueLayout(SeedText seed, SampleSpec spec) {
        this.seed = seed;
        this.spec = spec;
    }

    // ------------------------------------------------------------------------------------------------ plans

    List<PagePlan> plan() {
        Variant v = spec.variant();
        int leadCount = seed.story("lead").paragraphs().size();
        int civCount = seed.story("civility").paragraphs().size();
        int leadTo = v == Variant.CONTINUED_TO_PAGE_3 ? 3 : 2;
        String leadOut = "（下转" + PAGE_NAMES[leadTo - 1] + "）";
        Random random = new Random(spec.seed() ^ 0x5DEECE66DL);
        boolean shuffled = v == Variant.SHUFFLED;

        List<Row> p1 = List.of(
                row(new StorySlot(5, "lead", 0, LEAD_ON_PAGE_1, Optional.empty(), Optional.of(leadOut), false, false)),
                row(new StorySlot(5, "civility", 0, CIVILITY_ON_PAGE_1, Optional.empty(), Optional.of("（下转二版）"),
                        false, false)));

        StorySlot leadCont = new StorySlot(2, "lead", LEAD_ON_PAGE_1, leadCount, Optional.of("（上接一版）"),
                Optional.empty(), false, false);
        StorySlot civCont = new StorySlot(3, "civility", CIVILITY_ON_PAGE_1, civCount, Optional.of("（上接一版）"),
                Optional.empty(), false, false);
        StorySlot university = full("university");
        StorySlot cppcc = new StorySlot(5, "cppcc", 0, seed.story("cppcc").paragraphs().size(), Optional.empty(),
                Optional.empty(), v == Variant.HEADLINE_LEFT, v == Variant.BOXED);
        StorySlot office = full("office");
        StorySlot industry = new StorySlot(3, "industry", 0, seed.story("industry").paragraphs().size(),
                Optional.empty(), Optional.empty(), false, false);
        PhotoSlot photo = new PhotoSlot(2, "industry", "平房乡一处集体产业项目施工现场，工人们正在进行钢结构施工。");

        List<Row> p2 = new ArrayList<>();
        List<Row> p3 = new ArrayList<>();
        if (v == Variant.CONTINUED_TO_PAGE_3) {
            p2.add(row(new StorySlot(5, "civility", civCont.from(), civCount, civCont.jumpIn(), Optional.empty(), false, false)));
            p2.add(row(university));
            p3.add(row(new StorySlot(5, "lead", LEAD_ON_PAGE_1, leadCount, Optional.of("（上接一版）"), Optional.empty(),
                    false, false)));
        } else if (shuffled && random.nextBoolean()) {
            p2.add(row(new StorySlot(3, "civility", civCont.from(), civCount, civCont.jumpIn(), Optional.empty(), false, false),
                    new StorySlot(2, "lead", leadCont.from(), leadCount, leadCont.jumpIn(), Optional.empty(), false, false)));
            p2.add(row(university));
        } else {
            p2.add(row(leadCont, civCont));
            p2.add(row(university));
        }
        if (shuffled && random.nextBoolean()) {
            p3.add(row(office));
            p3.add(row(cppcc));
        } else {
            p3.add(row(cppcc));
            p3.add(row(office));
        }
        List<Row> p4 = new ArrayList<>();
        if (shuffled) {
            int photoSpan = 2;
            StorySlot ind = new StorySlot(COLUMNS - photoSpan, "industry", 0, industry.to(), Optional.empty(),
                    Optional.empty(), false, random.nextBoolean());
            p4.add(random.nextBoolean() ? row(photo, ind) : row(ind, photo));
        } else {
            p4.add(row(industry, photo));
        }
        return List.of(new PagePlan(1, true, false, p1), new PagePlan(2, false, false, p2),
                new PagePlan(3, false, v == Variant.VERTICAL_TRADITIONAL, p3), new PagePlan(4, false, false, p4));
    }

    private StorySlot full(String story) {
        return new StorySlot(5, story, 0, seed.story(story).paragraphs().size(), Optional.empty(), Optional.empty(),
                false, false);
    }

    private static Row row(Slot... slots) {
        return new Row(List.of(slots));
    }

    // ---------------------------------------------------------------------------------------------- pages

    ComposedPage compose(PagePlan plan) {
        PageComposer pc = new PageComposer(plan.vertical());
        double top = MARGIN_TOP;
        double bottom = PAGE_H - MARGIN_BOTTOM;
        if (plan.number() == 1) {
            top = masthead(pc, top);
        } else {
            top = folio(pc, plan.number(), top, true, plan.vertical());
        }
        List<Drawn.Block> footer = new ArrayList<>();
        if (plan.number() == 1) {
            PageComposer foot = pc.scratch();
            folio(foot, 1, bottom - 60, false, false);
            footer.addAll(foot.blocks);
            pc.rules.addAll(foot.rules);
            bottom -= 100;
        }
        if (plan.vertical()) {
            composeVertical(pc, plan, top, bottom);
        } else {
            composeRows(pc, plan, top, bottom);
        }
        pc.blocks.addAll(footer);
        return new ComposedPage(plan.number(), pc);
    }

    private void composeRows(PageComposer pc, PagePlan plan, double top, double bottom) {
        List<Double> heights = new ArrayList<>();
        for (Row row : plan.rows()) {
            heights.add(rowHeight(pc, row));
        }
        double used = heights.stream().mapToDouble(Double::doubleValue).sum() + ROW_GAP * (heights.size() - 1);
        double leftover = bottom - top - used;
        if (leftover < 0) {
            throw new IllegalStateException("page " + plan.number() + " of variant " + spec.variant()
                    + " overflows by " + Math.round(-leftover) + " px");
        }
        // the front page gives its room to air between the stories; later pages fill it with an advertisement
        boolean advert = plan.number() > 1 && leftover >= 420;
        double gap = ROW_GAP;
        if (!advert && heights.size() > 1) {
            gap += Math.min(leftover / heights.size(), plan.number() == 1 ? 400 : 120);
        }
        double y = top;
        for (int i = 0; i < plan.rows().size(); i++) {
            if (i > 0) {
                pc.rule(MARGIN_X, y + gap / 2 - 1.5, PAGE_W - 2 * MARGIN_X, 3);
                y += gap;
            }
            renderRow(pc, plan.rows().get(i), y, heights.get(i));
            y += heights.get(i);
        }
        if (advert) {
            y += ROW_GAP;
            advertisement(pc, "ad-p" + plan.number(), plan.number(), MARGIN_X, y, PAGE_W - 2 * MARGIN_X, bottom - y);
        }
    }

    private double rowHeight(PageComposer pc, Row row) {
        double h = 0;
        for (Slot slot : row.slots()) {
            if (slot instanceof StorySlot s) {
                PageComposer scratch = pc.scratch();
                h = Math.max(h, story(scratch, s, 0, 0) );
            }
        }
        return h;
    }

    private void renderRow(PageComposer pc, Row row, double top, double height) {
        int col = 0;
        for (int i = 0; i < row.slots().size(); i++) {
            Slot slot = row.slots().get(i);
            double x = MARGIN_X + col * (COL_W + PageComposer.GUTTER);
            if (i > 0) {
                pc.rule(x - PageComposer.GUTTER / 2 - 1, top, 2, height);
            }
            if (slot instanceof StorySlot s) {
                story(pc, s, x, top);
            } else if (slot instanceof PhotoSlot p) {
                double width = width(p.span());
                PageComposer scratch = pc.scratch();
                double captionHeight = scratch.photo(p.story(), p.caption(), 0, 0, 0, width, 0);
                pc.photo(p.story(), p.caption(), spec.seed() + 77, x, top, width, height - captionHeight);
            }
            col += slot.span();
        }
    }

    private static double width(int span) {
        return span * COL_W + (span - 1) * PageComposer.GUTTER;
    }

    /** Sets a story slot at (x, top); returns its height. */
    private double story(PageComposer pc, StorySlot s, double x, double top) {
        Story story = seed.story(s.story());
        double width = width(s.span());
        double pad = s.boxed() ? 36 : 0;
        double ix = x + pad;
        double iw = width - 2 * pad;
        double y = top + pad;
        int bodyColumns = s.span();
        double bodyX = ix;
        double bodyTop;
        double colW = (iw - (bodyColumns - 1) * PageComposer.GUTTER) / bodyColumns;
        double headingBottom = y;
        if (s.from() == 0 && s.headingLeft()) {
            bodyColumns -= 1;
            colW = (iw - bodyColumns * PageComposer.GUTTER) / (bodyColumns + 1);
            headingBottom = heading(pc, story, ix, y, colW, true);
            bodyX = ix + colW + PageComposer.GUTTER;
            bodyTop = y;
        } else if (s.from() == 0) {
            headingBottom = heading(pc, story, ix, y, iw, false);
            bodyTop = headingBottom + 40;
        } else {
            bodyTop = y;
        }
        List<PageComposer.FlowLine> lines = PageComposer.bodyLines(story, s.from(), s.to(), s.jumpIn(), s.jumpOut(), colW);
        double bodyBottom = pc.flow(story.key(), lines, bodyX, bodyTop, colW, bodyColumns);
        double bottom = Math.max(bodyBottom, headingBottom) + pad;
        if (s.boxed()) {
            pc.frame(x, top, width, bottom - top + 8, 4);
            bottom += 8;
        }
        return bottom - top;
    }

    /** Kicker, headline, subheadline; returns the bottom. {@code narrow}: set in one column beside the body. */
    private double heading(PageComposer pc, Story story, double x, double top, double width, boolean narrow) {
        String key = story.key();
        double y = top;
        if (!story.kicker().isEmpty()) {
            Font kicker = Fonts.sans(false, narrow ? 38f : 48f);
            y = pc.text(key, Part.HEADING, BlockType.KICKER, kicker, story.kicker(), x, y, width,
                    narrow ? Align.LEFT : Align.CENTER, kicker.getSize2D() * 1.35, narrow) + 24;
        }
        double size = narrow ? 76 : key.equals("lead") ? 150 : 96;
        if (!narrow) {
            for (String line : story.headline()) {
                double natural = 0;
                for (String u : Typesetter.units(line)) {
                    natural += Typesetter.advance(Fonts.serif(true, (float) size), u);
                }
                if (natural > width) {
                    size = Math.floor(size * width / natural);
                }
            }
        }
        Font headline = Fonts.serif(true, (float) size);
        PageComposer lines = pc;
        List<Drawn.TextLine> set = new ArrayList<>();
        double baseline = y + 0.88 * size;
        for (String line : story.headline()) {
            for (Broken b : Typesetter.breakParagraph(line, headline, width, 0, false)) {
                set.add(Typesetter.horizontal(new Broken(b.units(), 0, false), headline, x, baseline, width,
                        narrow ? Align.LEFT : Align.CENTER, 0));
                baseline += size * 1.22;
            }
        }
        lines.blocks.add(new Drawn.Block(key, Part.HEADING, BlockType.HEADLINE, org.newspaperingest.model.Direction.HORIZONTAL,
                pc.language, set));
        y = baseline - size * 1.22 + 0.12 * size;
        if (!story.subheadline().isEmpty()) {
            Font sub = Fonts.sans(false, narrow ? 40f : 56f);
            y = pc.text(key, Part.HEADING, BlockType.SUBHEADLINE, sub, story.subheadline(), x, y + 26, width,
                    narrow ? Align.LEFT : Align.CENTER, sub.getSize2D() * 1.3, false);
        }
        return y;
    }

    // ----------------------------------------------------------------------------------- masthead, folio, ads

    double masthead(PageComposer pc, double top) {
        List<String> m = seed.masthead();
        String key = "masthead";
        Font title = Fonts.serif(true, 290f);
        double titleBottom = pc.spacedLine(key, Part.BODY, BlockType.MASTHEAD, title, m.get(0), MARGIN_X, top + 10,
                1000, Align.LEFT, 30);
        pc.spacedLine(key, Part.BODY, BlockType.MASTHEAD, Fonts.sans(true, 62f), m.get(1), MARGIN_X, titleBottom + 30,
                930, Align.CENTER, 14);
        double x2 = 1290;
        Font info = Fonts.sans(false, 38f);
        pc.rule(x2 - 60, top + 30, 3, 520);
        List<String> publisher = List.of(m.get(2), m.get(3), m.get(9) + m.get(10), m.get(11));
        double y = top + 60;
        List<Drawn.TextLine> lines = new ArrayList<>();
        for (String line : publisher) {
            lines.add(Typesetter.horizontal(new Broken(Typesetter.units(line), 0, false), info, x2, y + 0.88 * 38, 820,
                    Align.LEFT, 0));
            y += 66;
        }
        pc.blocks.add(new Drawn.Block(key, Part.BODY, BlockType.MASTHEAD, org.newspaperingest.model.Direction.HORIZONTAL,
                pc.language, lines));
        double x3 = 2260;
        pc.rule(x3 - 50, top + 30, 3, 520);
        Font issue = Fonts.sans(true, 44f);
        y = top + 50;
        lines = new ArrayList<>();
        for (int i = 4; i <= 8; i++) {
            Font f = i == 4 ? Fonts.sans(true, 54f) : issue;
            lines.add(Typesetter.horizontal(new Broken(Typesetter.units(m.get(i)), 0, false), f, x3,
                    y + 0.88 * f.getSize2D(), 590, Align.LEFT, 0));
            y += f.getSize2D() * 1.75;
        }
        pc.blocks.add(new Drawn.Block(key, Part.BODY, BlockType.MASTHEAD, org.newspaperingest.model.Direction.HORIZONTAL,
                pc.language, lines));
        double rule = top + 600;
        pc.rule(MARGIN_X, rule, PAGE_W - 2 * MARGIN_X, 12);
        pc.rule(MARGIN_X, rule + 20, PAGE_W - 2 * MARGIN_X, 3);
        return rule + 70;
    }

    /** The running head (or foot, on page 1): page name, title, date. Returns the bottom of the rule. */
    private double folio(PageComposer pc, int page, double top, boolean header, boolean traditional) {
        String name = PAGE_NAMES[page - 1];
        String title = traditional ? "朝陽報" : "朝阳报";
        String date = traditional ? PrintedForm.traditional(DATE_LINE) : DATE_LINE;
        double width = PAGE_W - 2 * MARGIN_X;
        double ruleY = header ? top + 72 : top - 24;
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.sans(true, 46f), name, MARGIN_X, top, 400, Align.LEFT, 4);
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.serif(true, 44f), title, MARGIN_X, top + 2, width,
                Align.CENTER, 12);
        pc.spacedLine(null, Part.NONE, BlockType.FOLIO, Fonts.sans(false, 38f), date, MARGIN_X, top + 6, width,
                Align.RIGHT, 0);
        pc.rule(MARGIN_X, ruleY, width, header ? 6 : 4);
        return ruleY + 50;
    }

    private static final String[][] ADS = {
            {"文明朝阳 你我同行", "讲文明 树新风 做文明有礼的朝阳人", "朝阳区精神文明建设委员会办公室"},
            {"欢迎订阅《朝阳报》", "了解朝阳 服务朝阳 记录朝阳", "朝阳区融媒体中心"},
            {"垃圾分类 从我做起", "分类投放 绿色生活 共建美丽家园", "朝阳区城市管理委员会"}};

    /** A framed public-service advertisement filling the given box. */
    void advertisement(PageComposer pc, String key, int page, double x, double top, double width, double height) {
        String[] ad = ADS[(page + (int) (spec.seed() & 1)) % ADS.length];
        pc.frame(x, top, width, height, 8);
        pc.frame(x + 20, top + 20, width - 40, height - 40, 2);
        double content = 150 + 40 + 78 + 40 + 56;
        double y = top + Math.max(60, (height - content) / 2);
        y = pc.spacedLine(key, Part.BODY, BlockType.ADVERTISEMENT, Fonts.serif(true, 150f), ad[0], x, y, width,
                Align.CENTER, 16) + 40;
        y = pc.spacedLine(key, Part.BODY, BlockType.ADVERTISEMENT, Fonts.sans(true, 78f), ad[1], x, y, width,
                Align.CENTER, 6) + 40;
        pc.spacedLine(key, Part.BODY, BlockType.ADVERTISEMENT, Fonts.sans(false, 56f), ad[2], x, y, width,
                Align.CENTER, 4);
    }

    // ------------------------------------------------------------------------------------- vertical page

    /**
     * A page set as a traditional paper sets it: horizontal tiers; in each, columns of characters read top
     * to bottom, the columns right to left; a story's headline columns stand at its right, its body flows
     * leftwards and on into the tier below.
     */
    private void composeVertical(PageComposer pc, PagePlan plan, double top, double bottom) {
        int tiers = 4;
        double tierGap = 50;
        double tierH = (bottom - top - (tiers - 1) * tierGap) / tiers;
        double left = MARGIN_X;
        double right = PAGE_W - MARGIN_X;
        for (int t = 1; t < tiers; t++) {
            pc.rule(left, top + t * tierH + (t - 0.5) * tierGap - 1.5, right - left, 3);
        }
        VCursor cur = new VCursor(0, right);
        List<String> keys = new ArrayList<>();
        for (Row row : plan.rows()) {
            for (Slot slot : row.slots()) {
                if (slot instanceof StorySlot s) {
                    keys.add(s.story());
                }
            }
        }
        Font body = Fonts.serif(false, (float) PageComposer.BODY_SIZE);
        double bodyPitch = PageComposer.BODY_PITCH;
        for (String k : keys) {
            Story story = seed.story(k).map(PrintedForm::traditional);
            if (cur.x - left < 400 && cur.x < right) {
                cur = new VCursor(cur.tier + 1, right);
            }
            if (cur.x < right) {
                pc.rule(cur.x, tierTop(top, tierH, tierGap, cur.tier), 2, tierH);
                cur = new VCursor(cur.tier, cur.x - 30);
            }
            double ty = tierTop(top, tierH, tierGap, cur.tier);
            double x = cur.x;
            if (!story.kicker().isEmpty()) {
                Font f = Fonts.sans(false, 46f);
                x = pc.verticalBlock(k, Part.HEADING, BlockType.KICKER, f, plain(story.kicker(), f, tierH), x, ty, tierH, 66);
            }
            Font hf = Fonts.serif(true, 84f);
            List<Broken> head = new ArrayList<>();
            for (String line : story.headline()) {
                head.addAll(plain(line, hf, tierH));
            }
            x = pc.verticalBlock(k, Part.HEADING, BlockType.HEADLINE, hf, head, x, ty, tierH, 112) - 10;
            if (story.byline().isPresent()) {
                Font f = Fonts.sans(true, 40f);
                x = pc.verticalBlock(k, Part.BODY, BlockType.BYLINE, f, plain(story.byline().get().printed(), f, tierH),
                        x, ty, tierH, bodyPitch);
            }
            List<Broken> columns = new ArrayList<>();
            for (String p : story.paragraphs()) {
                columns.addAll(Typesetter.breakParagraph(p, body, tierH, 2 * PageComposer.BODY_SIZE, true));
            }
            int i = 0;
            int tier = cur.tier;
            while (i < columns.size()) {
                int fit = (int) Math.floor((x - left) / bodyPitch);
                if (fit <= 0) {
                    tier++;
                    x = right;
                    continue;
                }
                if (tier >= tiers) {
                    throw new IllegalStateException("vertical page " + plan.number() + " overflows");
                }
                int end = Math.min(columns.size(), i + fit);
                x = pc.verticalBlock(k, Part.BODY, BlockType.BODY, body, columns.subList(i, end), x,
                        tierTop(top, tierH, tierGap, tier), tierH, bodyPitch);
                i = end;
            }
            cur = new VCursor(tier, x);
        }
        // what is left of the last tier, and the tiers below it, hold advertisements, set vertically too
        double tierBottom = tierTop(top, tierH, tierGap, cur.tier) + tierH;
        if (cur.x - left >= 600) {
            verticalAdvertisement(pc, "ad-p" + plan.number(), 0, left, tierTop(top, tierH, tierGap, cur.tier),
                    cur.x - 40 - left, bottom - tierTop(top, tierH, tierGap, cur.tier));
            if (right - cur.x >= 600 && bottom - tierBottom >= 300) {
                verticalAdvertisement(pc, "ad-p" + plan.number() + "b", 1, cur.x + 10, tierBottom + tierGap,
                        right - cur.x - 10, bottom - tierBottom - tierGap);
            }
        } else if (bottom - tierBottom >= 300) {
            verticalAdvertisement(pc, "ad-p" + plan.number(), 0, left, tierBottom + tierGap, right - left,
                    bottom - tierBottom - tierGap);
        }
    }

    private static double tierTop(double top, double tierH, double gap, int tier) {
        return top + tier * (tierH + gap);
    }

    private record VCursor(int tier, double x) {
    }

    private static List<Broken> plain(String text, Font font, double measure) {
        return Typesetter.breakParagraph(text, font, measure, 0, true).stream()
                .map(b -> new Broken(b.units(), 0, false)).toList();
    }

    private void verticalAdvertisement(PageComposer pc, String key, int which, double x, double top, double width,
                                       double height) {
        String[] ad = ADS[which];
        pc.frame(x, top, width, height, 8);
        double right = x + width - 80;
        double inner = height - 120;
        Font big = Fonts.serif(true, 120f);
        Font mid = Fonts.sans(true, 64f);
        Font small = Fonts.sans(false, 48f);
        double r = pc.verticalBlock(key, Part.BODY, BlockType.ADVERTISEMENT, big,
                plain(PrintedForm.traditional(ad[0]), big, inner), right, top + 60, inner, 170);
        r = pc.verticalBlock(key, Part.BODY, BlockType.ADVERTISEMENT, mid,
                plain(PrintedForm.traditional(ad[1]), mid, inner), r - 40, top + 60, inner, 100);
        pc.verticalBlock(key, Part.BODY, BlockType.ADVERTISEMENT, small,
                plain(PrintedForm.traditional(ad[2]), small, inner), r - 40, top + 60, inner, 80);
    }
}
