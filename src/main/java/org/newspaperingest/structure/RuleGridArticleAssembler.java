package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;

/**
 * Assembles articles from classified blocks, page by page, by the printed rules and the headlines' reach
 * ({@link PageGrouping}), then joins parts continued over pages by their jump lines ({@link Continuations}).
 *
 * <p>The masthead becomes one {@code TITLE_SECTION} per page, advertisements {@code ADVERTISEMENT}s, a photo with no
 * article around it an {@code ILLUSTRATION}; folios belong to no article. Articles are numbered {@code ART0001}...
 * in the order they start (page, then reading order), so the numbering is stable for the same input.
 */
public final class RuleGridArticleAssembler implements ArticleAssembler {

    @Override
    public List<Article> assemble(List<Page> pages) {
        List<Piece> pieces = new ArrayList<>();
        for (Page page : pages) {
            // In reading order, so that of two equally good partners for a jump the earlier is taken first.
            pieces.addAll(PageGrouping.group(page).stream().sorted(Comparator.comparingDouble(Piece::order)).toList());
        }
        List<Continuations.Joined> joined = new ArrayList<>(Continuations.join(pieces, pages));
        joined.sort(Comparator.comparingInt((Continuations.Joined j) -> j.parts().get(0).page())
                .thenComparingDouble(j -> j.parts().get(0).order()));
        List<Article> articles = new ArrayList<>();
        for (Continuations.Joined article : joined) {
            articles.add(article(String.format("ART%04d", articles.size() + 1), article));
        }
        return articles;
    }

    private static Article article(String id, Continuations.Joined joined) {
        List<Piece> parts = joined.parts();
        Piece first = parts.get(0);
        List<BlockRef> heading = new ArrayList<>();
        List<BlockRef> body = new ArrayList<>();
        List<BlockRef> continuations = new ArrayList<>();
        List<BlockRef> illustrations = new ArrayList<>();
        List<TextBlock> bodyBlocks = new ArrayList<>();
        for (Piece part : parts) {
            part.heading().forEach(b -> heading.add(new BlockRef(part.page(), b.id())));
            List<TextBlock> partBody = ColumnOrder.of(part.body());
            partBody.forEach(b -> body.add(new BlockRef(part.page(), b.id())));
            part.jumps().forEach(b -> continuations.add(new BlockRef(part.page(), b.id())));
            part.photos().forEach(p -> illustrations.add(new BlockRef(part.page(), p.id())));
            part.captions().forEach(b -> illustrations.add(new BlockRef(part.page(), b.id())));
            bodyBlocks.addAll(partBody);
        }
        Article.Kind kind = parts.stream().anyMatch(p -> p.kind() == Article.Kind.ARTICLE) ? Article.Kind.ARTICLE : first.kind();
        String title = parts.stream().map(Piece::headline).filter(s -> !s.isBlank()).findFirst().orElse("");
        String subtitle = parts.stream().map(Piece::subtitle).filter(s -> !s.isBlank()).findFirst().orElse("");
        if (kind == Article.Kind.TITLE_SECTION && !first.body().isEmpty()) {
            title = first.body().get(0).lines().isEmpty() ? "" : first.body().get(0).lines().get(0).text();
        }
        List<Article.Name> names = kind == Article.Kind.ARTICLE ? names(bodyBlocks) : List.of();
        return new Article(id, kind, title, subtitle, names, heading, body, continuations, illustrations,
                joined.unresolved());
    }

    /** Names from byline blocks, the dateline opening the first paragraph and the author closing the last. */
    private static List<Article.Name> names(List<TextBlock> body) {
        Set<Article.Name> names = new LinkedHashSet<>();
        body.stream().filter(b -> b.type() == BlockType.BYLINE).forEach(b -> names.addAll(Bylines.parse(b.text())));
        Optional<TextBlock> opening = body.stream().filter(b -> b.type() == BlockType.BODY).findFirst();
        opening.ifPresent(b -> Bylines.leading(JumpLine.strip(b.text())).ifPresent(f -> names.addAll(f.names())));
        Optional<TextBlock> closing = body.stream().filter(b -> b.type() == BlockType.BODY).reduce((a, b) -> b);
        closing.ifPresent(b -> Bylines.trailing(JumpLine.strip(b.text())).ifPresent(f -> names.addAll(f.names())));
        return List.copyOf(names);
    }
}
