package org.newspaperingest.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome.Status;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.pack.Folders;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.source.NaturalOrder;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.source.ScanTree;
import org.newspaperingest.validate.PackageValidator;
import org.newspaperingest.validate.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests every issue under a scan folder into an output folder, in parallel, and reports on each.
 *
 * <p>Pages of a few issues are worked on at once, over one shared pool of page threads, so memory stays
 * bounded whatever the size of the batch. A run can be repeated: issues whose package is complete and valid
 * are skipped, unfinished packages left by a killed run are removed, everything else is redone.
 *
 * <pre>{@code
 * try (IssueIngester ingester = new IssueIngester(pipeline)) {
 *     BatchReport report = new BatchRunner(ingester::ingest).run(BatchOptions.of(scans, out).withThreads(n));
 *     return report.exitStatus();
 * }
 * }</pre>
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    /** The hidden folders {@code pack.PackageWriter} writes a package in before renaming it into place. */

    /** Ingests one issue: the shape of {@link IssueIngester#ingest}. */
    @FunctionalInterface
    public interface IssueProcessor {
        IssueOutcome ingest(ScanIssue issue, Path outRoot, ExecutorService pagePool, IssueIngester.PageListener listener);
    }

    /** Says what is wrong with an existing package folder; an empty list means complete and valid. */
    @FunctionalInterface
    public interface PackageCheck {
        List<String> problems(Path packageDir);

        /** This check's problems, then {@code next}'s. */
        default PackageCheck and(PackageCheck next) {
            return dir -> {
                List<String> problems = new ArrayList<>(problems(dir));
                problems.addAll(next.problems(dir));
                return problems;
            };
        }
    }

    /**
     * Turns the issues found into outcomes: on this machine's threads ({@link #run(BatchOptions)}), or on a
     * cluster's executors (the Spark module), around the same checks, clean-up and report.
     */
    @FunctionalInterface
    public interface IssueScheduler {
        /**
         * @param issues  the issue folders found with pages, in scan order
         * @param stopped set to the reason when the batch must stop early (the output folder cannot be written)
         * @return one outcome per issue
         */
        List<IssueOutcome> ingestAll(List<ScanIssue> issues, BatchOptions options, AtomicReference<String> stopped);
    }

    private final IssueProcessor processor;
    private final PackageCheck packageCheck;

    /** A runner that takes a package as complete when {@link PackageValidator} finds nothing wrong with it. */
    public BatchRunner(IssueProcessor processor) {
        this(processor, validatorCheck(new PackageValidator()));
    }

    public BatchRunner(IssueProcessor processor, PackageCheck packageCheck) {
        this.processor = processor;
        this.packageCheck = packageCheck;
    }

    /**
     * Runs the batch. Problems with single issues never stop it; it stops early only when the output folder
     * can no longer be written, and says so in the report. The output folder is locked for the run: a second
     * run into it is refused, naming the first. SIGTERM or Ctrl-C still leave a report of what was done.
     *
     * @throws OutputFolderException when the output folder cannot be written at all, or another run holds it
     * @throws IOException           when the scan folder itself cannot be read
     */
    public BatchReport run(BatchOptions options) throws IOException {
        Queue<IssueOutcome> done = new ConcurrentLinkedQueue<>();
        return run(options, (issues, opts, stopped) -> ingestAll(issues, opts, stopped, done), done);
    }

    /**
     * Runs the batch with the issues ingested by {@code scheduler}: the checks of the scan and output
     * folders, the clean-up of unfinished packages, the scan and the report are those of every run.
     *
     * @throws IOException only when the scan folder itself cannot be read
     */
    public static BatchReport run(BatchOptions options, IssueScheduler scheduler) throws IOException {
        return run(options, scheduler, new ConcurrentLinkedQueue<>());
    }

    /**
     * @param done the outcomes the scheduler has finished so far, for the report written when the run is
     *             interrupted (SIGTERM, Ctrl-C)
     * @throws OutputFolderException when the output folder cannot be written, or another run holds it
     */
    private static BatchReport run(BatchOptions options, IssueScheduler scheduler, Queue<IssueOutcome> done)
            throws IOException {
        Instant started = Instant.now();
        Path out = options.outDir();
        Path root = options.scanRoot();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": scan folder " + (Files.exists(root) ? "is not a folder" : "does not exist"));
        }
        if (root.startsWith(out)) {
            throw new IOException(out + ": the output folder must not be the scan folder or hold it; choose a"
                    + " separate folder (a new subfolder of the scan folder will do)");
        }
        Optional<String> unwritable = probe(out);
        if (unwritable.isPresent()) {
            throw new OutputFolderException(unwritable.get());
        }
        List<String> warnings = new ArrayList<>();
        try (OutputLock lock = OutputLock.acquire(out, warnings)) {
            return runLocked(options, scheduler, done, started, warnings, lock);
        }
    }

    private static BatchReport runLocked(BatchOptions options, IssueScheduler scheduler, Queue<IssueOutcome> done,
                                         Instant started, List<String> warnings, OutputLock lock) throws IOException {
        Path out = options.outDir();
        Path root = options.scanRoot();
        removeUnfinishedPackages(out);

        ScanTree.Result scan = ScanTree.scan(root, Set.of(out));
        List<IssueOutcome> outcomes = new ArrayList<>();
        for (ScanTree.Problem problem : scan.problems()) {
            if (problem.issueId().isPresent()) {
                outcomes.add(new IssueOutcome(problem.issueId().get(), Status.FAILED, 0, 0, List.of(),
                        List.of(problem.message()), Optional.empty()));
            } else {
                warnings.add(problem.message());
            }
        }
        LOG.info("{}: {} found{}", root, BatchReport.plural(scan.issues().size() + scan.failedIssues().size(), "issue"),
                scan.failedIssues().isEmpty() ? "" : ", " + scan.failedIssues().size() + " of them without pages");

        // Package names: the package recording each folder as its source, else a free name (never another's).
        List<PackageNames.Assigned> assigned = PackageNames.assign(scan.issues(), scan.renamed(), out);
        List<ScanIssue> issues = assigned.stream().map(PackageNames.Assigned::issue).toList();
        Map<String, String> sources = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (PackageNames.Assigned named : assigned) {
            sources.put(named.issue().id(), named.issue().source());
            named.note().ifPresent(note -> {
                LOG.warn("{}: {}", named.issue().source(), note);
                notes.put(named.issue().id(), note);
            });
        }

        // SIGTERM or Ctrl-C: the report still says what was done, and the lock is let go.
        AtomicBoolean reported = new AtomicBoolean();
        List<IssueOutcome> scanFailures = List.copyOf(outcomes);
        Thread onInterrupt = new Thread(() -> {
            if (reported.compareAndSet(false, true)) {
                List<IssueOutcome> partial = new ArrayList<>(scanFailures);
                Set<String> finished = new HashSet<>();
                for (IssueOutcome outcome : done) {
                    partial.add(withNote(Optional.ofNullable(notes.get(outcome.issueId())), outcome));
                    finished.add(outcome.issueId());
                }
                for (ScanIssue issue : issues) {
                    if (!finished.contains(issue.id())) {
                        partial.add(failed(issue, "not finished: the run was interrupted; run it again to finish"));
                    }
                }
                String why = "interrupted (SIGTERM or Ctrl-C) after " + finished.size() + " of " + issues.size()
                        + " issues; a new run does the rest";
                writeReport(new BatchReport(root, out, options.threads(), started, Instant.now(), sorted(partial),
                        warnings, Optional.of(why), sources));
                lock.close();
            }
        }, "batch-report-on-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);

        AtomicReference<String> stopped = new AtomicReference<>();
        List<IssueOutcome> ingested;
        try {
            ingested = scheduler.ingestAll(issues, options, stopped);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is writing the report
            }
        }
        for (IssueOutcome outcome : ingested) {
            outcomes.add(withNote(Optional.ofNullable(notes.get(outcome.issueId())), outcome));
        }
        BatchReport report = new BatchReport(root, out, options.threads(), started, Instant.now(), sorted(outcomes),
                warnings, Optional.ofNullable(stopped.get()), sources);
        if (reported.compareAndSet(false, true)) {
            writeReport(report);
            LOG.info("{}", report.summary());
        }
        return report;
    }

    private static List<IssueOutcome> sorted(List<IssueOutcome> outcomes) {
        List<IssueOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(java.util.Comparator.comparing(IssueOutcome::issueId, NaturalOrder.INSTANCE));
        return sorted;
    }

    private static void writeReport(BatchReport report) {
        try {
            BatchReportWriter.write(report);
        } catch (IOException e) {
            LOG.error("{}: cannot write the batch report ({})", report.outDir(), e.getMessage());
        }
    }

    private List<IssueOutcome> ingestAll(List<ScanIssue> issues, BatchOptions options, AtomicReference<String> stopped,
                                         Queue<IssueOutcome> done) {
        long expectedPages = issues.stream().mapToLong(i -> i.pageFiles().size()).sum();
        ExecutorService pagePool = Executors.newFixedThreadPool(options.threads(), named("page"));
        ExecutorService issuePool = Executors.newFixedThreadPool(options.issuesInFlight(), named("issue"));
        List<IssueOutcome> outcomes = new ArrayList<>();
        try (BatchProgress progress = new BatchProgress(options.progressBar(), issues.size(), expectedPages)) {
            IssueIngester.PageListener listener = (issue, sequence) -> progress.pageDone(issue.id());
            List<Future<IssueOutcome>> futures = new ArrayList<>();
            for (ScanIssue issue : issues) {
                futures.add(issuePool.submit(() -> {
                    // checked here, not up front, so that validating many finished packages runs in parallel
                    Optional<IssueOutcome> complete = options.force() ? Optional.empty()
                            : completePackage(issue, options.outDir(), packageCheck);
                    if (complete.isPresent()) {
                        progress.issueSkipped(complete.get());
                        done.add(complete.get());
                        return complete.get();
                    }
                    IssueOutcome outcome = stopped.get() != null
                            ? failed(issue, "not attempted: " + stopped.get())
                            : ingestOne(issue, options.outDir(), pagePool, listener);
                    if (outcome.status() == Status.FAILED && stopped.get() == null) {
                        probe(options.outDir()).ifPresent(reason -> {
                            if (stopped.compareAndSet(null, reason)) {
                                LOG.error("{}; stopping the batch", reason);
                            }
                        });
                    }
                    progress.issueDone(outcome);
                    done.add(outcome);
                    return outcome;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(result(futures.get(i), issues.get(i)));
            }
        } finally {
            issuePool.shutdownNow();
            pagePool.shutdownNow();
        }
        return outcomes;
    }

    private IssueOutcome ingestOne(ScanIssue issue, Path out, ExecutorService pagePool, IssueIngester.PageListener listener) {
        try {
            return processor.ingest(issue, out, pagePool, listener);
        } catch (RuntimeException e) {
            LOG.error("{}: internal error", issue.id(), e);
            return failed(issue, "internal error: " + e);
        } catch (OutOfMemoryError e) {
            return failed(issue, "not enough memory (give Java more with -Xmx, or run fewer threads)");
        }
    }

    private static IssueOutcome result(Future<IssueOutcome> future, ScanIssue issue) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(issue, "interrupted");
        } catch (ExecutionException e) {
            return failed(issue, "internal error: " + e.getCause());
        }
    }

    /**
     * An already complete, valid package of this very folder is left as it is: its outcome,
     * {@code SKIPPED_COMPLETE}. Empty when the issue is to be done: no package yet, a damaged one, or one that
     * does not record the issue's folder as its source (made by an earlier version): redone and replaced.
     */
    public static Optional<IssueOutcome> completePackage(ScanIssue issue, Path out, PackageCheck packageCheck) {
        Path dir = out.resolve(issue.id());
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Optional<String> recorded;
        try {
            recorded = PackageReader.sourceFolder(dir);
        } catch (IOException e) {
            recorded = Optional.empty();
        }
        if (!recorded.equals(Optional.of(issue.source()))) {
            LOG.info("{}: existing package records {} as its source folder, not {}; redoing it", issue.id(),
                    recorded.orElse("nothing"), issue.source());
            return Optional.empty();
        }
        List<String> problems = packageCheck.problems(dir);
        if (!problems.isEmpty()) {
            LOG.info("{}: existing package is not valid ({}{}); redoing it", issue.id(), problems.get(0),
                    problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "");
            return Optional.empty();
        }
        return Optional.of(new IssueOutcome(issue.id(), Status.SKIPPED_COMPLETE, issue.pageFiles().size(), 0,
                List.of(), List.of(), Optional.of(dir)));
    }

    /** Complete means: {@code validator} finds nothing wrong with the package. */
    public static PackageCheck validatorCheck(PackageValidator validator) {
        return dir -> validator.validate(dir).stream().map(Problem::toString).toList();
    }

    /**
     * Complete also means: made with the outputs this run writes, so that a re-run asking for another set
     * ({@code --outputs}, {@code --no-pdf}) redoes the package rather than skipping it.
     */
    public static PackageCheck outputsCheck(List<OutputFormat> formats) {
        return dir -> {
            Set<String> wanted = new TreeSet<>();
            formats.forEach(format -> wanted.add(format.use()));
            Set<String> made = new TreeSet<>();
            try {
                made.addAll(PackageReader.fileGroups(dir));
            } catch (IOException e) {
                return List.of(e.getMessage());
            }
            made.remove(PackageProfile.MASTER_GROUP);
            return made.equals(wanted) ? List.of()
                    : List.of("made with the file groups " + made + ", this run writes " + wanted);
        };
    }

    /** Deletes the half-written package folders a killed run left behind; none of them is a package. */
    static void removeUnfinishedPackages(Path out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            for (Path entry : entries) {
                if (PackageWriter.isUnfinishedPackage(entry) && Files.isDirectory(entry)
                        && !Files.isSymbolicLink(entry)) {
                    Folders.deleteTree(entry);
                    LOG.info("{}: removed an unfinished package left by an interrupted run", entry);
                }
            }
        }
    }

    /**
     * Whether anything can be written in the output folder: creates it if needed and writes and deletes a
     * small file. Returns the reason when it cannot.
     */
    static Optional<String> probe(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of(out + ": the output folder cannot be written (it is a file, not a folder)");
        }
        try {
            Files.createDirectories(out);
            Path probe = out.resolve(".write-probe-" + UUID.randomUUID());
            try {
                Files.write(probe, new byte[4096]);
            } finally {
                Files.deleteIfExists(probe);
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getMessage();
            return Optional.of(out + ": the output folder cannot be written (" + reason + ")");
        }
    }

    private static IssueOutcome withNote(Optional<String> note, IssueOutcome outcome) {
        if (note.isEmpty()) {
            return outcome;
        }
        List<String> warnings = new ArrayList<>();
        warnings.add(note.get());
        warnings.addAll(outcome.warnings());
        return new IssueOutcome(outcome.issueId(), outcome.status(), outcome.pages(), outcome.meanConfidence(),
                warnings, outcome.errors(), outcome.packageDir());
    }

    private static IssueOutcome failed(ScanIssue issue, String error) {
        return new IssueOutcome(issue.id(), Status.FAILED, issue.pageFiles().size(), 0, List.of(), List.of(error),
                Optional.empty());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
