package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.source.IssueSidecar;
import org.newspaperingest.structure.MastheadReader.Masthead;
import org.newspaperingest.structure.MastheadReader.Merged;

class MastheadReaderTest {

    /** The masthead of 朝阳报 No. 3683 as printed (from the seed issue). */
    private static final String SEED_MASTHEAD = """
            朝陽報
            CHAOYANGBAO
            中共北京市朝阳区委宣传部主办
            北京市朝阳区融媒体中心出版
            第 3683 期
            本期 4 版
            2026年3月13日
            星期五
            农历丙午年正月廿五
            准印证号:京内资准字
            0710—L0070号
            http://www.chynews.bjchy.gov.cn
            """;

    private static final IssueMetadata FROM_FOLDER = new IssueMetadata("chaoyang", Optional.empty(), Optional.empty(),
            Optional.empty(), "zh-Hans", List.of(), List.of());

    @Test
    void readsTheSeedMasthead() {
        Masthead masthead = MastheadReader.read(SEED_MASTHEAD);
        assertEquals(Optional.of("朝陽報"), masthead.title());
        assertEquals(Optional.of("3683"), masthead.number());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), masthead.date());
        assertEquals(Optional.of(4), masthead.pageCount());
        assertEquals(Optional.of(DayOfWeek.FRIDAY), masthead.weekday());
        assertEquals(Optional.of("农历丙午年正月廿五"), masthead.lunarDate());
    }

    @Test
    void readsAMastheadRunTogetherByOcr() {
        Masthead masthead = MastheadReader.read("朝阳报CHAOYANGBAO中共北京市朝阳区委宣传部主办第3683期本期4版二〇二六年三月十三日星期五农历丙午年正月廿五");
        assertEquals(Optional.of("朝阳报"), masthead.title());
        assertEquals(Optional.of("3683"), masthead.number());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), masthead.date());
        assertEquals(Optional.of(4), masthead.pageCount());
        assertEquals(Optional.of("农历丙午年正月廿五"), masthead.lunarDate());
    }

    @Test
    void prefersTheRunningTotalAndSkipsImpossibleDates() {
        Masthead masthead = MastheadReader.read("人民日报\n第12345号 总第 27000 期\n2026年2月30日\n2026年3月1日");
        assertEquals(Optional.of("人民日报"), masthead.title());
        assertEquals(Optional.of("27000"), masthead.number());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), masthead.date());
    }

    @Test
    void fillsWhatTheSidecarLeavesOpen() {
        IssueSidecar sidecar = new IssueSidecar(Optional.of("朝阳报"), Optional.empty(), Optional.empty(),
                Optional.of("城市版"), Optional.empty(), List.of(), List.of());
        Merged merged = MastheadReader.merge(sidecar, MastheadReader.read(SEED_MASTHEAD), FROM_FOLDER, 4);
        IssueMetadata metadata = merged.metadata();
        assertEquals("朝阳报", metadata.title());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), metadata.date());
        assertEquals(Optional.of("3683"), metadata.number());
        assertEquals(Optional.of("城市版"), metadata.edition());
        assertEquals(List.of("农历丙午年正月廿五"), metadata.notes());
        // 朝阳报 and 朝陽報 are the same title in two scripts: no warning.
        assertEquals(List.of(), merged.warnings());
    }

    @Test
    void keepsTheSidecarAndWarnsWhereTheyDisagree() {
        IssueSidecar sidecar = new IssueSidecar(Optional.of("北京日报"), Optional.of(LocalDate.of(2026, 3, 14)),
                Optional.of("3684"), Optional.empty(), Optional.empty(), List.of(), List.of());
        Merged merged = MastheadReader.merge(sidecar, MastheadReader.read(SEED_MASTHEAD), FROM_FOLDER, 3);
        assertEquals("北京日报", merged.metadata().title());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), merged.metadata().date());
        assertEquals(Optional.of("3684"), merged.metadata().number());
        List<String> warnings = merged.warnings();
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("title:"), warnings.toString());
        assertTrue(warnings.get(1).contains("3684") && warnings.get(1).contains("3683"), warnings.toString());
        assertTrue(warnings.get(2).contains("2026-03-14") && warnings.get(2).contains("2026-03-13"), warnings.toString());
        assertTrue(warnings.get(3).contains("星期五") && warnings.get(3).contains("星期六"), warnings.toString());
        assertTrue(warnings.get(4).contains("本期4版") && warnings.get(4).contains("3 pages"), warnings.toString());
    }

    @Test
    void anEmptyMastheadLeavesTheBase() {
        IssueSidecar none = new IssueSidecar(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of());
        Merged merged = MastheadReader.merge(none, MastheadReader.read(""), FROM_FOLDER, 2);
        assertEquals(FROM_FOLDER, merged.metadata());
        assertEquals(List.of(), merged.warnings());
    }
}
