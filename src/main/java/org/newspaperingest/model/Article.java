package org.newspaperingest.model;

import java.util.List;
import java.util.Optional;

/**
 * A logical unit of the issue: a story, possibly continued over several pages, or the masthead, an
 * advertisement, a lone photo.
 *
 * @param heading        kicker, headline and subheadline blocks, in reading order
 * @param body           body and byline blocks, in reading order, across pages
 * @param continuations  jump lines such as {@code (下转二版)} and {@code (上接一版)}
 * @param illustrations  photos with their captions (captions are blocks, photos illustrations)
 * @param unresolvedJump a jump line whose partner page was not found, for the report
 */
public record Article(String id, Kind kind, String title, String subtitle, List<Name> names,
                      List<BlockRef> heading, List<BlockRef> body, List<BlockRef> continuations,
                      List<BlockRef> illustrations, Optional<String> unresolvedJump) {

    public enum Kind { ARTICLE, TITLE_SECTION, ADVERTISEMENT, ILLUSTRATION }

    /** A person named in a byline, with the role printed beside the name ({@code 记者}, {@code 首席记者}). */
    public record Name(String name, String role, String printed) {
    }

    public Article {
        names = List.copyOf(names);
        heading = List.copyOf(heading);
        body = List.copyOf(body);
        continuations = List.copyOf(continuations);
        illustrations = List.copyOf(illustrations);
    }

    /** Every block and illustration of the article, heading first. */
    public List<BlockRef> allRefs() {
        return java.util.stream.Stream.of(heading, body, continuations, illustrations)
                .flatMap(List::stream).toList();
    }

    /** The pages the article occupies, ascending. */
    public List<Integer> pages() {
        return allRefs().stream().map(BlockRef::page).distinct().sorted().toList();
    }
}
