package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.TextBlock;

/**
 * The part of an article printed on one page, before the parts are joined over jump lines.
 *
 * @param heading       kicker, headline and subheadline blocks, in reading order
 * @param body          body and byline blocks (and, for a masthead or an advertisement, all its blocks)
 * @param jumps         blocks of class {@code jump}
 * @param photos        the photos of the part
 * @param captions      the captions of the part
 * @param order         where the part starts in the page's reading order, to number articles
 */
record Piece(int page, Article.Kind kind, List<TextBlock> heading, List<TextBlock> body, List<TextBlock> jumps,
             List<Illustration> photos, List<TextBlock> captions, double order) {

    Piece {
        heading = List.copyOf(heading);
        body = List.copyOf(body);
        jumps = List.copyOf(jumps);
        photos = List.copyOf(photos);
        captions = List.copyOf(captions);
    }

    /** Both parts as one, on this part's page and in this part's place in the reading order. */
    Piece plus(Piece other) {
        Article.Kind joinedKind = kind == Article.Kind.ILLUSTRATION ? other.kind : kind;
        return new Piece(page, joinedKind, concat(heading, other.heading), concat(body, other.body),
                concat(jumps, other.jumps), concat(photos, other.photos), concat(captions, other.captions),
                Math.min(order, other.order));
    }

    boolean hasText() {
        return !heading.isEmpty() || !body.isEmpty();
    }

    /** The headline's text: separate headline blocks (two printed lines) are joined with a space. */
    String headline() {
        return String.join(" ", heading.stream().filter(b -> b.type() == BlockType.HEADLINE).map(TextBlock::text).toList());
    }

    /** Kicker and subheadline, in this order. */
    String subtitle() {
        List<String> parts = new ArrayList<>();
        heading.stream().filter(b -> b.type() == BlockType.KICKER).map(TextBlock::text).forEach(parts::add);
        heading.stream().filter(b -> b.type() == BlockType.SUBHEADLINE).map(TextBlock::text).forEach(parts::add);
        return String.join(" ", parts);
    }

    Box box() {
        List<Box> boxes = new ArrayList<>();
        Stream.of(heading, body, jumps, captions).flatMap(List::stream).map(TextBlock::box).forEach(boxes::add);
        photos.forEach(p -> boxes.add(p.box()));
        return Box.enclosing(boxes);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
