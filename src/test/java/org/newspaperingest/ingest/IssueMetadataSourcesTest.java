package org.newspaperingest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.ingest.IssueMetadataSources.Merged;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.source.IssueSidecar;
import org.newspaperingest.structure.MastheadReader;
import org.newspaperingest.structure.MastheadReaderTest;

/** issue.json over the masthead over the folder name, and the warnings where they disagree. */
class IssueMetadataSourcesTest {

    @Test
    void fillsWhatTheSidecarLeavesOpen() {
        IssueSidecar sidecar = new IssueSidecar(Optional.of("朝阳报"), Optional.empty(), Optional.empty(),
                Optional.of("城市版"), Optional.empty(), List.of(), List.of());
        Merged merged = IssueMetadataSources.merge(sidecar, MastheadReader.read(MastheadReaderTest.SEED_MASTHEAD), MastheadReaderTest.FROM_FOLDER, 4);
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
        Merged merged = IssueMetadataSources.merge(sidecar, MastheadReader.read(MastheadReaderTest.SEED_MASTHEAD), MastheadReaderTest.FROM_FOLDER, 3);
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
        Merged merged = IssueMetadataSources.merge(none, MastheadReader.read(""), MastheadReaderTest.FROM_FOLDER, 2);
        assertEquals(MastheadReaderTest.FROM_FOLDER, merged.metadata());
        assertEquals(List.of(), merged.warnings());
    }
}
