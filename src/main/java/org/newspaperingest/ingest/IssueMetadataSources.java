package org.newspaperingest.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.source.InvalidSidecarException;
import org.newspaperingest.source.IssueSidecar;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.structure.MastheadReader;

/** Issue metadata from, in order of precedence, {@code issue.json}, the masthead, and the folder name. */
final class IssueMetadataSources {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final IssueSidecar NO_SIDECAR = new IssueSidecar(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());

    private IssueMetadataSources() {
    }

    static IssueSidecar sidecar(ScanIssue issue) throws IssueIngester.IssueFailure {
        if (issue.sidecar().isEmpty()) {
            return NO_SIDECAR;
        }
        try {
            return IssueSidecar.read(issue.sidecar().get());
        } catch (InvalidSidecarException invalid) {
            throw new IssueIngester.IssueFailure(issue.folder().getFileName() + "/"
                    + invalid.file().getFileName() + ": " + String.join("; ", invalid.problems()));
        }
    }

    /** What is known before OCR: the sidecar over the folder name (the language chooses the OCR models). */
    static IssueMetadata beforeOcr(ScanIssue issue, IssueSidecar sidecar) {
        return sidecar.over(fromFolderName(issue));
    }

    /** Everything known: sidecar over masthead over folder name; conflicts become warnings. */
    static IssueMetadata afterOcr(ScanIssue issue, IssueSidecar sidecar, List<Page> pages, List<String> warnings) {
        MastheadReader.Masthead masthead = pages.stream()
                .filter(page -> page.blocks().stream().anyMatch(b -> b.type() == BlockType.MASTHEAD))
                .findFirst().map(MastheadReader::read).orElse(MastheadReader.Masthead.empty());
        Merged merged = merge(sidecar, masthead, fromFolderName(issue), pages.size());
        warnings.addAll(merged.warnings());
        return merged.metadata();
    }

    /** The issue's metadata after the merge, and what an archivist should check. */
    record Merged(IssueMetadata metadata, List<String> warnings) {
        Merged {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Puts the sidecar over the masthead over the base (what the folder name gave). Where the sidecar and
     * the masthead both give a value and they differ, the sidecar is kept and the difference becomes a
     * warning, since one of the two is wrong and an archivist should look.
     *
     * @param scannedPages how many pages were found, to check the masthead's {@code 本期4版}
     */
    static Merged merge(IssueSidecar sidecar, MastheadReader.Masthead masthead, IssueMetadata base, int scannedPages) {
        List<String> warnings = new ArrayList<>(masthead.disagreements(sidecar.title(), sidecar.number(), sidecar.date()));
        IssueMetadata merged = sidecar.over(masthead.over(base));
        warnings.addAll(masthead.inconsistencies(merged, scannedPages));
        return new Merged(merged, warnings);
    }

    private static IssueMetadata fromFolderName(ScanIssue issue) {
        Optional<LocalDate> date = Optional.empty();
        String title = issue.id();
        Matcher matcher = DATE_IN_NAME.matcher(issue.id());
        if (matcher.find()) {
            try {
                date = Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
                String rest = (issue.id().substring(0, matcher.start()) + issue.id().substring(matcher.end()))
                        .replaceAll("^[-_ ]+|[-_ ]+$", "");
                title = rest.isEmpty() ? title : rest;
            } catch (DateTimeException notADate) {
                date = Optional.empty();
            }
        }
        return new IssueMetadata(title, date, Optional.empty(), Optional.empty(), "zh-Hans", List.of(), List.of());
    }
}
