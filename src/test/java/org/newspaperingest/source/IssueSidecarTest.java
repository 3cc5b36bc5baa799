package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.IssueMetadata;

class IssueSidecarTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFieldAndPutsThemOverTheMastheadsMetadata() throws Exception {
        Path file = write("""
                {"title": "朝阳报", "date": "2026-03-13", "number": 3683, "edition": "城市版",
                 "language": "zh-Hans", "pageLabels": ["1", "2", 3, "4"]}
                """);
        IssueSidecar sidecar = IssueSidecar.read(file);

        IssueMetadata fromMasthead = new IssueMetadata("朝阳日报", Optional.empty(), Optional.of("3682"),
                Optional.empty(), "zh-Hant", List.of(), List.of("农历正月廿五"));
        IssueMetadata merged = sidecar.over(fromMasthead);

        assertEquals("朝阳报", merged.title());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 13)), merged.date());
        assertEquals(Optional.of("3683"), merged.number());
        assertEquals(Optional.of("城市版"), merged.edition());
        assertEquals("zh-Hans", merged.language());
        assertEquals(List.of("1", "2", "3", "4"), merged.pageLabels());
        assertEquals(List.of("农历正月廿五"), merged.notes());
    }

    @Test
    void reportsEveryBadFieldWithFileFieldAndReason() throws IOException {
        Path file = write("""
                {"title": 12, "date": "2026-13-45", "language": "not a tag!", "pageLabels": "1-4", "titel": "x"}
                """);
        InvalidSidecarException e = assertThrows(InvalidSidecarException.class, () -> IssueSidecar.read(file));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(List.of(
                "field \"title\": must be a text in quotes, found the number 12",
                "field \"date\": \"2026-13-45\" is not a calendar date in ISO 8601 form (yyyy-mm-dd, e.g. 2026-03-13)",
                "field \"language\": \"not a tag!\" is not a BCP 47 language tag (e.g. zh-Hans, zh-Hant, en)",
                "field \"pageLabels\": must be a list in square brackets, found the text \"1-4\"",
                "field \"titel\": unknown field (known fields: title, date, number, edition, language, pageLabels, notes)"),
                e.problems());
    }

    /** A 6 MB title made a 24 MB mets.xml that libxml2-based readers refuse: it is refused here, by field. */
    @Test
    void overlongFieldsAreRefusedNamingTheFieldAndAnOversizedFileIsNotRead() throws IOException {
        String huge = "报".repeat(6_000_000);
        Path file = write("{\"title\": \"" + huge + "\", \"number\": \"" + "9".repeat(101) + "\", \"notes\": [\"ok\", \""
                + "注".repeat(2001) + "\"]}");
        InvalidSidecarException big = assertThrows(InvalidSidecarException.class, () -> IssueSidecar.read(file));
        assertEquals(List.of(Files.size(file) + " bytes, more than the 1024 KiB an issue's catalogue data needs; not read"),
                big.problems());

        Path fields = write("{\"title\": \"" + "报".repeat(1001) + "\", \"number\": \"" + "9".repeat(101)
                + "\", \"notes\": [\"ok\", \"" + "注".repeat(2001) + "\"]}");
        InvalidSidecarException e = assertThrows(InvalidSidecarException.class, () -> IssueSidecar.read(fields));
        assertEquals(fields, e.file());
        assertEquals(List.of(
                "field \"title\": 1001 characters, more than the 1000 it may hold",
                "field \"number\": 101 characters, more than the 100 it may hold",
                "field \"notes\": item 2: 2001 characters, more than the 2000 it may hold"), e.problems());
    }

    @Test
    void brokenJsonSaysWhere() throws IOException {
        Path file = write("{\"title\": \"朝阳报\",\n \"date\": }");
        InvalidSidecarException e = assertThrows(InvalidSidecarException.class, () -> IssueSidecar.read(file));
        assertTrue(e.getMessage().contains("not valid JSON at line 2"), e.getMessage());
    }

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("issue.json"), json);
    }
}
