package org.newspaperingest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known of the issue as a publication: from {@code issue.json}, the masthead, or the folder name.
 *
 * @param language BCP 47 tag of the main language ({@code zh-Hans})
 * @param notes    free notes kept in MODS, such as the lunar date printed on the masthead
 */
public record IssueMetadata(String title, Optional<LocalDate> date, Optional<String> number,
                            Optional<String> edition, String language, List<String> pageLabels,
                            List<String> notes) {
    public IssueMetadata {
        pageLabels = List.copyOf(pageLabels);
        notes = List.copyOf(notes);
    }
}
