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
 * The rendered issues the quality tests ingest, each ingested at most once per test run (a page takes
 * 10 to 20 seconds with the default engine) and only when a test that needs it runs. The packages go into
 * one temporary folder, removed when the JVM ends.
 */
final class QualityRuns {

    /** 300 dpi, light noise, another seed than the committed sample: the standard layout as a new scan. */
    static final SampleSpec LIGHT_NOISE = SampleSpec.STANDARD.withSeed(4242);
    /** 200 dpi and heavy noise: a poor scan. */
    static final SampleSpec HEAVY_NOISE = SampleSpec.STANDARD.withDpi(200).withNoise(0.8).withSeed(4242);

    private static final Map<String, QualityRun> RUNS = new HashMap<>();
    private static Path root;

    private QualityRuns() {
    }

    /** The whole issue (or the pages named) of the spec, through the standard pipeline with the default engine. */
    static synchronized QualityRun of(SampleSpec spec, int... printedPages) {
        String key = spec + java.util.Arrays.toString(printedPages);
        QualityRun run = RUNS.get(key);
        if (run == null) {
            Path work = root().resolve("run" + RUNS.size());
            run = QualityRun.ingest(spec, Pipelines.DEFAULT_ENGINE, work, Optional.empty(), printedPages);
            RUNS.put(key, run);
        }
        return run;
    }

    private static Path root() {
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
