package org.newspaperingest.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.newspaperingest.batch.BatchOptions;
import org.newspaperingest.batch.BatchReport;
import org.newspaperingest.batch.BatchRunner;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.source.ScanIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Ingests a batch's issues on Spark's executors, for {@link BatchRunner#run(BatchOptions, BatchRunner.IssueScheduler)}:
 * <ol>
 *   <li>per issue, on the executors: skipped when its package is complete (unless forced), else its pages
 *       counted; the driver collects the small list of pages;</li>
 *   <li>per page, spread over all executor cores: decoded, laid out and read into the model;</li>
 *   <li>per issue, its pages grouped together: assembled and written as a package.</li>
 * </ol>
 * Only the page model travels (Java-serialised, never an image), and only outcomes come back to the driver,
 * so memory stays bounded whatever the size of the batch.
 */
final class SparkScheduler implements BatchRunner.IssueScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SparkScheduler.class);
    /** Spark tasks per stage at most: one page or issue each up to here, more each beyond. */
    private static final int MAX_PARTITIONS = 20_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final JavaSparkContext spark;
    private final Settings settings;

    SparkScheduler(JavaSparkContext spark, Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    @Override
    public List<IssueOutcome> ingestAll(List<ScanIssue> issues, BatchOptions options, AtomicReference<String> stopped) {
        if (issues.isEmpty()) {
            return List.of();
        }
        // Only local values go into the functions shipped to the executors, never this object.
        Settings shipped = settings;
        String out = options.outDir().toString();
        boolean force = options.force();
        List<IssueRef> refs = issues.stream().map(IssueRef::of).toList();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        try {
            spark.setJobDescription("newspaper-ingest: plan " + refs.size() + " issues");
            List<IssuePlan> plans = spark.parallelize(refs, partitions(refs.size()))
                    .map(ref -> ExecutorSide.plan(ref, out, force, shipped)).collect();
            List<PageTask> pages = new ArrayList<>();
            for (IssuePlan plan : plans) {
                if (plan.done() != null) {
                    outcomes.put(plan.issue().id(), plan.done());
                    log(plan.done());
                } else {
                    pages.addAll(plan.pages());
                }
            }
            long toRead = plans.stream().filter(p -> p.done() == null).count();
            LOG.info("{} issues to ingest ({} pages), {} already complete or failed", toRead, pages.size(),
                    outcomes.size());
            if (!pages.isEmpty()) {
                for (Outcome outcome : readAndAssemble(pages, (int) toRead, out, shipped)) {
                    outcomes.put(outcome.issueId(), outcome);
                    log(outcome);
                }
            }
        } catch (Exception sparkFailure) {
            // The job itself failed (a task lost again and again; Spark throws its checked SparkException
            // undeclared): the issues not done fail, and the report still says so.
            String reason = "the Spark job failed: " + sparkFailure.getMessage();
            LOG.error("{}", reason, sparkFailure);
            stopped.compareAndSet(null, reason);
        }
        List<IssueOutcome> result = new ArrayList<>();
        for (ScanIssue issue : issues) {
            Outcome outcome = outcomes.get(issue.id());
            result.add(outcome != null ? outcome.toIssueOutcome()
                    : IssueIngester.failed(issue, List.of(), "not attempted: " + stopped.get()));
        }
        return result;
    }

    private List<Outcome> readAndAssemble(List<PageTask> pages, int issues, String out, Settings shipped) {
        LongAccumulator pagesRead = spark.sc().longAccumulator("pages read");
        LongAccumulator issuesWritten = spark.sc().longAccumulator("issues assembled");
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        progress.scheduleAtFixedRate(() -> logProgress(start, pagesRead.value(), pages.size(), issuesWritten.value(),
                issues), PROGRESS_EVERY.toSeconds(), PROGRESS_EVERY.toSeconds(), TimeUnit.SECONDS);
        try {
            spark.setJobDescription("newspaper-ingest: read " + pages.size() + " pages, assemble " + issues + " issues");
            return spark.parallelize(pages, partitions(pages.size()))
                    .mapToPair(task -> {
                        PageResult result = ExecutorSide.read(task, shipped);
                        pagesRead.add(1);
                        return new Tuple2<>(task.issue().id(), result);
                    })
                    .groupByKey(partitions(issues))
                    .map(issue -> {
                        Outcome outcome = ExecutorSide.assemble(issue._2(), out, shipped);
                        issuesWritten.add(1);
                        return outcome;
                    })
                    .collect();
        } finally {
            progress.shutdownNow();
            logProgress(start, pagesRead.value(), pages.size(), issuesWritten.value(), issues);
        }
    }

    private static void logProgress(long startNanos, long pagesDone, int pages, long issuesDone, int issues) {
        double minutes = (System.nanoTime() - startNanos) / 60e9;
        double perMinute = minutes > 0 ? pagesDone / minutes : 0;
        String left = perMinute > 0 && pagesDone < pages
                ? ", about " + BatchReport.human(Duration.ofSeconds((long) ((pages - pagesDone) / perMinute * 60))) + " left" : "";
        LOG.info("{}/{} pages read ({} pages/min{}), {}/{} issues packaged", pagesDone, pages,
                String.format("%.1f", perMinute), left, issuesDone, issues);
    }

    private static void log(Outcome outcome) {
        switch (outcome.status()) {
            case WRITTEN -> LOG.info("{}: written, {} pages, mean confidence {}", outcome.issueId(), outcome.pages(),
                    String.format("%.3f", outcome.meanConfidence()));
            case SKIPPED_COMPLETE -> LOG.info("{}: already complete, skipped", outcome.issueId());
            case FAILED -> LOG.warn("{}: FAILED: {}", outcome.issueId(), String.join("; ", outcome.errors()));
        }
    }

    private static int partitions(int items) {
        return Math.max(1, Math.min(items, MAX_PARTITIONS));
    }
}
