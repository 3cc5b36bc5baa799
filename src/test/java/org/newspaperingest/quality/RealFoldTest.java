package org.newspaperingest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.source.ScanTree;

/**
 * Real scans nobody on this project made: two folds of 晶報 (Shanghai, 21 April 1939) with the ECPO
 * project's ground truth (see {@code src/test/resources/real/jingbao-1939-04-21/README.md}), ingested with
 * the default engine as {@code newspaper-ingest ingest} runs it, and scored as the real-page scorer does.
 * Both folds are read at once, one per core.
 */
class RealFoldTest {
    private static final String FOLDER = "/real/jingbao-1939-04-21/";
    private static final List<String> FOLDS = List.of("jb_3795_1939-04-21_0001+0004", "jb_3795_1939-04-21_0005+0008");
    /*
     * Floors under today's figures (bag F1 0.80 and 0.80, article regions 0.60 and 0.51 by the shared
     * scorer, which this port agrees with), so that they cannot fall unseen. Issue #11's targets
     * are 0.80 and 0.50 on each fold: raise these as the figures rise (a region's margin kept on each).
     */
    private static final double[] F1_FLOOR = {0.79, 0.795};
    private static final double[] ARTICLES_FLOOR = {0.57, 0.49};

    @TempDir
    static Path work;
    private static final List<Page> pages = new ArrayList<>();
    private static ExecutorService pool;

    @BeforeAll
    static void ingestBothFolds() throws Exception {
        Path scans = work.resolve("scans");
        for (String fold : FOLDS) {
            Path folder = Files.createDirectories(scans.resolve(fold.replace('+', '-')));
            try (InputStream in = RealFoldTest.class.getResourceAsStream(FOLDER + fold + ".jpg")) {
                Files.copy(in, folder.resolve(fold + ".jpg"));
            }
        }
        ScanTree.Result tree = ScanTree.scan(scans);
        pool = Executors.newFixedThreadPool(2);
        PackageWriter writer = new PackageWriter(PackageWriter.Images.REFERENCE, Clock.systemUTC());
        try (IssueIngester ingester = new IssueIngester(Pipelines.standard(Pipelines.DEFAULT_ENGINE, writer,
                Optional.empty()))) {
            Map<String, Future<IssueOutcome>> outcomes = new HashMap<>();
            ExecutorService issues = Executors.newFixedThreadPool(2);
            try {
                for (var issue : tree.issues()) {
                    outcomes.put(issue.folder().getFileName().toString(),
                            issues.submit(() -> ingester.ingest(issue, work.resolve("out"), pool, (i, s) -> { })));
                }
                for (String fold : FOLDS) {
                    IssueOutcome outcome = get(outcomes.get(fold.replace('+', '-')));
                    assertEquals(IssueOutcome.Status.WRITTEN, outcome.status(), () -> outcome.errors().toString());
                    pages.add(PackageReader.read(outcome.packageDir().orElseThrow()).pages().get(0));
                }
            } finally {
                issues.shutdownNow();
            }
        }
    }

    private static IssueOutcome get(Future<IssueOutcome> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void readsMostCharactersOfEachFold() throws IOException {
        for (int i = 0; i < FOLDS.size(); i++) {
            String truth;
            try (InputStream in = RealFoldTest.class.getResourceAsStream(FOLDER + FOLDS.get(i) + ".text.json")) {
                truth = RealFoldScore.truthText(in);
            }
            double f1 = RealFoldScore.bagF1(truth, pages.get(i).text());
            System.out.printf("%s: bag F1 (letters and digits, variants folded) %.3f%n", FOLDS.get(i), f1);
            assertTrue(f1 >= F1_FLOOR[i], FOLDS.get(i) + ": bag F1 " + f1);
        }
    }

    @Test
    void findsTheArticlesOfEachFold() throws IOException {
        for (int i = 0; i < FOLDS.size(); i++) {
            double matched;
            try (InputStream in = RealFoldTest.class.getResourceAsStream(FOLDER + FOLDS.get(i) + ".regions.json")) {
                matched = RealFoldScore.articlesMatched(in, pages.get(i));
            }
            System.out.printf("%s: article regions matched by one block at IoU >= 0.5: %.2f%n", FOLDS.get(i), matched);
            assertTrue(matched >= ARTICLES_FLOOR[i], FOLDS.get(i) + ": article regions matched " + matched);
        }
    }

    @Test
    void readsTheResolutionTheJpegRecordsOnlyInExif() {
        for (Page page : pages) {
            assertEquals(200.0, page.image().xResolution());
        }
    }
}
