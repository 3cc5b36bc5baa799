package org.newspaperingest.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newspaperingest.eval.EvalReport.ArticleScore;
import org.newspaperingest.eval.EvalReport.PageScore;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;

/**
 * Scores a package's text against a ground-truth package: per page (by physical order) and per article
 * (each truth article matched one-to-one to the candidate article sharing the most characters, the same
 * headline breaking ties). Text is compared word by word in reading order, as the ALTO Strings give it.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvalReport evaluate(Issue truth, Issue candidate) {
        List<PageScore> pages = new ArrayList<>();
        int pageCount = Math.max(truth.pages().size(), candidate.pages().size());
        for (int sequence = 1; sequence <= pageCount; sequence++) {
            List<String> truthWords = sequence <= truth.pages().size() ? words(truth.page(sequence)) : List.of();
            List<String> candidateWords = sequence <= candidate.pages().size() ? words(candidate.page(sequence)) : List.of();
            String label = sequence <= truth.pages().size() ? truth.page(sequence).label().orElse("") : "";
            pages.add(new PageScore(sequence, label, Scores.of(truthWords, candidateWords)));
        }
        Scores total = Scores.sum(pages.stream().map(PageScore::scores).toList());
        return new EvalReport(truth.id(), candidate.id(), total, pages, articles(truth, candidate));
    }

    private static List<ArticleScore> articles(Issue truth, Issue candidate) {
        List<List<String>> truthTexts = truth.articles().stream().map(a -> words(truth, a)).toList();
        List<List<String>> candidateTexts = candidate.articles().stream().map(a -> words(candidate, a)).toList();
        List<int[]> truthChars = truthTexts.stream().map(Evaluator::chars).toList();
        List<int[]> candidateChars = candidateTexts.stream().map(Evaluator::chars).toList();

        record Pair(int truth, int candidate, int overlap, boolean sameTitle) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < truthChars.size(); t++) {
            for (int c = 0; c < candidateChars.size(); c++) {
                int overlap = TextMetrics.bagOverlap(truthChars.get(t), candidateChars.get(c));
                boolean sameTitle = sameTitle(truth.articles().get(t), candidate.articles().get(c));
                if (overlap > 0 || sameTitle) {
                    pairs.add(new Pair(t, c, overlap, sameTitle));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed()
                .thenComparing(Pair::sameTitle, Comparator.reverseOrder())
                .thenComparingInt(Pair::truth).thenComparingInt(Pair::candidate));
        Integer[] match = new Integer[truthChars.size()];
        Set<Integer> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (match[pair.truth()] == null && !taken.contains(pair.candidate())) {
                match[pair.truth()] = pair.candidate();
                taken.add(pair.candidate());
            }
        }
        List<ArticleScore> scores = new ArrayList<>();
        for (int t = 0; t < truthChars.size(); t++) {
            Article article = truth.articles().get(t);
            Integer c = match[t];
            Article matched = c == null ? null : candidate.articles().get(c);
            scores.add(new ArticleScore(article.id(), article.title(), matched == null ? null : matched.id(),
                    matched == null ? null : matched.title(),
                    Scores.of(truthTexts.get(t), c == null ? List.of() : candidateTexts.get(c))));
        }
        return scores;
    }

    private static boolean sameTitle(Article a, Article b) {
        String left = TextMetrics.normalize(a.title());
        return !left.isEmpty() && Objects.equals(left, TextMetrics.normalize(b.title()));
    }

    /** The page's words in reading order. */
    static List<String> words(Page page) {
        List<String> words = new ArrayList<>();
        page.blocks().forEach(block -> addWords(block, words));
        return words;
    }

    /** The article's words: heading, then body, then captions (jump lines are not the article's text). */
    static List<String> words(Issue issue, Article article) {
        List<String> words = new ArrayList<>();
        List<BlockRef> refs = new ArrayList<>(article.heading());
        refs.addAll(article.body());
        refs.addAll(article.illustrations());
        for (BlockRef ref : refs) {
            issue.block(ref).ifPresent(block -> addWords(block, words));
        }
        return words;
    }

    private static void addWords(TextBlock block, List<String> words) {
        for (Line line : block.lines()) {
            for (Word word : line.words()) {
                words.add(word.text());
            }
        }
    }

    private static int[] chars(List<String> words) {
        return TextMetrics.normalize(String.join("", words)).codePoints().toArray();
    }
}
