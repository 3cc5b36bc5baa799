package org.newspaperingest.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.IssueOutcome.Status;

/**
 * What became of a batch: each issue's outcome, in scan order, and the totals.
 *
 * @param warnings things found in the scan tree that concern no single issue (a folder that could not be
 *                 listed, a link loop)
 * @param fatal    why the batch stopped before its end (nothing could be written), if it did
 * @param sources  issue id to the scan folder its package is made from, below the scan root
 */
public record BatchReport(Path scanRoot, Path outDir, int threads, Instant started, Instant finished,
                          List<IssueOutcome> issues, List<String> warnings, Optional<String> fatal,
                          Map<String, String> sources) {

    public BatchReport {
        issues = List.copyOf(issues);
        warnings = List.copyOf(warnings);
        sources = Map.copyOf(sources);
    }

    /** A report that names no issue's source folder. */
    public BatchReport(Path scanRoot, Path outDir, int threads, Instant started, Instant finished,
                       List<IssueOutcome> issues, List<String> warnings, Optional<String> fatal) {
        this(scanRoot, outDir, threads, started, finished, issues, warnings, fatal, Map.of());
    }

    /** The scan folder (below the scan root) an issue's package is made from, if known. */
    public Optional<String> source(String issueId) {
        return Optional.ofNullable(sources.get(issueId));
    }

    public long count(Status status) {
        return issues.stream().filter(i -> i.status() == status).count();
    }

    /** Pages of the issues written in this run. */
    public int pagesWritten() {
        return issues.stream().filter(i -> i.status() == Status.WRITTEN).mapToInt(IssueOutcome::pages).sum();
    }

    /** Mean page confidence over the issues written in this run, weighted by their pages. */
    public double meanConfidence() {
        int pages = pagesWritten();
        return pages == 0 ? 0 : issues.stream().filter(i -> i.status() == Status.WRITTEN)
                .mapToDouble(i -> i.meanConfidence() * i.pages()).sum() / pages;
    }

    public Duration elapsed() {
        return Duration.between(started, finished);
    }

    /** Pages written per minute of wall time. */
    public double pagesPerMinute() {
        double minutes = elapsed().toMillis() / 60_000.0;
        return minutes <= 0 ? 0 : pagesWritten() / minutes;
    }

    public boolean allSucceeded() {
        return fatal.isEmpty() && count(Status.FAILED) == 0;
    }

    /** The command's exit status: 0 when every issue has its package, 1 otherwise. */
    public int exitStatus() {
        return allSucceeded() ? 0 : 1;
    }

    /** One line for the end of a run. */
    public String summary() {
        return String.format("%s: %d written, %d already complete, %d failed; %s in %s (%.1f pages/min)",
                plural(issues.size(), "issue"), count(Status.WRITTEN), count(Status.SKIPPED_COMPLETE), count(Status.FAILED),
                plural(pagesWritten(), "page"), human(elapsed()), pagesPerMinute());
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A duration as a person reads it: {@code 45 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
    public static String human(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
