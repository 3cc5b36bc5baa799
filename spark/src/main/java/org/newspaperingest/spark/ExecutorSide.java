package org.newspaperingest.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.newspaperingest.batch.BatchRunner;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Page;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.validate.PackageValidator;

/**
 * What runs on an executor: the three steps of an issue (plan, read a page, assemble), over one pipeline,
 * one validator and a pool of OCR engines held once per JVM. Models are loaded when a task first needs an
 * engine and kept for every later task in the JVM; there are never more engines than tasks running at once
 * (engines are not thread-safe, and Spark's task threads come and go, so they are lent, not kept per thread).
 *
 * <p>Nothing here throws for bad input or a bug: a failure comes back as a value naming the file, so one
 * issue's trouble never fails the Spark job or the rest of the batch.
 */
final class ExecutorSide {

    /** Per batch's settings: the JVM's ingester (stateless stages, shared by all task threads), idle engines, validator. */
    private static final Map<Settings, Holder> HOLDERS = new ConcurrentHashMap<>();

    private ExecutorSide() {
    }

    private record Holder(IssueIngester ingester, Queue<OcrEngine> idleEngines, PackageValidator validator) {
    }

    private static Holder holder(Settings settings) {
        return HOLDERS.computeIfAbsent(settings, s -> new Holder(
                new IssueIngester(Pipelines.standard(s.engine(), s.writer(), Optional.empty())),
                new ConcurrentLinkedQueue<>(), s.validator()));
    }

    /** The first step: the issue's package already complete (skipped, unless forced), or its pages counted. */
    static IssuePlan plan(IssueRef ref, String outDir, boolean force, Settings settings) {
        ScanIssue issue = ref.toScanIssue();
        try {
            if (!force) {
                Optional<IssueOutcome> complete = BatchRunner.completePackage(issue, Path.of(outDir),
                        BatchRunner.validatorCheck(holder(settings).validator())
                                .and(BatchRunner.outputsCheck(settings.formats())));
                if (complete.isPresent()) {
                    return IssuePlan.done(ref, Outcome.of(complete.get()));
                }
            }
            IssueIngester.Plan plan = holder(settings).ingester().plan(issue);
            return IssuePlan.toRead(ref, plan.pages().stream().map(p -> PageTask.of(ref, plan.language(), p)).toList());
        } catch (IssueIngester.IssueFailure failure) {
            return IssuePlan.done(ref, failed(issue, failure.getMessage()));
        } catch (RuntimeException bug) {
            return IssuePlan.done(ref, failed(issue, "internal error: " + bug));
        }
    }

    /** The second step, one page: decoded, laid out and read with an engine lent for the page. */
    static PageResult read(PageTask task, Settings settings) {
        Holder holder = holder(settings);
        OcrEngine ocr = null;
        try {
            ocr = Optional.ofNullable(holder.idleEngines().poll()).orElseGet(() -> OcrEngines.create(settings.engine()));
            Page page = holder.ingester().readPage(task.issue().toScanIssue(), task.language(), task.source(), ocr);
            return PageResult.read(task.issue(), page);
        } catch (IssueIngester.IssueFailure failure) {
            return PageResult.failed(task.issue(), task.sequence(), failure.getMessage());
        } catch (RuntimeException bug) {
            return PageResult.failed(task.issue(), task.sequence(), "internal error: " + bug);
        } catch (OutOfMemoryError e) {
            return PageResult.failed(task.issue(), task.sequence(),
                    "not enough memory (give executors more with spark.executor.memory, or fewer cores each)");
        } finally {
            if (ocr != null) {
                holder.idleEngines().add(ocr);
            }
        }
    }

    /**
     * The last step, with all of an issue's pages: the issue fails with its first unreadable page, else it is
     * assembled (articles and continuations need the whole issue) and its package written aside, then renamed
     * into place, so a killed executor never leaves a partial package.
     */
    static Outcome assemble(Iterable<PageResult> results, String outDir, Settings settings) {
        List<PageResult> pages = new ArrayList<>();
        results.forEach(pages::add);
        pages.sort(Comparator.comparingInt(PageResult::sequence));
        ScanIssue issue = pages.get(0).issue().toScanIssue();
        try {
            Optional<PageResult> unread = pages.stream().filter(p -> !p.ok()).findFirst();
            if (unread.isPresent()) {
                return failed(issue, unread.get().error());
            }
            IssueIngester ingester = holder(settings).ingester();
            // The sidecar and page list again, where the package is written: cheap next to reading the pages.
            IssueIngester.Plan plan = ingester.plan(issue);
            if (plan.pages().size() != pages.size()) {
                return failed(issue, issue.folder() + ": its page files changed while the batch ran ("
                        + pages.size() + " pages read, " + plan.pages().size() + " now)");
            }
            return Outcome.of(ingester.assemble(plan, pages.stream().map(PageResult::page).toList(), Path.of(outDir)));
        } catch (IssueIngester.IssueFailure failure) {
            return failed(issue, failure.getMessage());
        } catch (RuntimeException bug) {
            return failed(issue, "internal error: " + bug);
        } catch (OutOfMemoryError e) {
            return failed(issue, "not enough memory to assemble the issue (give executors more with"
                    + " spark.executor.memory)");
        }
    }

    private static Outcome failed(ScanIssue issue, String error) {
        return Outcome.of(IssueIngester.failed(issue, List.of(), error));
    }
}
