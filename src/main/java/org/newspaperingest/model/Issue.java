package org.newspaperingest.model;

import java.util.List;
import java.util.Optional;

/**
 * A newspaper issue: its pages in physical order and its articles in reading order.
 *
 * @param id       the package folder name, e.g. {@code chaoyang-2026-03-13}
 * @param warnings things an archivist should know about this issue (kept in PREMIS and the report)
 */
public record Issue(String id, IssueMetadata metadata, List<Page> pages, List<Article> articles,
                    List<String> warnings) {
    public Issue {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }

    public Page page(int sequence) {
        return pages.get(sequence - 1);
    }

    public Optional<TextBlock> block(BlockRef ref) {
        return ref.page() >= 1 && ref.page() <= pages.size() ? page(ref.page()).block(ref.id()) : Optional.empty();
    }
}
