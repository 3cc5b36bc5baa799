package org.newspaperingest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.structure.FolioReader;

/** The printed page numbers: from the issue's metadata when it lists them, else from the page's folio. */
final class PageLabels {
    private PageLabels() {
    }

    /** A word when the issue's metadata lists another number of labels than the issue has pages. */
    static Optional<String> mismatch(List<Page> pages, IssueMetadata metadata) {
        int labels = metadata.pageLabels().size();
        if (labels == 0 || labels == pages.size()) {
            return Optional.empty();
        }
        return Optional.of("pageLabels lists " + labels + " labels for " + pages.size() + " pages; "
                + (labels < pages.size() ? "pages " + (labels + 1) + " to " + pages.size() + " are labelled from their folios"
                : "labels " + (pages.size() + 1) + " to " + labels + " are not used"));
    }

    static List<Page> apply(List<Page> pages, IssueMetadata metadata) {
        List<Page> labelled = new ArrayList<>();
        for (Page page : pages) {
            Optional<String> label = page.sequence() <= metadata.pageLabels().size()
                    ? Optional.of(metadata.pageLabels().get(page.sequence() - 1))
                    : page.label().or(() -> FolioReader.pageNumber(page));
            labelled.add(page.withLabel(label));
        }
        return labelled;
    }
}
