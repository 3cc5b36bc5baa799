package org.newspaperingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.samples.SampleSpec;

/**
 * The rendered issues the quality tests ingest, each ingested at most once per test JVM (a page takes
 * several seconds with the default engine) and only when a test that needs it runs; test classes running
 * at the same time share them, and wait only for the run they need. Pages run on two workers, as
 * {@code ingest --threads 2} does. The packages go into one temporary folder, removed when the JVM ends.
 */
final class QualityRuns {

    /** 300 dpi, light noise, another seed than the committed sample: the standard layout as a new scan. */
    static final SampleSpec LIGHT_NOISE = SampleSpec.STANDARD.withSeed(4242);
    /** 200 dpi and heavy noise: a poor scan. */
    static final SampleSpec HEAVY_NOISE = SampleSpec.STANDARD.withDpi(200).withNoise(0.8).withSeed(4242);

    /** Page workers per run: the 2 cores of the project's machines (CPU time is counted per page either way). */
    private static final int THREADS = 2;
    private static final Map<String, Memo> RUNS = new HashMap<>();
    private static Path root;

    private QualityRuns() {
    }

    /** The whole issue (or the pages named) of the spec, through the standard pipeline with the default engine. */
    static QualityRun of(SampleSpec spec, int... printedPages) {
        Memo memo;
        synchronized (RUNS) {
            memo = RUNS.computeIfAbsent(spec + java.util.Arrays.toString(printedPages),
                    key -> new Memo(spec, printedPages, root().resolve("run" + RUNS.size())));
        }
        return memo.get();
    }

    /** One run, made by the first test that asks for it; the others wait for it. */
    private static final class Memo {
        private final SampleSpec spec;
        private final int[] printedPages;
        private final Path work;
        private QualityRun run;
        private RuntimeException failure;

        Memo(SampleSpec spec, int[] printedPages, Path work) {
            this.spec = spec;
            this.printedPages = printedPages;
            this.work = work;
        }

        synchronized QualityRun get() {
            if (run == null && failure == null) {
                try {
                    run = QualityRun.ingest(spec, Pipelines.DEFAULT_ENGINE, work, Optional.empty(), THREADS,
                            printedPages);
                } catch (RuntimeException e) {
                    failure = e; // every test of a failed run fails with its cause, without ingesting again
                }
            }
            if (failure != null) {
                throw failure;
            }
            return run;
        }
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("quality-runs-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path folder = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
        return root;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is no reason to fail the build
        }
    }
}
