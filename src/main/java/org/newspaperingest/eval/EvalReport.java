package org.newspaperingest.eval;

import java.util.List;

/**
 * A package scored against its ground truth.
 *
 * @param articles one entry per ground-truth article, with the candidate article matched to it (if any)
 */
public record EvalReport(String truthIssue, String candidateIssue, Scores total, List<PageScore> pages,
                         List<ArticleScore> articles) {

    public EvalReport {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
    }

    public record PageScore(int page, String label, Scores scores) {
    }

    /** {@code matchedId} and {@code matchedTitle} are null when no candidate article shares any text. */
    public record ArticleScore(String truthId, String truthTitle, String matchedId, String matchedTitle,
                               Scores scores) {
    }
}
