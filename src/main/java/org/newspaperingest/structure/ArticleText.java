package org.newspaperingest.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;

/**
 * The text of an article as a reader reads it, for scoring and full-text indexes: heading, body and captions in
 * METS order, over all its pages, without the jump lines ({@code (下转二版)} is no part of the story).
 *
 * <p>Chinese breaks lines and columns anywhere, so blocks and lines are joined without separators; a heading
 * part ends with a line break, as does a paragraph ending a sentence. Stray spaces OCR puts between Chinese
 * characters are dropped; spaces between Latin words or digits stay.
 */
public final class ArticleText {

    /** A space with a CJK character or CJK punctuation on one side is none that was printed. */
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}“”‘’…—])[ \\t\\u3000]+"
            + "|[ \\t\\u3000]+(?=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}“”‘’…—])");
    private static final String SENTENCE_END = "。！？!?”…";

    private ArticleText() {
    }

    /** The article's text: heading parts on lines of their own, then the body, then the captions. */
    public static String of(Article article, List<Page> pages) {
        StringBuilder text = new StringBuilder();
        for (BlockRef ref : article.heading()) {
            block(ref, pages).ifPresent(b -> text.append(compact(b.text())).append('\n'));
        }
        appendRunning(text, article.body(), pages);
        if (!article.illustrations().isEmpty() && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        for (BlockRef ref : article.illustrations()) {
            block(ref, pages).ifPresent(b -> text.append(compact(b.text())).append('\n'));
        }
        return text.toString().strip();
    }

    /** The body only, without heading and captions, as one running text. */
    public static String body(Article article, List<Page> pages) {
        StringBuilder text = new StringBuilder();
        appendRunning(text, article.body(), pages);
        return text.toString().strip();
    }

    private static void appendRunning(StringBuilder text, List<BlockRef> refs, List<Page> pages) {
        for (BlockRef ref : refs) {
            Optional<TextBlock> block = block(ref, pages);
            if (block.isEmpty()) {
                continue;
            }
            String part = JumpLine.strip(compact(block.get().text()));
            if (part.isEmpty()) {
                continue;
            }
            text.append(part);
            if (SENTENCE_END.indexOf(part.charAt(part.length() - 1)) >= 0) {
                text.append('\n');
            }
        }
    }

    /** A block's text with OCR's stray spaces inside Chinese removed. */
    public static String compact(String text) {
        return SPACE_IN_CHINESE.matcher(text.strip()).replaceAll("");
    }

    private static Optional<TextBlock> block(BlockRef ref, List<Page> pages) {
        return pages.stream().filter(p -> p.sequence() == ref.page()).findFirst().flatMap(p -> p.block(ref.id()));
    }
}
