package org.newspaperingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.newspaperingest.eval.EvalReport;
import org.newspaperingest.eval.Evaluator;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.Pipeline;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.samples.SampleGenerator.SampleIssue;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.newspaperingest.source.ScanTree;
import org.newspaperingest.validate.PackageValidator;
import org.newspaperingest.validate.Problem;

/**
 * One rendered sample issue put through the real pipeline, as {@code newspaper-ingest ingest} runs it, with
 * its ground truth and what the package holds when read back. Pages are worked on by a pool of page workers
 * as {@code ingest --threads N} does; a page runs start to end on one worker and the OCR engines run
 * single-threaded on the calling thread, so a page's CPU time is its worker's CPU time since that worker's
 * previous page ended (or since the worker started).
 *
 * @param pageCpuSeconds CPU time of each page on the worker thread, in page order
 */
record QualityRun(SampleSpec spec, String engine, Issue truth, Issue candidate, Path packageDir,
                  List<Double> pageCpuSeconds, double wallSeconds) {

    /**
     * Renders the spec's pages (all when none are named), writes them as a scan folder under {@code work} and
     * ingests it with {@code threads} page workers.
     */
    static QualityRun ingest(SampleSpec spec, String engine, Path work, Optional<Path> debugDir, int threads,
                             int... printedPages) {
        return ingest(new SampleGenerator().generate(spec, printedPages), engine, work, debugDir, threads,
                UnaryOperator.identity());
    }

    /** The same for a rendered issue, through the standard pipeline as {@code adapt} changes it. */
    static QualityRun ingest(SampleIssue sample, String engine, Path work, Optional<Path> debugDir, int threads,
                             UnaryOperator<Pipeline> adapt) {
        SampleSpec spec = sample.spec();
        try {
            Path scans = Files.createDirectories(work.resolve("scans"));
            sample.writeScanFolder(scans.resolve(SampleGenerator.ISSUE_ID));
            ScanTree.Result tree = ScanTree.scan(scans);
            if (tree.issues().size() != 1) {
                throw new IllegalStateException("expected one issue folder under " + scans + ", found " + tree);
            }
            Path out = Files.createDirectories(work.resolve("out"));
            PackageWriter writer = new PackageWriter(PackageWriter.Images.REFERENCE, Clock.systemUTC());
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            Map<Integer, Double> pageCpu = new ConcurrentHashMap<>();
            // each worker's CPU time when its previous page ended; a fresh worker starts from (nearly) zero
            ThreadLocal<Long> previousEnd = ThreadLocal.withInitial(() -> 0L);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (IssueIngester ingester = new IssueIngester(adapt.apply(Pipelines.standard(engine, writer, debugDir)))) {
                long wallStart = System.nanoTime();
                IssueOutcome outcome = ingester.ingest(tree.issues().get(0), out, pool, (issue, sequence) -> {
                    long now = cpu.getCurrentThreadCpuTime();
                    pageCpu.put(sequence, (now - previousEnd.get()) / 1e9);
                    previousEnd.set(now);
                });
                double wall = (System.nanoTime() - wallStart) / 1e9;
                if (outcome.status() != IssueOutcome.Status.WRITTEN) {
                    throw new IllegalStateException("ingest of " + spec + " failed: " + outcome.errors());
                }
                Path pkg = outcome.packageDir().orElseThrow();
                List<Problem> problems = new PackageValidator().withScanFolders(List.of(scans)).validate(pkg);
                if (!problems.isEmpty()) {
                    // every quality figure is of a package a library would accept
                    throw new IllegalStateException("the package of " + spec + " does not validate: "
                            + problems.subList(0, Math.min(5, problems.size())));
                }
                return new QualityRun(spec, engine, sample.truth(), PackageReader.read(pkg), pkg,
                        perPage(pageCpu, sample.pages().size()), wall);
            } finally {
                pool.shutdownNow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Double> perPage(Map<Integer, Double> pageCpu, int pages) {
        List<Double> seconds = new ArrayList<>();
        for (int sequence = 1; sequence <= pages; sequence++) {
            seconds.add(pageCpu.getOrDefault(sequence, 0.0));
        }
        return Collections.unmodifiableList(seconds);
    }

    EvalReport evaluate() {
        return Evaluator.evaluate(truth, candidate);
    }

    Path altoFile(int sequence) {
        return packageDir.resolve(PackageProfile.ALTO_DIR).resolve(String.format("%04d.xml", sequence));
    }
}
