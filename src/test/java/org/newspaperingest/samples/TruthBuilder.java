package org.newspaperingest.samples;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;

/**
 * Builds the ground truth of a rendered page from what was drawn: blocks, lines, words (as HanLP segments
 * them, which is what the OCR side produces), glyphs, rules and the photo, every box mapped into the stored,
 * skewed image. Confidence is 1 everywhere: the generator knows what it drew.
 */
final class TruthBuilder {

    static final String ENGINE = "newspaper-ingest sample generator";
    static final String ENGINE_VERSION = "1";

    private TruthBuilder() {
    }

    /** What the page holds, plus for each block and illustration the article it belongs to. */
    record PageTruth(Page page, Map<String, Drawn.Block> drawnById, Map<String, String> illustrationArticle) {
    }

    static PageTruth page(int sequence, String label, PageComposer content, PageRaster raster, double skew,
                          ImageFile image, Map<String, String> settings) {
        List<TextBlock> blocks = new ArrayList<>();
        Map<String, Drawn.Block> drawnById = new LinkedHashMap<>();
        int n = 0;
        for (Drawn.Block drawn : content.blocks) {
            String id = String.format("P%d_TB%04d", sequence, ++n);
            List<Line> lines = new ArrayList<>();
            for (Drawn.TextLine line : drawn.lines()) {
                lines.add(line(line, raster));
            }
            blocks.add(new TextBlock(id, drawn.type(), raster.box(drawn.box()), drawn.direction(), drawn.language(), lines));
            drawnById.put(id, drawn);
        }
        List<Rule> rules = new ArrayList<>();
        for (Drawn.RuleMark rule : content.rules) {
            rules.add(new Rule(String.format("P%d_GE%03d", sequence, rules.size() + 1), raster.box(rule.box())));
        }
        List<Illustration> illustrations = new ArrayList<>();
        Map<String, String> illustrationArticle = new LinkedHashMap<>();
        for (Drawn.Picture picture : content.pictures) {
            String id = String.format("P%d_IL%03d", sequence, illustrations.size() + 1);
            illustrations.add(new Illustration(id, raster.box(picture.box())));
            illustrationArticle.put(id, picture.article());
        }
        Processing processing = new Processing(ENGINE, ENGINE_VERSION, "ground truth", settings);
        Page page = new Page(sequence, Optional.of(label), image, raster.width(), raster.height(), skew, blocks, rules,
                illustrations, processing);
        return new PageTruth(page, drawnById, illustrationArticle);
    }

    private static Line line(Drawn.TextLine line, PageRaster raster) {
        List<Drawn.Cell> cells = line.cells();
        StringBuilder text = new StringBuilder();
        cells.forEach(c -> text.append(c.text()));
        List<Word> words = new ArrayList<>();
        int at = 0;
        for (String token : segment(text.toString())) {
            int count = token.codePointCount(0, token.length());
            List<Drawn.Cell> wordCells = cells.subList(at, at + count);
            Rectangle2D union = null;
            List<Glyph> glyphs = new ArrayList<>();
            for (Drawn.Cell c : wordCells) {
                union = union == null ? (Rectangle2D) c.box().clone() : union.createUnion(c.box());
                glyphs.add(new Glyph(c.text(), raster.box(c.box()), 1.0));
            }
            words.add(new Word(token, raster.box(union), 1.0, glyphs));
            at += count;
        }
        return new Line(raster.box(line.box()), words);
    }

    /**
     * Words as HanLP's standard segmenter finds them; neighbouring Latin or digit tokens printed without a
     * space ({@code http}, {@code :}, {@code //}) are kept as one word, as a reader sees them.
     */
    static List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (Term term : HanLP.segment(text)) {
            String w = term.word;
            if (w.isBlank()) {
                continue;
            }
            if (!words.isEmpty() && latin(words.get(words.size() - 1)) && latin(w)) {
                words.set(words.size() - 1, words.get(words.size() - 1) + w);
            } else {
                words.add(w);
            }
            joined.append(w);
        }
        if (!joined.toString().equals(text)) {
            // the segmenter normalised something; fall back to one word per character rather than lie
            words.clear();
            text.codePoints().forEach(cp -> words.add(new String(Character.toChars(cp))));
        }
        return words;
    }

    private static boolean latin(String token) {
        return new Word(token, new Box(0, 0, 0, 0), 1, List.of()).isLatinOrDigit();
    }

    /**
     * The articles of the issue in the order they first appear (page by page, in reading order), with their
     * heading, body, jump lines and illustrations.
     */
    static List<Article> articles(List<PageTruth> pages, java.util.function.Function<String, Story> stories,
                                  Map<String, Optional<String>> unresolved) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (PageTruth pt : pages) {
            int seq = pt.page().sequence();
            for (Map.Entry<String, Drawn.Block> e : pt.drawnById().entrySet()) {
                Drawn.Block d = e.getValue();
                if (d.article() == null) {
                    continue;
                }
                Builder b = byKey.computeIfAbsent(d.article(), Builder::new);
                BlockRef ref = new BlockRef(seq, e.getKey());
                switch (d.part()) {
                    case HEADING -> b.heading.add(ref);
                    case BODY -> b.body.add(ref);
                    case CONTINUATION -> b.continuations.add(ref);
                    case ILLUSTRATION -> b.illustrations.add(ref);
                    default -> { }
                }
                if (b.traditional == null) {
                    b.traditional = d.language().equals("zh-Hant");
                }
                if (d.article().startsWith("ad-") && b.title == null) {
                    b.title = pt.page().block(e.getKey()).orElseThrow().text();
                }
            }
            for (Map.Entry<String, String> e : pt.illustrationArticle().entrySet()) {
                Builder b = byKey.computeIfAbsent(e.getValue(), Builder::new);
                // the photo before its caption
                int captions = (int) b.illustrations.stream().filter(r -> r.page() == seq).count();
                b.illustrations.add(b.illustrations.size() - captions, new BlockRef(seq, e.getKey()));
            }
        }
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (Builder b : byKey.values()) {
            String id = String.format("A%04d", ++n);
            if (b.key.equals("masthead")) {
                out.add(new Article(id, Article.Kind.TITLE_SECTION, "朝阳报", null, List.of(), b.heading, b.body,
                        b.continuations, b.illustrations, Optional.empty()));
            } else if (b.key.startsWith("ad-")) {
                out.add(new Article(id, Article.Kind.ADVERTISEMENT, b.title, null, List.of(), b.heading, b.body,
                        b.continuations, b.illustrations, Optional.empty()));
            } else {
                Story story = stories.apply(b.key);
                if (Boolean.TRUE.equals(b.traditional)) {
                    story = story.map(PrintedForm::traditional);
                }
                List<Article.Name> names = new ArrayList<>();
                story.byline().ifPresent(by -> names.add(new Article.Name(by.name(), by.role(), by.printed())));
                story.closingName().ifPresent(by -> names.add(new Article.Name(by.name(), by.role(), by.printed())));
                out.add(new Article(id, Article.Kind.ARTICLE, story.title(), story.subtitle(), names, b.heading, b.body,
                        b.continuations, b.illustrations, unresolved.getOrDefault(b.key, Optional.empty())));
            }
        }
        return out;
    }

    private static final class Builder {
        final String key;
        final List<BlockRef> heading = new ArrayList<>();
        final List<BlockRef> body = new ArrayList<>();
        final List<BlockRef> continuations = new ArrayList<>();
        final List<BlockRef> illustrations = new ArrayList<>();
        Boolean traditional;
        String title;

        Builder(String key) {
            this.key = key;
        }
    }
}
