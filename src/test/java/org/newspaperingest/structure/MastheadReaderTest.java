package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.structure.MastheadReader.Masthead;

public class MastheadReaderTest {

    /** The masthead of 朝阳报 No. 3683 as printed (from the seed issue). */
    public static final String SEED_MASTHEAD = """
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

    public static final IssueMetadata FROM_FOLDER = new IssueMetadata("chaoyang", Optional.empty(), Optional.empty(),
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
}
