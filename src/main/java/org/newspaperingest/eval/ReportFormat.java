package org.newspaperingest.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.newspaperingest.eval.EvalReport.ArticleScore;
import org.newspaperingest.eval.EvalReport.PageScore;

/** Writes an {@link EvalReport} as a plain-text table or as JSON. */
public final class ReportFormat {

    private static final String HEADER = String.format(Locale.ROOT, "%-28s %7s %7s %8s %7s %7s %8s %7s",
            "", "chars", "errors", "CER", "words", "errors", "WER", "bag-F1");

    private ReportFormat() {
    }

    public static void table(EvalReport report, PrintWriter out) {
        out.println("truth " + report.truthIssue() + " vs " + report.candidateIssue());
        out.println();
        out.println(HEADER);
        for (PageScore page : report.pages()) {
            String name = "page " + page.page() + (page.label().isEmpty() ? "" : " (" + page.label() + ")");
            out.println(row(name, page.scores()));
        }
        out.println(row("issue", report.total()));
        if (!report.articles().isEmpty()) {
            out.println();
            out.println(HEADER);
            for (ArticleScore article : report.articles()) {
                String name = article.truthId() + " " + shorten(article.truthTitle());
                out.println(row(name, article.scores()) + (article.matchedId() == null ? "  (not found)"
                        : article.matchedId().equals(article.truthId()) ? "" : "  (as " + article.matchedId() + ")"));
            }
        }
        out.flush();
    }

    public static void json(EvalReport report, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
    }

    public static String json(EvalReport report) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    }

    private static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "%s %7d %7d %7.2f%% %7d %7d %7.2f%% %7.4f", pad(name), s.truthChars(),
                s.charErrors(), s.cer() * 100, s.truthWords(), s.wordErrors(), s.wer() * 100, s.bagF1());
    }

    private static String shorten(String title) {
        if (title == null) {
            return "";
        }
        return title.codePointCount(0, title.length()) <= 10 ? title
                : title.substring(0, title.offsetByCodePoints(0, 10)) + "…";
    }

    /** Pads to 28 terminal columns, counting CJK characters as two, so the numbers line up. */
    private static String pad(String name) {
        int width = name.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
        return name + " ".repeat(Math.max(0, 28 - width));
    }
}
