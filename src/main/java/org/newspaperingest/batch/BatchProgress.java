package org.newspaperingest.batch;

import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newspaperingest.ingest.IssueOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person running a batch how far it is: a bar (pages done, pages per minute, time left) on a
 * terminal, or one log line per finished issue where the output goes to a file or a pipe.
 */
final class BatchProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final ProgressBar bar;
    private final int issues;
    private final long startNanos = System.nanoTime();
    private final AtomicLong expectedPages;
    private final AtomicLong pagesDone = new AtomicLong();
    private final AtomicInteger issuesDone = new AtomicInteger();
    private final java.util.Map<String, AtomicLong> pagesOf = new java.util.concurrent.ConcurrentHashMap<>();

    BatchProgress(boolean drawBar, int issues, long expectedPages) {
        this.issues = issues;
        this.expectedPages = new AtomicLong(expectedPages);
        this.bar = drawBar ? new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(expectedPages)
                .setUnit(" pages", 1).showSpeed(new DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.MINUTES)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(500).build() : null;
    }

    /** A page of {@code issueId} was read (or failed: it is taken back if its issue fails). */
    void pageDone(String issueId) {
        pagesOf.computeIfAbsent(issueId, id -> new AtomicLong()).incrementAndGet();
        long done = pagesDone.incrementAndGet();
        // a multi-page file counts as one page until it is opened
        long expected = expectedPages.updateAndGet(e -> Math.max(e, done));
        if (bar != null) {
            bar.maxHint(expected);
            bar.step();
        }
    }

    /** An issue whose package was already complete: its pages are no longer expected. */
    void issueSkipped(IssueOutcome outcome) {
        long expected = expectedPages.addAndGet(-outcome.pages());
        if (bar != null) {
            bar.maxHint(Math.max(expected, pagesDone.get()));
        }
        issueDone(outcome);
    }

    /** Pages of issues written so far in this run (those of failed issues are not counted). */
    long pagesDone() {
        return pagesDone.get();
    }

    void issueDone(IssueOutcome outcome) {
        AtomicLong counted = pagesOf.remove(outcome.issueId());
        if (outcome.status() == IssueOutcome.Status.FAILED) {
            // a failed issue's pages are neither done nor still to do
            long taken = counted == null ? 0 : counted.get();
            long now = pagesDone.addAndGet(-taken);
            long expected = expectedPages.updateAndGet(e -> Math.max(now, e - Math.max(taken, outcome.pages())));
            if (bar != null) {
                bar.stepTo(now);
                bar.maxHint(expected);
            }
        }
        int done = issuesDone.incrementAndGet();
        if (bar != null) {
            bar.setExtraMessage(" " + done + "/" + issues + " issues");
            if (outcome.status() == IssueOutcome.Status.FAILED) {
                LOG.warn("{}: failed: {}", outcome.issueId(), String.join("; ", outcome.errors()));
            }
            return;
        }
        double minutes = (System.nanoTime() - startNanos) / 60e9;
        long pages = pagesDone.get();
        double perMinute = minutes > 0 ? pages / minutes : 0;
        long left = Math.max(0, expectedPages.get() - pages);
        String timeLeft = perMinute > 0 ? BatchReport.human(Duration.ofSeconds((long) (left / perMinute * 60))) : "unknown";
        String what = switch (outcome.status()) {
            case WRITTEN -> String.format("written, %d pages, mean confidence %.3f", outcome.pages(), outcome.meanConfidence());
            case SKIPPED_COMPLETE -> "already complete, skipped";
            case FAILED -> "FAILED: " + String.join("; ", outcome.errors());
        };
        String line = String.format("[%d/%d] %s: %s (%d pages done, %.1f pages/min, about %s left)",
                done, issues, outcome.issueId(), what, pages, perMinute, timeLeft);
        if (outcome.status() == IssueOutcome.Status.FAILED) {
            LOG.warn(line);
        } else {
            LOG.info(line);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
