package org.newspaperingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.IssueOutcome.Status;

/**
 * The runner's own logic: what it skips, redoes, cleans and reports. The issue processor here only writes
 * a package folder with a {@code mets.xml}, so these tests stay fast; the whole pipeline is exercised by the
 * orchestrator's tests.
 */
class BatchRunnerTest {

    @TempDir
    Path dir;
    Path scans;
    Path out;
    final Set<String> ingested = ConcurrentHashMap.newKeySet();

    final BatchRunner.IssueProcessor processor = (issue, outRoot, pool, listener) -> {
        ingested.add(issue.id());
        try {
            Path pkg = Files.createDirectories(outRoot.resolve(issue.id()));
            Files.writeString(pkg.resolve("mets.xml"), "<mets/>");
            for (int i = 1; i <= issue.pageFiles().size(); i++) {
                listener.pageDone(issue, i);
            }
            return new IssueOutcome(issue.id(), Status.WRITTEN, issue.pageFiles().size(), 0.9, List.of(), List.of(),
                    Optional.of(pkg));
        } catch (IOException e) {
            return new IssueOutcome(issue.id(), Status.FAILED, 0, 0, List.of(), List.of(e.getMessage()), Optional.empty());
        }
    };
    final BatchRunner.PackageCheck metsPresent = pkg -> Files.exists(pkg.resolve("mets.xml"))
            ? List.of() : List.of("mets.xml: missing");

    @BeforeEach
    void scanFolder() throws IOException {
        scans = dir.resolve("scans");
        out = dir.resolve("out");
        for (String issue : List.of("chaoyang-2026-03-11", "chaoyang-2026-03-12", "chaoyang-2026-03-13")) {
            for (int page = 1; page <= 2; page++) {
                Path file = Files.createDirectories(scans.resolve(issue)).resolve(page + ".png");
                ImageIO.write(new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
            }
        }
    }

    @Test
    void skipsCompletePackagesRedoesDamagedOnesAndRemovesUnfinishedOnes() throws IOException {
        Files.createDirectories(out.resolve("chaoyang-2026-03-11"));
        Files.writeString(out.resolve("chaoyang-2026-03-11/mets.xml"), "<mets/>");
        Files.createDirectories(out.resolve("chaoyang-2026-03-12/alto")); // killed before mets.xml, by hand
        Path stale = Files.createDirectories(out.resolve(".chaoyang-2026-03-13.partial-4f2a/images"));
        Files.writeString(stale.resolve("0001.tif"), "half a copy");
        List<Path> scansBefore = listTree(scans);

        BatchReport report = runner().run(options());

        assertEquals(Set.of("chaoyang-2026-03-12", "chaoyang-2026-03-13"), ingested);
        assertEquals(List.of(Status.SKIPPED_COMPLETE, Status.WRITTEN, Status.WRITTEN),
                report.issues().stream().map(IssueOutcome::status).toList());
        assertFalse(Files.exists(stale.getParent()), "unfinished package folder removed");
        assertEquals(0, report.exitStatus());
        assertEquals(4, report.pagesWritten());
        assertEquals(scansBefore, listTree(scans), "nothing written into the scan folder");

        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(3, json.at("/totals/issues").asInt());
        assertEquals(1, json.at("/totals/skippedComplete").asInt());
        assertEquals("chaoyang-2026-03-12", json.at("/issues/1/id").asText());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td>chaoyang-2026-03-11</td><td class=\"SKIPPED_COMPLETE\">already complete</td>"), html);
    }

    @Test
    void forceRedoesEverything() throws IOException {
        runner().run(options());
        ingested.clear();
        runner().run(options().withForce(true));
        assertEquals(3, ingested.size());
        ingested.clear();
        runner().run(options());
        assertTrue(ingested.isEmpty(), "a plain re-run has nothing left to do");
    }

    @Test
    void anIssueFolderWithoutPagesFailsAndTheBatchGoesOn() throws IOException {
        Files.createDirectories(scans.resolve("chaoyang-2026-03-14"));
        Files.writeString(scans.resolve("chaoyang-2026-03-14/issue.json"), "{\"title\": \"朝阳报\"}");

        BatchReport report = runner().run(options());

        assertEquals(4, report.issues().size());
        assertEquals(3, report.count(Status.WRITTEN));
        IssueOutcome failed = report.issues().get(3);
        assertEquals(Status.FAILED, failed.status());
        assertTrue(failed.errors().get(0).contains("chaoyang-2026-03-14: issue folder holds no page images"),
                failed.errors().toString());
        assertEquals(1, report.exitStatus());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenStopsTheBatchWithAClearMessage() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out-is-a-file"), "");
        BatchReport report = runner().run(BatchOptions.of(scans, notAFolder.resolve("packages")).withProgressBar(false));

        assertTrue(ingested.isEmpty());
        assertEquals(1, report.exitStatus());
        assertTrue(report.fatal().orElseThrow().contains("the output folder cannot be written"), report.fatal().toString());
    }

    private BatchRunner runner() {
        return new BatchRunner(processor, metsPresent);
    }

    private BatchOptions options() {
        return BatchOptions.of(scans, out).withThreads(2).withProgressBar(false);
    }

    private static List<Path> listTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.sorted().toList();
        }
    }
}
