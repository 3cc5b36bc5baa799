package org.newspaperingest.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.TextBlock;

/**
 * Compares the articles of an ingested package with the true articles by where their blocks lie on the page
 * (text is scored by {@link org.newspaperingest.eval.Evaluator}; this is about which blocks went together).
 * A candidate block belongs to a true article when a fifth of it lies on that article's blocks, or it
 * covers a fifth of one of them; a block straddling two articles (a layout merge) belongs to both.
 * Jump lines are left out on both sides: they are not the article's text.
 */
final class ArticleStructure {
    private static final double SHARE = 0.2;

    private final Issue truth;
    private final Issue candidate;

    ArticleStructure(Issue truth, Issue candidate) {
        this.truth = truth;
        this.candidate = candidate;
    }

    /**
     * One true story and what the package made of it.
     *
     * @param candidates  the package's articles holding any of its text, in METS order
     * @param truthPages  the pages its text is on
     * @param joinedPages the pages of the one candidate article, when there is exactly one
     */
    record Finding(Article truthArticle, List<Article> candidates, List<Integer> truthPages, List<Integer> joinedPages) {
        boolean exactlyOne() {
            return candidates.size() == 1;
        }

        /** A story on several pages is one article holding text on all of them. */
        boolean joined() {
            return exactlyOne() && joinedPages.containsAll(truthPages);
        }

        String candidateLabels() {
            return candidates.stream().map(a -> a.id() + " \"" + a.title() + "\"").toList().toString();
        }
    }

    /** A package article holding text of more than one true article. */
    record Mix(Article candidateArticle, List<Article> truthArticles) {
        @Override
        public String toString() {
            return candidateArticle.id() + " \"" + candidateArticle.title() + "\" holds text of "
                    + truthArticles.stream().map(a -> "\"" + a.title() + "\"").toList();
        }
    }

    /** Every true story (kind ARTICLE), in METS order. */
    List<Finding> stories() {
        List<Finding> findings = new ArrayList<>();
        for (Article story : truth.articles()) {
            if (story.kind() != Article.Kind.ARTICLE) {
                continue;
            }
            List<Article> holders = candidate.articles().stream()
                    .filter(c -> owners(c).contains(story)).toList();
            List<Integer> joined = holders.size() == 1 ? textPages(holders.get(0)) : List.of();
            findings.add(new Finding(story, holders, textPages(story), joined));
        }
        return findings;
    }

    /** The package's articles that hold text of two or more true articles (of any kind). */
    List<Mix> mixes() {
        List<Mix> mixes = new ArrayList<>();
        for (Article article : candidate.articles()) {
            Set<Article> owners = owners(article);
            if (owners.size() > 1) {
                mixes.add(new Mix(article, List.copyOf(owners)));
            }
        }
        return mixes;
    }

    /** The true articles whose blocks this candidate article's text blocks lie on. */
    private Set<Article> owners(Article article) {
        Set<Article> owners = new LinkedHashSet<>();
        for (BlockRef ref : textRefs(article)) {
            TextBlock block = candidate.block(ref).orElse(null);
            if (block == null || block.box().area() == 0) {
                continue;
            }
            for (Article trueArticle : truth.articles()) {
                if (lies(block, ref.page(), trueArticle)) {
                    owners.add(trueArticle);
                }
            }
        }
        return owners;
    }

    private boolean lies(TextBlock block, int page, Article trueArticle) {
        long onArticle = 0;
        for (BlockRef ref : textRefs(trueArticle)) {
            if (ref.page() != page) {
                continue;
            }
            TextBlock trueBlock = truth.block(ref).orElse(null);
            if (trueBlock == null) {
                continue;
            }
            long common = overlap(block.box(), trueBlock.box());
            if (trueBlock.box().area() > 0 && common >= SHARE * trueBlock.box().area()) {
                return true;
            }
            onArticle += common;
        }
        return onArticle >= SHARE * block.box().area();
    }

    private static long overlap(Box a, Box b) {
        return a.intersection(b).area();
    }

    /** Heading, body and caption blocks: the article's text, without its jump lines. */
    static List<BlockRef> textRefs(Article article) {
        List<BlockRef> refs = new ArrayList<>(article.heading());
        refs.addAll(article.body());
        refs.addAll(article.illustrations());
        return refs;
    }

    private List<Integer> textPages(Article article) {
        Set<Integer> pages = new TreeSet<>();
        Issue issue = truth.articles().contains(article) ? truth : candidate;
        for (BlockRef ref : textRefs(article)) {
            if (issue.block(ref).isPresent()) {
                pages.add(ref.page());
            }
        }
        return List.copyOf(pages);
    }

    /** The article's words as its METS areas give them: heading, body, captions. */
    static List<String> words(Issue issue, Article article) {
        List<String> words = new ArrayList<>();
        for (BlockRef ref : textRefs(article)) {
            issue.block(ref).ifPresent(block -> block.lines()
                    .forEach(line -> line.words().forEach(word -> words.add(word.text()))));
        }
        return words;
    }
}
