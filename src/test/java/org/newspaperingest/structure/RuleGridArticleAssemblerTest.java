package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newspaperingest.model.BlockType.BODY;
import static org.newspaperingest.model.BlockType.BYLINE;
import static org.newspaperingest.model.BlockType.CAPTION;
import static org.newspaperingest.model.BlockType.FOLIO;
import static org.newspaperingest.model.BlockType.HEADLINE;
import static org.newspaperingest.model.BlockType.JUMP;
import static org.newspaperingest.model.BlockType.KICKER;
import static org.newspaperingest.model.BlockType.MASTHEAD;
import static org.newspaperingest.model.BlockType.ADVERTISEMENT;
import static org.newspaperingest.model.BlockType.SUBHEADLINE;
import static org.newspaperingest.structure.PageBuilder.column;
import static org.newspaperingest.structure.PageBuilder.columns;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Page;

class RuleGridArticleAssemblerTest {

    private final ArticleAssembler assembler = new RuleGridArticleAssembler();

    /**
     * A front page: masthead (some of its lines misclassed), a lead article over four columns, a rule, then two articles side by side with only
     * white space between them, and a folio.
     */
    @Test
    void groupsAFrontPageByRulesAndHeadlines() {
        Page page = PageBuilder.page(1)
                .block("M1", MASTHEAD, new Box(100, 60, 900, 130), "朝陽報")
                .block("M2", MASTHEAD, new Box(1200, 60, 700, 130), "第3683期本期4版2026年3月13日星期五")
                // masthead lines layout analysis misclassed: inside the masthead's rule they are masthead all the same
                .block("M3", SUBHEADLINE, new Box(100, 200, 400, 60), "CHAOYANGBAO")
                .block("M4", BODY, new Box(600, 200, 500, 60), "中共北京市朝阳区委宣传部主办")
                .rule("R1", new Box(100, 290, 1810, 4))
                .block("A0", KICKER, columns(0, 3, 320, 380), "吴小杰在2026年朝阳区精神文明建设工作会议上强调")
                .block("A1", HEADLINE, columns(0, 3, 390, 510), "以首善标准推动精神文明建设")
                .block("A2", SUBHEADLINE, columns(0, 3, 520, 580), "为建设具有国际影响力的中国式现代化强区凝聚强大力量")
                .block("A3", BODY, columns(0, 0, 610, 1300), "本报讯(记者高鹏飞)3月11日下午,2026年朝阳区精神文明建设工作会议召开,")
                .block("A4", BODY, columns(1, 1, 610, 1300), "深入学习贯彻习近平总书记关于精神文明建设的重要论述,")
                .block("A5", BODY, columns(2, 2, 610, 1300), "全面落实首都精神文明建设工作会议部署,")
                .block("A6", BODY, columns(3, 3, 610, 1300), "总结部署我区精神文明建设工作。")
                .rule("R2", new Box(100, 1330, 1810, 4))
                .block("B1", HEADLINE, columns(0, 1, 1360, 1480), "区政协召开十四届二十五次常委会议")
                .block("B2", BODY, columns(0, 0, 1510, 2600), "本报讯(记者王建伟)3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("B3", BODY, columns(1, 1, 1510, 2600), "在专题学习环节,区政协邀请专家进行专题讲座。")
                .block("C1", HEADLINE, columns(2, 3, 1360, 1480), "朝阳集体产业项目建设“加速跑”")
                .block("C2", BODY, columns(2, 2, 1510, 2600), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产,")
                .block("C3", BODY, columns(3, 3, 1510, 2600), "正铆足干劲、开足马力全力推进。(陈芳芳)")
                .block("F1", FOLIO, new Box(900, 2900, 200, 40), "1")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of("ART0001", "ART0002", "ART0003", "ART0004"), articles.stream().map(Article::id).toList());
        Article masthead = articles.get(0);
        assertEquals(Article.Kind.TITLE_SECTION, masthead.kind());
        assertEquals(ids("M1", "M2", "M3", "M4"), idsOf(masthead));

        Article lead = articles.get(1);
        assertEquals(Article.Kind.ARTICLE, lead.kind());
        assertEquals("以首善标准推动精神文明建设", lead.title());
        assertEquals("吴小杰在2026年朝阳区精神文明建设工作会议上强调 为建设具有国际影响力的中国式现代化强区凝聚强大力量", lead.subtitle());
        assertEquals(refs(1, "A0", "A1", "A2"), lead.heading());
        assertEquals(refs(1, "A3", "A4", "A5", "A6"), lead.body());
        assertEquals(List.of(new Article.Name("高鹏飞", "记者", "本报讯(记者高鹏飞)")), lead.names());

        assertEquals(ids("B1", "B2", "B3"), idsOf(articles.get(2)));
        assertEquals(ids("C1", "C2", "C3"), idsOf(articles.get(3)));
        assertEquals(List.of(new Article.Name("陈芳芳", "作者", "(陈芳芳)")), articles.get(3).names());
        assertTrue(articles.stream().noneMatch(a -> idsOf(a).contains("F1")), "the folio belongs to no article");
    }

    /** A headline set vertically left of its body, under another article: the rules fence it in with its body. */
    @Test
    void aHeadlineBesideItsBodyHeadsIt() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "树立和践行正确政绩观")
                .block("A2", BODY, columns(0, 1, 250, 1000), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("A3", BODY, columns(2, 3, 250, 1000), "政绩观,连着发展观。")
                .rule("R1", new Box(100, 1030, 1810, 4))
                .block("B1", HEADLINE, new Box(100, 1070, 120, 900), Direction.VERTICAL, "吴小杰调研首都经济贸易大学")
                .rule("R2", new Box(240, 1050, 4, 950))
                .block("B2", BODY, Box.ofCorners(270, 1070, 1090, 1960), "本报讯(首席记者张世玉)3月11日上午,区委书记吴小杰到首都经济贸易大学红庙校区开展调研。")
                .block("B3", BODY, Box.ofCorners(1120, 1070, 1910, 1960), "首都经济贸易大学是北京市属重点建设高水平研究型大学。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(2, articles.size());
        assertEquals(ids("A1", "A2", "A3"), idsOf(articles.get(0)));
        Article beside = articles.get(1);
        assertEquals("吴小杰调研首都经济贸易大学", beside.title());
        assertEquals(refs(1, "B2", "B3"), beside.body());
        assertEquals(List.of(new Article.Name("张世玉", "首席记者", "本报讯(首席记者张世玉)")), beside.names());
    }

    /** The same layout with no rule found at all: the vertical headline still claims the body beside it. */
    @Test
    void aHeadlineBesideItsBodyHeadsItWithoutRules() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "树立和践行正确政绩观")
                .block("A2", BODY, columns(0, 1, 250, 1000), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("A3", BODY, columns(2, 3, 250, 1000), "政绩观,连着发展观。")
                .block("B1", HEADLINE, new Box(100, 1070, 120, 900), Direction.VERTICAL, "吴小杰调研首都经济贸易大学")
                .block("B2", BODY, Box.ofCorners(270, 1070, 1090, 1960), "3月11日上午,区委书记吴小杰到首都经济贸易大学红庙校区开展调研。")
                .block("B3", BODY, Box.ofCorners(1120, 1070, 1910, 1960), "首都经济贸易大学是北京市属重点建设高水平研究型大学。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3"), ids("B1", "B2", "B3")), idsOf(articles));
    }

    /**
     * No rules; a story's columns end, and a row lower the next story's columns start under them, its headline set
     * short in the column to their left. The white between the rows parts them more than the way to that headline.
     */
    @Test
    void columnsUnderAnotherStorysColumnsAcrossRowWhiteFollowTheHeadlineBesideThem() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(2, 3, 100, 220), "深化区校战略合作")
                .block("A2", BODY, columns(2, 2, 250, 1000), "3月11日上午,区委书记吴小杰到首都经济贸易大学红庙校区开展调研。")
                .block("A3", BODY, columns(3, 3, 250, 1000), "首都经济贸易大学是北京市属重点建设高水平研究型大学。")
                .block("B1", HEADLINE, new Box(column(1), 1108, 328, 300), "国际消费中心城市建设提速")
                .block("B2", BODY, columns(2, 2, 1108, 1900), "在专题学习环节,区政协邀请专家作辅导报告。")
                .block("B3", BODY, columns(3, 3, 1108, 1900), "“十四五”国际经贸总结、“十五五”全面规划。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3"), ids("B1", "B2", "B3")), idsOf(articles));
    }

    /** The jump line set flush right under a column's short last line is that column's, not the next story's. */
    @Test
    void aJumpLineUnderAShortLastLineEndsItsColumn() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 0, 100, 220), "朝阳集体产业项目建设加速跑")
                .block("A2", BODY, columns(0, 0, 250, 1000), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("A3", BODY, new Box(column(1), 250, 200, 30), "马力全力推进。")
                .block("A4", JUMP, new Box(column(1) + 230, 290, 200, 30), "（下转第2版）")
                .block("B1", HEADLINE, columns(2, 3, 100, 220), "政绩观连着发展观")
                .block("B2", BODY, columns(2, 2, 250, 1000), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("B3", BODY, columns(3, 3, 250, 1000), "高质量发展是全面建设社会主义现代化国家的首要任务。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4"), ids("B1", "B2", "B3")),
                idsOf(articles));
    }

    /**
     * A story continued from page 1 fills the first columns; the next column opens with a dateline, the report of the
     * headline set on the right. The continued story printed its dateline on page 1: this one is the other story's.
     */
    @Test
    void aDatelineAfterAContinuedStorysColumnsOpensTheStoryBeside() {
        Page page = PageBuilder.page(2)
                .block("C1", JUMP, new Box(column(0), 100, 250, 30), "（上接第1版）")
                .block("C2", BODY, columns(0, 0, 140, 1500), "走进平房乡一处集体产业项目施工现场,热火朝天的建设氛围扑面而来。")
                .block("C3", BODY, columns(1, 1, 100, 1500), "多名工人正在多个区域同时作业,加紧推进工程建设。")
                .block("D1", BYLINE, new Box(column(2), 100, 400, 30), "本报讯（记者王建伟）")
                .block("D2", BODY, columns(2, 2, 140, 1500), "3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("D3", HEADLINE, new Box(column(3) + 100, 100, 200, 900), "区政协召开十四届二十五次常委会议")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("C1", "C2", "C3"), ids("D1", "D2", "D3")), idsOf(articles));
    }

    /** A headline's one-character middle line, classed a kicker, is a line of the headline: one article, not two. */
    @Test
    void aShortMiddleLineOfAHeadlineClassedAKickerJoinsItsLines() {
        Page page = PageBuilder.page(1)
                .line("H1", HEADLINE, new Box(column(3), 100, 290, 60), "老旧小区综")
                .line("H2", KICKER, new Box(column(3) + 115, 190, 60, 60), "合")
                .block("H3", HEADLINE, new Box(column(3), 280, 290, 120), "整治全面提速")
                .block("B1", BODY, columns(3, 3, 430, 1500), "习近平总书记指出,不能只看国内生产总值增长率。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("H1", "H2", "H3", "B1")), idsOf(articles));
    }

    /**
     * A line of body type right under the headline, with no clause punctuation and nothing of the story beside it, is
     * its deck, read with the heading; the first lines of two columns, side by side under it, are body, and so is a
     * subhead beside a photo.
     */
    @Test
    void aLoneLineUnderTheHeadlineIsItsDeckButColumnTopsSideBySideAreBody() {
        Page withDeck = PageBuilder.page(1)
                .block("H", HEADLINE, columns(0, 1, 100, 220), "十项民生实事年内落地见效")
                .block("D", BODY, new Box(column(0) + 150, 240, 600, 30), "以钉钉子精神抓好工作落实")
                .block("B1", BODY, columns(0, 0, 300, 1000), "走进平房乡一处集体产业项目施工现场,热火朝天。")
                .block("B2", BODY, columns(1, 1, 300, 1000), "有350多名工人正在多个区域同时作业。")
                .build();
        Article deck = assembler.assemble(List.of(withDeck)).get(0);
        assertEquals(refs(1, "H", "D"), deck.heading());
        assertEquals(refs(1, "B1", "B2"), deck.body());

        Page columnTops = PageBuilder.page(1)
                .block("H", HEADLINE, columns(0, 1, 100, 220), "十项民生实事年内落地见效")
                .block("C1", BODY, new Box(column(0), 240, 430, 30), "委书记吴小杰以普通党员身")
                .block("C2", BODY, new Box(column(1), 240, 430, 30), "办公室党总支第一支部组织")
                .block("B1", BODY, columns(0, 0, 300, 1000), "走进平房乡一处集体产业项目施工现场,热火朝天。")
                .block("B2", BODY, columns(1, 1, 300, 1000), "有350多名工人正在多个区域同时作业。")
                .build();
        Article columns = assembler.assemble(List.of(columnTops)).get(0);
        assertEquals(refs(1, "H"), columns.heading());
        assertEquals(ids("C1", "C2", "B1", "B2"), Set.copyOf(columns.body().stream().map(BlockRef::id).toList()));

        // seed 9, page 1: a subhead opens the second column, level with the photo opening the first
        Page subheadBesidePhoto = PageBuilder.page(1)
                .block("H", HEADLINE, columns(0, 1, 100, 220), "十项民生实事年内落地见效")
                .photo("P", columns(0, 0, 240, 600))
                .block("S", BODY, new Box(column(1) + 150, 240, 200, 30), "守牢安全底线")
                .block("B1", BODY, columns(0, 0, 640, 1000), "走进平房乡一处集体产业项目施工现场,热火朝天。")
                .block("B2", BODY, columns(1, 1, 300, 1000), "有350多名工人正在多个区域同时作业。")
                .build();
        Article subhead = assembler.assemble(List.of(subheadBesidePhoto)).get(0);
        assertEquals(refs(1, "H"), subhead.heading());
    }

    /**
     * A line of body type right over the headline, no wider than it, without clause punctuation: its kicker, read
     * first (seed 302, page 1). The last line of a story above ends its sentence and stays with that story.
     */
    @Test
    void aLoneLineOverTheHeadlineIsItsKicker() {
        Page page = PageBuilder.page(1)
                .block("G", HEADLINE, columns(0, 1, 20, 90), "政绩观连着发展观")
                .block("A", BODY, columns(0, 1, 110, 360), "春回大地,万物竞发。各项目全面复工。")
                .block("T", BODY, new Box(column(0), 380, 300, 30), "开足马力全力推进。")
                .block("K", BODY, new Box(column(0) + 100, 470, 700, 30), "吴小杰在朝阳区精神文明建设工作会议上强调")
                .block("H", HEADLINE, columns(0, 1, 510, 630), "十项民生实事年内落地见效")
                .block("B1", BODY, columns(0, 0, 660, 1000), "走进平房乡一处集体产业项目施工现场,热火朝天。")
                .block("B2", BODY, columns(1, 1, 660, 1000), "有350多名工人正在多个区域同时作业。")
                .build();
        List<Article> articles = assembler.assemble(List.of(page));
        Article story = articles.stream().filter(a -> a.title().startsWith("十项")).findFirst().orElseThrow();
        assertEquals(List.of(ids("G", "A", "T"), ids("K", "H", "B1", "B2")), idsOf(articles));
        assertEquals(refs(1, "K", "H"), story.heading());
    }

    /**
     * A photo across the page right over a story's kicker and headline is that story's, even where a line at its foot,
     * taken for its caption, stands level with the kicker (seed 321, page 2: the kicker's last words).
     */
    @Test
    void aPhotoRightOverAHeadlineIsThatStorysThoughItsCaptionStandsBesideTheKicker() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 200), "区政协召开十四届二十五次常委会议")
                .block("A2", BODY, columns(0, 1, 230, 700), "3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("A3", BODY, columns(2, 3, 230, 700), "会议审议通过了工作要点和协商办法。")
                .photo("P", columns(0, 3, 800, 1500))
                .block("C", CAPTION, new Box(column(3), 1515, 200, 40), "真抓实干")
                .block("B1", KICKER, new Box(column(1), 1510, 800, 30), "吴小杰参加支部组织生活会时强调")
                .block("B2", HEADLINE, columns(1, 2, 1560, 1700), "为朝阳作出新的更大贡献")
                .block("B3", BODY, columns(0, 1, 1730, 2400), "3月12日上午,区委书记吴小杰参加了组织生活会。")
                .block("B4", BODY, columns(2, 3, 1730, 2400), "他指出,区委办肩负着承上启下的重要职能。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3"), ids("B1", "B2", "B3", "B4", "P", "C")), idsOf(articles));
    }

    /** A framed article set into the columns of another: the frame keeps them apart. */
    @Test
    void aBoxedArticleStandsApart() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 0, 250, 2000), "习近平总书记指出,不能只看国内生产总值增长。")
                .block("A3", BODY, columns(1, 1, 250, 2000), "今年全国两会上,代表委员带来发展新质生产力的鲜活故事。")
                .block("A4", BODY, columns(2, 3, 250, 1000), "从会场内的建言献策,到会场外的火热实践。")
                .rule("FRAME", Box.ofCorners(column(2) - 10, 1040, column(3) + 440, 2000))
                .block("B1", BODY, columns(2, 3, 1080, 1300), "跑出加速度 实现开门红")
                .block("B2", BODY, columns(2, 2, 1330, 1960), "新春伊始,各项目全面复工。")
                .block("B3", BODY, columns(3, 3, 1330, 1960), "各乡铆足干劲。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4"), ids("B1", "B2", "B3")), idsOf(articles));
        assertEquals("", articles.get(1).title(), "the boxed item has no headline block");
    }

    /** A rule under the headline cuts it from its body; the two are one article all the same. */
    @Test
    void aRuleUnderTheHeadlineDoesNotCutTheArticle() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .rule("R1", new Box(100, 235, 1810, 4))
                .block("A2", BODY, columns(0, 1, 260, 1000), "春回大地,万物竞发。")
                .block("A3", BODY, columns(2, 3, 260, 1000), "走进平房乡一处集体产业项目施工现场。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3")), idsOf(articles));
    }

    /** Page 1 jumps to page 3 (下转第三版); page 3 picks it up (上接第一版) under the repeated headline. */
    @Test
    void joinsAContinuationFromPageOneToPageThree() {
        Page one = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 1, 250, 1000), "共赴春天的盛会,奔赴未来的征途。")
                .block("A3", BODY, columns(2, 3, 250, 960), "以科技创新引领产业创新,凝聚起高质量发展的“新质力”。")
                .block("A4", JUMP, new Box(1700, 965, 210, 30), "(下转第三版)")
                .rule("R1", new Box(100, 1030, 1810, 4))
                .block("B1", HEADLINE, columns(0, 3, 1070, 1190), "区政协召开十四届二十五次常委会议")
                .block("B2", BODY, columns(0, 3, 1220, 2000), "本报讯(记者王建伟)3月12日下午,区政协召开十四届二十五次常委会议。")
                .build();
        Page two = PageBuilder.page(2)
                .block("C1", HEADLINE, columns(0, 3, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .block("C2", BODY, columns(0, 3, 250, 1000), "春回大地,万物竞发。")
                .build();
        Page three = PageBuilder.page(3)
                .block("D1", HEADLINE, columns(0, 1, 100, 220), "政绩观连着发展观")
                .block("D2", JUMP, new Box(100, 240, 210, 30), "(上接第一版)")
                .block("D3", BODY, columns(0, 1, 280, 1400), "从会场内的建言献策,到会场外的火热实践。")
                .rule("R1", new Box(1010, 100, 4, 1300))
                .block("E1", HEADLINE, columns(2, 3, 100, 220), "深化区校战略合作")
                .block("E2", BODY, columns(2, 3, 250, 1400), "3月11日上午,区委书记吴小杰到首都经济贸易大学开展调研。")
                .build();

        List<Article> articles = assembler.assemble(List.of(one, two, three));

        assertEquals(4, articles.size(), articles.toString());
        Article joined = articles.get(0);
        assertEquals("ART0001", joined.id());
        assertEquals(List.of(1, 3), joined.pages());
        assertEquals(List.of(new BlockRef(1, "A1"), new BlockRef(3, "D1")), joined.heading());
        assertEquals(List.of(new BlockRef(1, "A2"), new BlockRef(1, "A3"), new BlockRef(3, "D3")), joined.body());
        assertEquals(List.of(new BlockRef(1, "A4"), new BlockRef(3, "D2")), joined.continuations());
        assertEquals(Optional.empty(), joined.unresolvedJump());
        assertEquals("政绩观连着发展观", joined.title());
        assertTrue(articles.stream().skip(1).allMatch(a -> a.unresolvedJump().isEmpty()));
        assertEquals(List.of(1, 2, 3), articles.stream().skip(1).map(a -> a.pages().get(0)).toList());

        String text = ArticleText.of(joined, List.of(one, two, three));
        assertFalse(text.contains("下转") || text.contains("上接"), text);
        assertTrue(text.contains("“新质力”。\n从会场内的建言献策"), text);
    }

    /** A body ending in (下转二版) with no jump block of its own is joined to the body opening with (上接一版). */
    @Test
    void joinsAJumpPrintedInsideTheBodyText() {
        Page one = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 3, 250, 1000), "以产业升级促进科技迭代,凝聚起高质量发展的“新质力”。(下转二版)")
                .build();
        Page two = PageBuilder.page(2)
                .block("B1", BODY, columns(0, 1, 100, 1000), "（上接第1版）从会场内的建言献策,到会场外的火热实践,")
                .rule("R1", new Box(1010, 100, 4, 1300))
                .block("C1", HEADLINE, columns(2, 3, 100, 220), "区政协召开十四届二十五次常委会议")
                .block("C2", BODY, columns(2, 3, 250, 1000), "3月12日下午,区政协召开常委会议。")
                .build();

        List<Article> articles = assembler.assemble(List.of(one, two));

        assertEquals(2, articles.size(), articles.toString());
        assertEquals(List.of(new BlockRef(1, "A2"), new BlockRef(2, "B1")), articles.get(0).body());
        assertEquals(List.of(), articles.get(0).continuations());
        assertEquals(Optional.empty(), articles.get(0).unresolvedJump());
        assertEquals("政绩观连着发展观\n以产业升级促进科技迭代,凝聚起高质量发展的“新质力”。\n从会场内的建言献策,到会场外的火热实践,",
                ArticleText.of(articles.get(0), List.of(one, two)));
    }

    /** Page 2 was not scanned: the article stays, with its jump reported. */
    @Test
    void reportsAJumpWhosePartnerIsMissing() {
        Page one = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 3, 250, 960), "凝聚起高质量发展的“新质力”。")
                .block("A3", JUMP, new Box(1700, 965, 210, 30), "(下转二版)")
                .build();
        Page three = PageBuilder.page(2).withLabel("3")
                .block("B1", JUMP, new Box(100, 100, 210, 30), "(上接第2版)")
                .block("B2", BODY, columns(0, 3, 140, 960), "这一部分的前文在未扫描的第二版。")
                .build();

        List<Article> articles = assembler.assemble(List.of(one, three));

        assertEquals(2, articles.size());
        Article cut = articles.get(0);
        assertEquals(refs(1, "A2"), cut.body());
        assertEquals(refs(1, "A3"), cut.continuations());
        assertEquals(Optional.of("(下转二版): page 2 is not in the issue (2 pages scanned)"), cut.unresolvedJump());
        Article orphan = articles.get(1);
        assertEquals(List.of(new BlockRef(2, "B2")), orphan.body());
        assertTrue(orphan.unresolvedJump().orElseThrow().startsWith("(上接第2版): no part on page 2"),
                orphan.unresolvedJump().toString());
    }

    /** A jump line that layout analysis took for body text is still a jump line, not a sentence of the story. */
    @Test
    void aJumpLineClassedAsBodyIsAContinuation() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 3, 250, 960), "凝聚起高质量发展的“新质力”。")
                .block("A3", BODY, new Box(1700, 965, 210, 30), "（下转第3版）")
                .build();

        Article article = assembler.assemble(List.of(page)).get(0);

        assertEquals(refs(1, "A2"), article.body());
        assertEquals(refs(1, "A3"), article.continuations());
        assertEquals(Optional.of("（下转第3版）: page 3 is not in the issue (1 page scanned)"), article.unresolvedJump());
    }

    /** A paragraph that layout analysis took for a jump line stays body text and jumps nowhere. */
    @Test
    void aParagraphClassedAsJumpIsBody() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .block("A2", JUMP, columns(0, 3, 250, 400), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("A3", BODY, columns(0, 3, 420, 960), "走进平房乡一处集体产业项目施工现场。")
                .build();

        Article article = assembler.assemble(List.of(page)).get(0);

        assertEquals(refs(1, "A2", "A3"), article.body());
        assertEquals(List.of(), article.continuations());
        assertEquals(Optional.empty(), article.unresolvedJump());
    }

    @Test
    void reportsAJumpToAPageOutsideTheIssue() {
        Page one = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 3, 250, 960), "凝聚起高质量发展的“新质力”。(下转第5版)")
                .build();

        Article article = assembler.assemble(List.of(one)).get(0);

        assertEquals(Optional.of("(下转第5版): page 5 is not in the issue (1 page scanned)"), article.unresolvedJump());
    }

    /** A photo with its caption belongs to the article around it; a photo with a caption alone is an illustration. */
    @Test
    void placesPhotosAndCaptions() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .block("A2", BYLINE, columns(0, 1, 240, 270), "记者 王建伟 通讯员 李某")
                .block("A3", BODY, columns(0, 1, 300, 1000), "春回大地,万物竞发。")
                .photo("P1", columns(2, 3, 300, 800))
                .block("A4", CAPTION, columns(2, 3, 810, 870), "平房乡集体产业项目施工现场。记者 张三 摄")
                .rule("R1", new Box(100, 1030, 1810, 4))
                .photo("P2", columns(0, 3, 1060, 1800))
                .block("B1", CAPTION, columns(0, 3, 1810, 1870), "春到朝阳公园。")
                .rule("R2", new Box(100, 1900, 1810, 4))
                .block("AD", ADVERTISEMENT, columns(0, 3, 1930, 2400), "诚聘英才")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(3, articles.size(), articles.toString());
        Article story = articles.get(0);
        assertEquals(refs(1, "A1"), story.heading());
        assertEquals(refs(1, "A2", "A3"), story.body());
        assertEquals(refs(1, "P1", "A4"), story.illustrations());
        assertEquals(List.of(new Article.Name("王建伟", "记者", "记者 王建伟 通讯员 李某"),
                new Article.Name("李某", "通讯员", "记者 王建伟 通讯员 李某")), story.names());
        Article photo = articles.get(1);
        assertEquals(Article.Kind.ILLUSTRATION, photo.kind());
        assertEquals(refs(1, "P2", "B1"), photo.illustrations());
        assertEquals(Article.Kind.ADVERTISEMENT, articles.get(2).kind());
        assertEquals(refs(1, "AD"), articles.get(2).body());
    }

    /** A photo in a ruled column of its own beside a story, in the same row, illustrates the story. */
    @Test
    void aPhotoBesideAStoryIllustratesIt() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 1, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .block("A2", BODY, columns(0, 0, 250, 1400), "春回大地,万物竞发。")
                .block("A3", BODY, columns(1, 1, 250, 1400), "走进平房乡一处集体产业项目施工现场。")
                .rule("R1", new Box(1005, 100, 2, 1300))
                .photo("P1", columns(2, 3, 100, 1300))
                .block("C1", CAPTION, columns(2, 3, 1320, 1380), "平房乡一处集体产业项目施工现场。")
                .rule("R2", new Box(100, 1430, 1810, 3))
                .block("B1", HEADLINE, columns(0, 3, 1460, 1580), "区政协召开十四届二十五次常委会议")
                .block("B2", BODY, columns(0, 3, 1610, 2400), "3月12日下午,区政协召开常委会议。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "P1", "C1"), ids("B1", "B2")),
                idsOf(articles));
        assertEquals(refs(1, "P1", "C1"), articles.get(0).illustrations());
    }

    /**
     * A page in vertical columns (read right to left) in two tiers: the first story's body runs on from the end of
     * the upper tier into the lower one, where the second story follows.
     */
    @Test
    void followsAVerticalStoryIntoTheTierBelow() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, Box.ofCorners(1780, 100, 1900, 900), Direction.VERTICAL, "區政協召開常委會議")
                .block("A2", BODY, Box.ofCorners(100, 100, 1750, 900), Direction.VERTICAL, "本報訊區政協召開十四屆二十五次常委會議")
                .rule("R1", new Box(100, 930, 1810, 3))
                .block("A3", BODY, Box.ofCorners(1200, 960, 1900, 1760), Direction.VERTICAL, "會議審議通過了工作要點")
                .rule("R2", new Box(1170, 960, 2, 800))
                .block("B1", HEADLINE, Box.ofCorners(1020, 960, 1140, 1760), Direction.VERTICAL, "朝陽集體產業項目建設")
                .block("B2", BODY, Box.ofCorners(100, 960, 990, 1760), Direction.VERTICAL, "春回大地萬物競發")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3"), ids("B1", "B2")), idsOf(articles));
        assertEquals(refs(1, "A2", "A3"), articles.get(0).body());
    }

    /**
     * A story with its headline right of its body: its dateline byline stands level with the headline beside it,
     * next to the columns of a story headed over them, which has its own byline under its headline. A report
     * opens with its dateline once: the second one and the column under it are the other headline's.
     */
    @Test
    void aSecondDatelineOpensTheStoryOfAHeadlineWithNoByline() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(132, 111, 434, 83), "深化区校战略合作以产学研深度融合赋能区域高质量发展")
                .block("A2", SUBHEADLINE, new Box(157, 252, 388, 34), "进一步压实责任细化措施")
                .block("A3", BYLINE, new Box(121, 311, 199, 74), "本报讯（首席记者张世玉）")
                .block("A4", BODY, new Box(121, 401, 218, 342), "3月11日上午,区委书记吴小杰到首都经济贸易大学红庙校区开展调研。")
                .block("A5", BODY, new Box(366, 309, 218, 431), "调,要立足“十五五”开局新起点,以产学研深度融合为抓手。")
                .block("B2", BYLINE, new Box(609, 109, 199, 73), "本报讯（记者王建伟）")
                .block("B3", BODY, new Box(610, 200, 218, 386), "3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("B1", HEADLINE, new Box(856, 108, 214, 249), "区政协召开十四届二十五次常委会议")
                .block("B4", BODY, new Box(856, 374, 199, 58), "多措并举提升群众获得感幸福感")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4", "A5"), ids("B1", "B2", "B3", "B4")),
                idsOf(articles));
    }

    /**
     * Two stories in one column under headlines set right of their bodies: the dateline in the middle of the
     * column opens the lower story, though the text above runs down to it.
     */
    @Test
    void aDatelineInTheMiddleOfAColumnOpensTheLowerStory() {
        Page page = PageBuilder.page(1)
                .block("A2", BYLINE, columns(0, 0, 100, 130), "本报讯（记者高鹏飞）")
                .block("A3", BODY, columns(0, 0, 140, 1000), "3月12日上午,区委书记吴小杰以普通党员身份参加了区委办公室党总支第一支部组织生活会。")
                .block("A4", BODY, columns(1, 1, 100, 1900), "小杰充分肯定了区委办2025年各项工作。会议审议通过了《协商计划》。")
                .block("A5", BODY, columns(2, 2, 100, 1000), "出的重要指示精神,要学习北京重要讲话精神。")
                .block("A1", HEADLINE, columns(3, 3, 100, 400), "为朝阳加快建设具有国际影响力的中国式现代化强区作出新的更大贡献")
                .block("B2", BYLINE, columns(0, 0, 1040, 1070), "本报讯（记者王建伟）")
                .block("B3", BODY, columns(0, 0, 1080, 1900), "3月12日下午,区政协召开十四届二十五次常委会议。区政协主席李国红主持会议。")
                .block("B4", BODY, columns(2, 2, 1040, 1900), "言资政上干在实处。带头深化“每月一题”民主监督。")
                .block("B1", HEADLINE, columns(3, 3, 1040, 1400), "区政协召开十四届二十五次常委会议")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        Article lower = articles.stream().filter(a -> a.title().startsWith("区政协")).findFirst().orElseThrow();
        assertTrue(idsOf(lower).containsAll(ids("B1", "B2", "B3", "B4")), idsOf(lower).toString());
        Article upper = articles.stream().filter(a -> a.title().startsWith("为朝阳")).findFirst().orElseThrow();
        assertTrue(idsOf(upper).containsAll(ids("A1", "A2", "A3", "A5")), idsOf(upper).toString());
        assertFalse(idsOf(upper).contains("B3"));
    }

    /**
     * Under a story set over four columns, a second story with its headline right of its body (a deck under the
     * headline classed as body): its dateline stands in a column under the end of the story above. A report's
     * dateline stands at the start of its text, so the text above it in the column is another story's.
     */
    @Test
    void aDatelineUnderTheEndOfAStoryOpensTheNextOne() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观连着发展观")
                .block("A2", BODY, columns(0, 0, 250, 800), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("A3", BODY, columns(1, 1, 250, 800), "求的是发展新质生产力。高质量发展是全面建设社会主义现代化国家的首要任务。")
                .block("A4", BODY, columns(2, 2, 250, 800), "政绩观,连着发展观。树立和践行正确政绩观,就要不断激发创新活力。")
                .block("A5", BODY, columns(3, 3, 250, 800), "上,代表委员带来发展新质生产力的鲜活故事。")
                .block("B2", BYLINE, columns(1, 1, 900, 930), "本报讯（记者高鹏飞）")
                .block("B3", BODY, columns(1, 1, 940, 1900), "3月11日下午,2026年朝阳区精神文明建设工作会议召开,深入学习贯彻重要论述。")
                .block("B4", BODY, columns(2, 2, 900, 1900), "为建设具有国际影响力的中国式现代化强区凝聚强大力量。")
                .block("B1", HEADLINE, columns(3, 3, 900, 1200), "以首善标准推动精神文明建设")
                .block("B5", BODY, columns(3, 3, 1230, 1260), "多措并举提升群众获得感幸福感")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4", "A5"), ids("B1", "B2", "B3", "B4", "B5")),
                idsOf(articles));
    }

    /**
     * A headline set right of its columns with a one-line deck under it, classed as body: the deck does not make
     * the headline one over columns of its own, so it still heads the columns beside it, not the story above.
     */
    @Test
    void aDeckUnderAHeadlineBesideItsBodyIsNoColumn() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "科技企业孵化器再添新成员")
                .block("A2", BODY, columns(0, 0, 250, 700), "习近平总书记指出,不能只看国内生产总值增长,现在增长的是硬实力。")
                .block("A3", BODY, columns(1, 1, 250, 700), "要成为领导干部政绩观的重要内容。政绩观,连着发展观。")
                .block("A4", BODY, columns(2, 2, 250, 700), "今年全国两会上,代表委员带来发展新质生产力的鲜活故事。")
                .block("A5", BODY, columns(3, 3, 250, 700), "创新,这样一个闭环生动展现全过程人民民主的制度优势。")
                .block("B2", BODY, columns(1, 1, 800, 1900), "会上播放了2025年朝阳区精神文明建设工作总结片,区委常委作代表发言。")
                .block("B3", BODY, columns(2, 2, 800, 1900), "明稳步提升,文明培育深入人心。他强调,要深耕文明实践阵地建设。")
                .block("B1", HEADLINE, columns(3, 3, 800, 1050), "城市更新项目集中开工建设")
                .block("B4", BODY, columns(3, 3, 1080, 1110), "打造宜居宜业和美家园")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4", "A5"), ids("B1", "B2", "B3", "B4")),
                idsOf(articles));
    }

    /**
     * A headline of short lines set flush left in a column of its own, its body in the next column: a few lines,
     * a jump line and a QR code under them. The white right of the headline in its column is no gap between it and
     * its body, so the jump line and the QR code under it stay with it, not with the headline across the gutter.
     */
    @Test
    void aHeadlineInAColumnOfItsOwnKeepsItsBodysJumpLineAndPhoto() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(column(0), 100, 200, 240), "政绩观连着发展观")
                .block("A2", BODY, new Box(column(1), 100, 430, 90), "共赴春天的盛会,奔赴未来的征途,方向更笃定、")
                .block("A3", BODY, new Box(column(1), 195, 200, 30), "信心更坚定。")
                .block("A4", JUMP, new Box(column(1) + 230, 235, 200, 30), "（下转A03版）")
                .photo("P1", new Box(column(1) + 60, 290, 300, 300))
                .block("A5", CAPTION, new Box(column(1) + 60, 600, 300, 30), "扫描二维码观看现场视频")
                .block("B0", KICKER, columns(2, 3, 100, 130), "跑出加速度实现开门红")
                .block("B1", HEADLINE, columns(2, 3, 140, 200), "朝阳集体产业项目建设“加速跑”")
                .block("B2", BODY, columns(2, 2, 230, 1000), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("B3", BODY, columns(3, 3, 230, 1000), "降,工人们正在有条不紊地进行主体结构作业、钢结构施工。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3", "A4", "A5", "P1"), ids("B0", "B1", "B2", "B3")), idsOf(articles));
    }

    /**
     * A story continued from another page ends in its first column, white under it; the columns right of it run on
     * lower, under no heading, and the headline set at the top right heads them: a story fills its columns in turn,
     * so a short column with white under it is its story's last.
     */
    @Test
    void aShortColumnWithWhiteUnderItEndsItsStory() {
        Page page = PageBuilder.page(1)
                .block("A0", JUMP, new Box(column(0), 100, 200, 30), "（上接二版）")
                .block("A1", BODY, columns(0, 0, 140, 1400), "从会场内的建言献策,到会场外的火热实践,科技创新赋能,中国经济向新向优。")
                .block("B1", BODY, columns(1, 1, 100, 1900), "据项目负责人刘亚权介绍,现场有350多名工人正在多个区域同时作业。")
                .block("B2", BODY, columns(2, 2, 100, 1900), "农村局相关负责人介绍,集体产业是朝阳农村地区推动乡村振兴的重要抓手。")
                .block("B0", HEADLINE, columns(3, 3, 100, 220), "背街小巷环境整治见实效")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1"), ids("B0", "B1", "B2")), Set.copyOf(idsOf(articles)));
    }

    /**
     * Three headlines set beside their text: a short two-line one in the first column with nothing under it, its
     * body, photo and more body in the second; a tall one in the third whose report opens in the fourth with its
     * dateline (not set apart as a byline); a third under it over its own columns. The dateline puts the tall
     * headline's body on its right, and the short headline's column is its own: each keeps its text.
     */
    @Test
    void headlinesBesideTheirBodiesKeepTheirColumns() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(column(0), 100, 300, 120), "政绩观连着发展观")
                .block("A2", BODY, columns(1, 1, 100, 500), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .photo("P1", columns(1, 1, 520, 720))
                .block("A3", CAPTION, columns(1, 1, 730, 760), "图为政绩观连着发展观相关现场。本报记者摄")
                .block("A4", BODY, columns(1, 1, 830, 900), "增长的是硬实力,追求的是发展新质生产力。")
                .block("B1", HEADLINE, new Box(column(2), 100, 400, 450), "深化区校战略合作以产学研深度融合")
                .block("B2", BODY, columns(3, 3, 100, 500), "本报讯（首席记者张世玉）3月11日上午,区委书记吴小杰到首都经济贸易大学调研。")
                .block("C1", HEADLINE, new Box(column(2), 640, 300, 180), "街乡吹哨部门报到再升级")
                .block("C2", BODY, columns(2, 2, 850, 1300), "走进平房乡一处集体产业项目施工现场,热火朝天的建设氛围扑面而来。")
                .block("C3", BODY, columns(3, 3, 850, 1200), "有条不紊地进行主体结构作业、钢结构施工、预制件及外墙板安装。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3", "A4", "P1"), ids("B1", "B2"), ids("C1", "C2", "C3")),
                Set.copyOf(idsOf(articles)));
    }

    /**
     * A short headline centred over its one column, a deck and then its body under it; beside it, under a headline
     * across the other columns, a byline level with the short headline: the short headline heads its column, not
     * the text beside it.
     */
    @Test
    void aHeadlineWithItsBodyUnderItsDeckHeadsThatColumn() {
        Page page = PageBuilder.page(1)
                .block("B1", HEADLINE, columns(1, 3, 100, 220), "以首善标准推动精神文明建设")
                .block("A1", HEADLINE, new Box(column(0) + 110, 250, 200, 230), "政绩观连着发展观")
                .block("A2", BODY, new Box(column(0) + 60, 505, 300, 30), "树立和践行正确政绩观")
                .block("A3", BODY, columns(0, 0, 575, 1200), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("B2", BYLINE, new Box(column(1), 250, 300, 30), "本报讯（记者高鹏飞）")
                .block("B3", BODY, columns(1, 1, 290, 1200), "3月11日下午,2026年朝阳区精神文明建设工作会议召开。")
                .block("B4", BODY, columns(2, 2, 250, 1200), "神文明建设各项工作提质增效、走深走实。")
                .block("B5", BODY, columns(3, 3, 250, 1000), "2025年朝阳区精神文明建设工作,部署2026年重点任务。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3"), ids("B1", "B2", "B3", "B4", "B5")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A photo with its caption, then a kicker of three lines with a comma in body type, then the headline, over one
     * column; beside it another story's photo over its own headline. The kicker (no running text over it, no
     * sentence ended) is the headline's, and so is the photo over it.
     */
    @Test
    void aLongKickerUnderAPhotoIsItsHeadlines() {
        Page page = PageBuilder.page(1)
                .photo("P1", columns(0, 0, 100, 400))
                .block("C1", CAPTION, columns(0, 0, 410, 440), "图为为朝阳加快建设相关现场。本报记者摄")
                .block("K1", BODY, columns(0, 0, 460, 550), "吴小杰参加区委办公室党总支第一支部组织生活会时强调,凝心聚力、真抓实干")
                .block("A1", HEADLINE, new Box(column(0), 560, 400, 240), "为朝阳加快建设具有国际影响力的中国式现代化强区")
                .block("A2", BYLINE, new Box(column(0), 830, 300, 30), "本报讯（记者高鹏飞）")
                .block("A3", BODY, columns(0, 0, 870, 1800), "3月12日上午,区委书记吴小杰以普通党员身份参加了组织生活会。")
                .photo("P2", columns(1, 2, 100, 600))
                .block("C2", CAPTION, columns(1, 2, 610, 640), "图为区政协召开十四届相关现场。本报记者摄")
                .block("B1", HEADLINE, columns(1, 2, 680, 900), "区政协召开十四届二十五次常委会议")
                .block("B2", BODY, columns(1, 1, 930, 1800), "3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("B3", BODY, columns(2, 2, 930, 1800), "武装,把学习贯彻全国两会精神与树立和践行正确政绩观紧密结合。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("P1", "C1", "K1", "A1", "A2", "A3"), ids("P2", "C2", "B1", "B2", "B3")),
                Set.copyOf(idsOf(articles)));
    }

    /**
     * A story's three columns end level; under white of less than two lines, three columns start level again,
     * headed by the headline set right of them: white breaking every column at one height ends a row of stories.
     */
    @Test
    void whiteBreakingTheColumnsLevelEndsARowOfStories() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 2, 100, 220), "文化惠民活动走进千家万户")
                .block("A2", BODY, columns(0, 0, 250, 800), "在专题学习环节,区政协邀请中国联合国采购促进会会长作专题讲座。")
                .block("A3", BODY, columns(1, 1, 250, 800), "王翔男从贸易市场三阶梯模型、十四五国际经贸总结等方面进行阐述。")
                .block("A4", BODY, columns(2, 2, 250, 800), "对委员扩展视野、提高站位,更好理解今年重点协商议题具有很强的借鉴意义。")
                .block("B1", BODY, columns(0, 0, 855, 1400), "在首都经济贸易大学,吴小杰察看了校园基础设施情况。")
                .block("B2", BODY, columns(1, 1, 855, 1400), "略和区域发展中取得的成就给予肯定。在随后召开的座谈会上,双方分别作了介绍。")
                .block("B3", BODY, columns(2, 2, 855, 1300), "整体情况,并围绕人才共育、科研成果转化、国际交流合作等方面进行深入交流。")
                .block("B0", HEADLINE, columns(3, 3, 855, 975), "国际消费中心城市建设提速")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3", "A4"), ids("B0", "B1", "B2", "B3")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A one-column story: headline, a two-line deck in body type, a photo. Beside it a headline centred over three
     * columns, narrower than they are, its first column starting level with the deck: the deck is read with its
     * headline and ties no column to it, so the column is the wide headline's.
     */
    @Test
    void aDeckTiesNoColumnBesideIt() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(column(0) + 30, 100, 360, 120), "十项民生实事年内落地见效")
                .block("A2", BODY, new Box(column(0) + 10, 245, 410, 60), "区有关部门负责同志参加活动")
                .photo("P1", columns(0, 0, 330, 700))
                .block("A3", BODY, columns(0, 0, 730, 1000), "走进平房乡一处集体产业项目施工现场,热火朝天。")
                .block("B1", HEADLINE, Box.ofCorners(column(1) + 350, 110, column(3) + 80, 220), "城市更新项目集中开工建设")
                .block("B2", BODY, columns(1, 1, 250, 1000), "首都经济贸易大学是北京市属重点建设高水平研究型大学。")
                .block("B3", BODY, columns(2, 2, 250, 1000), "求的重要阵地。在首都经济贸易大学,吴小杰察看了校园。")
                .block("B4", BODY, columns(3, 3, 250, 900), "况,并围绕人才共育、科研成果转化、国际交流合作等方面深入交流。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3", "P1"), ids("B1", "B2", "B3", "B4")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A story continued from another page fills its first column to the foot of the page; right of it two columns
     * end level, white under them, headed by the headline set at the top right: a column reaching far lower than
     * the two beside it is not of their story.
     */
    @Test
    void twoColumnsEndingLevelBesideALongerOneAreAStoryOfTheirOwn() {
        Page page = PageBuilder.page(1)
                .block("A0", JUMP, new Box(column(0), 100, 200, 30), "（上接A01版）")
                .block("A1", BODY, columns(0, 0, 140, 1900), "围绕抓好区政协全年工作,李国红强调,要深化思想认识,切实增强做好全年工作的责任感。")
                .block("B1", BODY, columns(1, 1, 100, 800), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("B2", BODY, columns(2, 2, 100, 800), "来发展新质生产力的鲜活故事。去年,东方电气集团东方汽轮机有限公司提出建议。")
                .block("B0", HEADLINE, new Box(column(3), 100, 250, 240), "政绩观连着发展观")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1"), ids("B0", "B1", "B2")), Set.copyOf(idsOf(articles)));
    }

    /**
     * Seed 1919, page 2: two columns ending level over a rule, the next story's headline under the rule, and left of
     * them a column reaching lower, the last of the story beside. The rule ends the two columns as white would, so
     * the column reaching lower is not of their story, and neither is the first of them.
     */
    @Test
    void twoColumnsEndingLevelOverARuleAreAStoryOfTheirOwn() {
        Page page = PageBuilder.page(1)
                .block("A0", HEADLINE, new Box(column(0), 100, 300, 180), "文化惠民活动走进千家万户")
                .block("A1", BODY, columns(0, 0, 300, 1000), "首都经济贸易大学是北京市重点建设高水平研究型大学,以经济学科为特色。")
                .block("A2", BODY, columns(1, 1, 300, 1000), "首都、服务地方,形成丰台校本部与朝阳红庙校区一校两区办学格局。")
                .block("B0", HEADLINE, new Box(column(3), 100, 300, 180), "十项民生实事年内落地见效")
                .block("B1", BODY, columns(2, 2, 310, 800), "杜跃充分肯定了朝阳区精神文明建设工作,他指出,朝阳区精神文明建设。")
                .block("B2", BODY, columns(3, 3, 310, 800), "出,朝阳区精神文明建设工作思想引领持续深化,文明实践提质增效。")
                .rule("R1", Box.ofCorners(column(2), 830, column(3) + 430, 834))
                .block("C0", HEADLINE, columns(2, 3, 860, 960), "国际消费中心城市建设提速")
                .block("C1", BODY, columns(2, 2, 980, 1500), "在深刻检视剖析问题,并认真听取大家发言后,吴小杰充分肯定了区委办。")
                .block("C2", BODY, columns(3, 3, 980, 1500), "办肩负着承上启下、协调左右的重要职能,过去一年,参谋辅政精准到位。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1", "A2"), ids("B0", "B1", "B2"), ids("C0", "C1", "C2")),
                Set.copyOf(idsOf(articles)));
    }

    /**
     * Seed 1714, page 2: a short story, its headline centred over its one column and two lines of body ending a
     * sentence under it; right of it two columns of the next story, whose headline stands right of them. The two
     * lines are the short story's body, not a deck, so its headline heads what is under it and not the columns beside.
     */
    @Test
    void twoLinesOfProseUnderAHeadlineAreItsBodyNotADeck() {
        Page page = PageBuilder.page(1)
                .block("A0", HEADLINE, new Box(column(0) + 120, 100, 200, 220), "政绩观连着发展观")
                .block("A1", BODY, columns(0, 0, 370, 430), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("B1", BODY, columns(1, 1, 100, 600), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("B2", BODY, columns(2, 2, 105, 600), "活升降,工人们正在有条不紊地进行主体结构作业、钢结构施工。")
                .block("B0", HEADLINE, new Box(column(3), 110, 420, 200), "朝阳集体产业项目建设加速跑")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1"), ids("B0", "B1", "B2")), Set.copyOf(idsOf(articles)));
    }

    /**
     * Seed 1822, page 3: a story continued from another page in two columns, starting and ending level; right of them
     * a headline in a column of its own, its deck under it and its photo and body in the next column. The second
     * column of the continuation, beside the headline, is the continuation's: columns starting and ending level are
     * one story's.
     */
    @Test
    void columnsStartingAndEndingLevelBesideAHeadlineAreOneStorys() {
        Page page = PageBuilder.page(1)
                .block("A0", JUMP, new Box(column(0), 100, 200, 30), "（上接A2版）")
                .block("A1", BODY, columns(0, 0, 140, 1900), "在首都经济贸易大学,吴小杰察看了校园基础设施情况,推动教育链、人才链与产业链、创新")
                .block("A2", BODY, columns(1, 1, 102, 1900), "链深度融合。共筑开放高地,助力朝阳建设具有国际影响力的中国式现代化强区。")
                .block("B0", HEADLINE, new Box(column(2) - 8, 104, 400, 150), "科技企业孵化器再添新成员")
                .block("B1", BODY, new Box(column(2) - 8, 270, 330, 60), "多措并举提升群众获得感幸福感")
                .photo("P", columns(3, 3, 100, 500))
                .block("B2", BODY, columns(3, 3, 540, 1500), "首都经济贸易大学是北京市属重点建设高水平研究型大学,以经济学科为特色。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1", "A2"), ids("B0", "B1", "B2", "P")), Set.copyOf(idsOf(articles)));
    }

    /** A kicker in body type that layout read after its headline still comes first in the heading. */
    @Test
    void aKickerReadAfterItsHeadlineOpensTheHeading() {
        Page page = PageBuilder.page(1)
                .block("H", HEADLINE, columns(0, 1, 140, 260), "为朝阳加快建设具有国际影响力的中国式现代化强区")
                .block("K", BODY, columns(0, 1, 100, 130), "吴小杰参加区委办公室党总支第一支部组织生活会时强调")
                .block("B1", BODY, columns(0, 0, 290, 1000), "3月12日上午,区委书记吴小杰以普通党员身份参加了组织生活会。")
                .block("B2", BODY, columns(1, 1, 290, 1000), "会上,区委办公室党总支第一支部书记首先代表支委会报告工作情况。")
                .build();

        Article article = assembler.assemble(List.of(page)).get(0);

        assertEquals(refs(1, "K", "H"), article.heading());
    }

    /** A column rule running down beside a headline and the text under it does not part them. */
    @Test
    void aColumnRuleAlongAHeadlineAndItsBodyDoesNotPartThem() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 1, 100, 220), "以首善标准推动精神文明建设")
                .block("A2", BODY, columns(0, 0, 250, 1600), "3月11日下午,2026年朝阳区精神文明建设工作会议召开。")
                .block("A3", BODY, columns(1, 1, 250, 1600), "会上播放了2025年朝阳区精神文明建设工作总结片。")
                // the rule stands where the columns meet, down to the end of the short story; the boxes, drawn a
                // little wide, reach to it and past it
                .rule("R1", new Box(995, 100, 4, 600))
                .block("B1", HEADLINE, new Box(997, 100, 300, 120), "朝阳集体产业项目建设“加速跑”")
                .block("B2", BODY, new Box(985, 250, 440, 400), "春回大地,万物竞发。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(List.of(ids("A1", "A2", "A3"), ids("B1", "B2")), idsOf(articles));
    }

    /**
     * A wide photo with its caption right over a headline, and a tall headline set beside the photo, heading the
     * column right of it: the photo is the story's under it.
     */
    @Test
    void aPhotoOverAHeadlineIsItsStoryEvenWithAHeadlineBesideIt() {
        Page page = PageBuilder.page(1)
                .photo("P1", columns(0, 2, 100, 1000))
                .block("A0", CAPTION, columns(0, 1, 1010, 1040), "图为集体产业项目施工现场。本报记者摄")
                .block("A1", HEADLINE, columns(0, 2, 1060, 1200), "为朝阳加快建设具有国际影响力的中国式现代化强区")
                .block("A2", BODY, columns(0, 0, 1230, 1900), "3月12日上午,区委书记吴小杰以普通党员身份参加了组织生活会。")
                .block("A3", BODY, columns(1, 2, 1230, 1900), "会上,区委办公室党总支第一支部书记首先代表支委会报告工作情况。")
                .block("B1", HEADLINE, new Box(column(3), 100, 160, 500), "深化区校战略合作")
                .block("B2", BODY, new Box(column(3) + 190, 100, 240, 1800), "本报讯（首席记者张世玉）3月11日上午,区委书记到首都经济贸易大学调研。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        Article under = articles.stream().filter(a -> a.title().startsWith("为朝阳")).findFirst().orElseThrow();
        assertEquals(ids("A0", "A1", "A2", "A3", "P1"), idsOf(under));
    }

    /**
     * A headline set left of its body, white under it down to the next row of stories, whose first column (opening
     * with its dateline) stands under that headline; the other story's headline stands right of its columns. Two
     * lines of white part the rows: the lower row's columns do not run up into the upper story's.
     */
    @Test
    void whiteBetweenRowsPartsAColumnReadUpwardsToo() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(89, 544, 378, 150), "深化区校战略合作以产学研深度融合赋能区域高质量发展")
                .block("A2", BODY, new Box(645, 508, 296, 1106), "本报讯（首席记者张世玉）3月11日上午,区委书记吴小杰到首都经济贸易大学调研。")
                .block("A3", BODY, new Box(947, 505, 264, 1107), "区开展调研,并与首都经济贸易大学党委书记刘颖等学校领导座谈。")
                .block("A4", BODY, new Box(1233, 503, 279, 1107), "在首都经济贸易大学,吴小杰察看了校园基础设施情况。")
                .block("A5", BODY, new Box(1519, 501, 263, 973), "双方围绕人才共育、科研成果转化、国际交流合作等方面进行深入交流。")
                .block("B1", BYLINE, new Box(97, 1675, 250, 30), "本报讯（记者王建伟）")
                .block("B2", BODY, new Box(96, 1721, 259, 388), "3月12日下午,区政协召开十四届二十五次常委会议。")
                .block("B3", BODY, new Box(383, 1675, 259, 432), "在专题学习环节,区政协邀请专家进行专题讲座。")
                .block("B4", BODY, new Box(669, 1673, 259, 432), "王翔男从贸易市场三阶梯模型等方面进行了系统阐述。")
                .block("B5", BODY, new Box(951, 1672, 266, 386), "对委员扩展视野、提高站位具有很强的借鉴意义。")
                .block("B0", HEADLINE, new Box(1241, 1671, 288, 203), "区政协召开十四届二十五次常委会议")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3", "A4", "A5"), ids("B0", "B1", "B2", "B3", "B4", "B5")),
                Set.copyOf(idsOf(articles)));
    }

    /**
     * Two headlines set right of their bodies, a byline level with both between them: it opens the story of the
     * headline right of it, whose other side is the page's edge; the headline left of it heads the columns on its
     * left, whose dateline opens their first column.
     */
    @Test
    void aBylineBetweenTwoHeadlinesBesideTheirBodiesOpensOnlyOneStory() {
        Page page = PageBuilder.page(1)
                .block("A1", BODY, new Box(88, 511, 259, 341), "本报讯（首席记者张世玉）3月11日上午,区委书记吴小杰到首都经济贸易大学调研。")
                .block("A2", BODY, new Box(375, 509, 259, 344), "区开展调研,并与首都经济贸易大学党委书记刘颖等学校领导座谈。")
                .block("A3", BODY, new Box(661, 508, 258, 297), "在首都经济贸易大学,吴小杰察看了校园基础设施情况。")
                .block("A0", HEADLINE, new Box(947, 506, 256, 375), "深化区校战略合作以产学研深度融合赋能区域高质量发展")
                .block("B1", BYLINE, new Box(1233, 503, 250, 30), "本报讯（记者高鹏飞）")
                .block("B2", BODY, new Box(1233, 548, 259, 433), "3月11日下午,2026年朝阳区精神文明建设工作会议召开。")
                .block("B0", HEADLINE, new Box(1518, 501, 254, 571), "以首善标准推动精神文明建设")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A0", "A1", "A2", "A3"), ids("B0", "B1", "B2")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A photo over its own headline, its story stacked under them; beside the photo, level with its top, the columns
     * of a story whose headline stands right of them. The foot of that story's first column, set apart where the
     * photo ends, starts level with the headline under the photo but is not set beside it.
     */
    @Test
    void textBesideAPhotoOverItsOwnHeadlineIsAnotherStorys() {
        Page page = PageBuilder.page(1)
                .photo("P1", new Box(341, 1720, 466, 303))
                .block("X1", HEADLINE, new Box(344, 2039, 461, 316), "为朝阳加快建设具有国际影响力的中国式现代化强区作出新的更大贡献")
                .block("X2", BYLINE, new Box(344, 2440, 231, 30), "本报讯（记者高鹏飞）")
                .block("X3", BODY, new Box(344, 2481, 231, 125), "3月12日上午,区委书记吴小杰参加了组织生活会。")
                .block("X4", BODY, new Box(600, 2440, 206, 156), "会上,支部书记代表支委会报告工作情况。")
                .block("Y1", BODY, new Box(833, 1719, 218, 297), "习近平总书记指出,“不能只看国内生产总值增长,现在增长的是硬实力,追求的是高质量发")
                .block("Y2", BODY, new Box(835, 2034, 216, 119), "展是全面建设社会主义现代化国家的首要任务,坚持高")
                .block("Y3", BODY, new Box(1078, 1717, 219, 432), "质量发展要成为领导干部政绩观的重要内容。")
                .block("Y4", BODY, new Box(1323, 1716, 219, 431), "今年全国两会上,代表委员带来发展新质生产力的鲜活故事。")
                .block("Y0", HEADLINE, new Box(1568, 1714, 179, 209), "文化惠民活动走进千家万户")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("P1", "X1", "X2", "X3", "X4"), ids("Y0", "Y1", "Y2", "Y3", "Y4")),
                Set.copyOf(idsOf(articles)));
    }

    /**
     * A subhead inside a story's column (小标题), white over it, the rest of the column under it; beside that, the
     * columns of a story under a photo and a narrow headline start a little higher. The white over the subhead does not
     * end the column's story.
     */
    @Test
    void theWhiteOverASubheadDoesNotEndItsColumn() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 1, 100, 220), "朝阳集体产业项目建设“加速跑”")
                .block("A2", BODY, columns(0, 0, 250, 1500), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("A3", BODY, columns(1, 1, 250, 900), "围绕北部提升、东部跨越、南部崛起三个片区发展战略,朝阳农村地区已建成48个项目。")
                .block("A4", BODY, new Box(column(1) + 120, 1005, 190, 30), "守牢安全底线")
                .block("A5", BODY, columns(1, 1, 1045, 1500), "春潮浩荡,奋楫争先。从在建项目的加速推进到在途项目的有序筹备。")
                .photo("P1", columns(2, 3, 250, 680))
                .block("B1", HEADLINE, columns(2, 2, 700, 910), "政绩观连着发展观")
                .block("B2", BODY, columns(2, 2, 945, 1500), "共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。")
                .block("B3", BODY, columns(3, 3, 945, 1300), "政绩观,连着发展观。树立和践行正确政绩观,就要不断激发创新活力。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "A2", "A3", "A4", "A5"), ids("P1", "B1", "B2", "B3")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A headline, a photo (a QR code) under it, then the byline and text: the photo ties the byline to the headline
     * over it, though the text of the story beside, under its own photo and headline, starts level with the byline.
     */
    @Test
    void aBylineUnderAPhotoUnderItsHeadlineIsThatStorys() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, new Box(105, 1319, 378, 174), "深化区校战略合作以产学研深度融合赋能区域高质量发展")
                .photo("P1", new Box(98, 1525, 322, 289))
                .block("A2", BYLINE, new Box(98, 1877, 300, 30), "本报讯（首席记者张世玉）")
                .block("A3", BODY, new Box(99, 1921, 399, 163), "3月11日上午,区委书记吴小杰到首都经济贸易大学红庙校区开展调研。")
                .photo("P2", new Box(523, 1313, 832, 400))
                .block("B1", HEADLINE, new Box(754, 1728, 368, 148), "朝阳集体产业项目建设“加速跑”")
                .block("B2", BODY, new Box(528, 1902, 399, 300), "春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产。")
                .block("B3", BODY, new Box(956, 1899, 400, 300), "走进平房乡一处集体产业项目施工现场,热火朝天的建设氛围扑面而来。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("A1", "P1", "A2", "A3"), ids("P2", "B1", "B2", "B3")), Set.copyOf(idsOf(articles)));
    }

    /**
     * A photo over three columns, its story's headline centred under it and narrower than it, the three columns under
     * both; beside them a one-column story whose text runs level with them. The first column under the photo is the
     * photo's story's, though it stands beside the other story's text and not under its own headline.
     */
    @Test
    void theColumnsUnderAPhotoAndTheHeadlineCentredUnderItAreThatStorys() {
        Page page = PageBuilder.page(1)
                .block("X1", HEADLINE, new Box(207, 699, 166, 162), "国际消费中心城市建设提速")
                .block("X2", BODY, new Box(92, 927, 401, 297), "走进平房乡一处集体产业项目施工现场,热火朝天的建设氛围扑面而来。")
                .photo("P1", new Box(515, 158, 1263, 473))
                .block("Y0", HEADLINE, new Box(987, 646, 324, 225), "十项民生实事年内落地见效")
                .block("Y1", BODY, new Box(517, 898, 405, 298), "会上,区委办公室党总支第一支部书记首先代表支委会报告工作情况。")
                .block("Y2", BODY, new Box(950, 894, 401, 301), "在深刻检视剖析问题,并认真听取大家发言后,吴小杰充分肯定了区委办的工作。")
                .block("Y3", BODY, new Box(1378, 892, 401, 208), "过去一年,党建引领扎实有力。")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("X1", "X2"), ids("P1", "Y0", "Y1", "Y2", "Y3")), Set.copyOf(idsOf(articles)));
    }

    /**
     * Two stories side by side, each a photo over its byline and text, one headline left of the first, the other's
     * right of the second: the second photo stands right over its story's byline, and is that story's though it stands
     * next to the first story's photo.
     */
    @Test
    void aPhotoRightOverABylineIllustratesThatStory() {
        Page page = PageBuilder.page(1)
                .line("K0", KICKER, new Box(93, 1412, 159, 60), "吴小杰强调")
                .block("A0", HEADLINE, new Box(93, 1488, 159, 606), "以首善标准推动精神文明建设")
                .photo("PA", new Box(338, 1418, 466, 321))
                .block("A1", BYLINE, new Box(342, 1780, 199, 30), "本报讯（记者高鹏飞）")
                .block("A2", BODY, new Box(342, 1868, 218, 211), "3月11日下午,2026年朝阳区精神文明建设工作会议召开。")
                .block("A3", BODY, new Box(588, 1779, 217, 296), "深入学习贯彻习近平总书记关于精神文明建设的重要论述。")
                .photo("PB", new Box(829, 1414, 464, 302))
                .block("B1", BYLINE, new Box(832, 1777, 199, 30), "本报讯（记者高鹏飞）")
                .block("B2", BODY, new Box(832, 1865, 218, 345), "3月12日上午,区委书记吴小杰以普通党员身份参加了组织生活会。")
                .block("B3", BODY, new Box(1078, 1775, 219, 432), "会上,区委办公室党总支第一支部书记首先代表支委会报告工作情况。")
                .block("B4", BODY, new Box(1321, 1464, 235, 657), "在深刻检视剖析问题,并认真听取大家发言后,吴小杰充分肯定了区委办的工作。")
                .block("B0", HEADLINE, new Box(1565, 1412, 214, 651), "为朝阳加快建设具有国际影响力的中国式现代化强区作出新的更大贡献")
                .build();

        List<Article> articles = assembler.assemble(List.of(page));

        assertEquals(Set.of(ids("K0", "A0", "PA", "A1", "A2", "A3"), ids("B0", "PB", "B1", "B2", "B3", "B4")),
                Set.copyOf(idsOf(articles)));
    }

    @Test
    void textHasNoSpacesInsideChinese() {
        Page page = PageBuilder.page(1)
                .block("A1", HEADLINE, columns(0, 3, 100, 220), "政绩观 连着 发展观")
                .block("A2", BODY, columns(0, 1, 250, 1000), "实现了海外订单零的突破 。 燃气轮机 G50 Mark II 实现")
                .block("A3", BODY, columns(2, 3, 250, 1000), "从 0 到 1 的创新。")
                .build();

        Article article = assembler.assemble(List.of(page)).get(0);

        assertEquals("政绩观连着发展观\n实现了海外订单零的突破。燃气轮机G50 Mark II实现从0到1的创新。",
                ArticleText.of(article, List.of(page)));
    }

    private static List<BlockRef> refs(int page, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new BlockRef(page, id)).toList();
    }

    private static Set<String> ids(String... ids) {
        return Set.of(ids);
    }

    /** Each article's block and photo ids, in article order. */
    private List<Set<String>> idsOf(List<Article> articles) {
        return articles.stream().map(this::idsOf).toList();
    }

    private Set<String> idsOf(Article article) {
        return article.allRefs().stream().map(BlockRef::id).collect(Collectors.toSet());
    }
}
