package org.newspaperingest.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.newspaperingest.ingest.IssueOutcome.Status;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.pack.Folders;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.source.UnreadablePageException;
import org.newspaperingest.validate.PackageValidator;

/**
 * The runner's own logic: what it skips, redoes, cleans and reports. Packages are written by the real
 * {@link PackageWriter} and judged by the real {@link PackageValidator}; only OCR is left out (pages have no
 * text), so these tests stay fast. The whole pipeline is exercised by the orchestrator's tests.
 */
// Its SIGTERM and lock tests time child processes: no other test class runs beside them.
@Isolated
class BatchRunnerTest {

    @TempDir
    Path dir;
    Path scans;
    Path out;
    final Set<String> ingested = ConcurrentHashMap.newKeySet();
    final TikaPageImageReader reader = new TikaPageImageReader();

    final BatchRunner.IssueProcessor processor = new TextlessProcessor(ingested, 0);

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
        runner().run(options());
        ingested.clear();
        Path damaged = out.resolve("chaoyang-2026-03-12/alto/0001.xml");
        Files.writeString(damaged, Files.readString(damaged).replace("</alto>", "<!-- edited --></alto>"));
        Folders.deleteTree(out.resolve("chaoyang-2026-03-13"));
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
        assertTrue(html.contains("<td>chaoyang-2026-03-11<br><small>chaoyang-2026-03-11</small></td>"
                + "<td class=\"SKIPPED_COMPLETE\">already complete</td>"), html);
    }

    @Test
    void twoFoldersGivingOnePackageNameAreEachArchivedFromTheirOwnScansAcrossRuns() throws IOException {
        Path root = dir.resolve("collide");
        Path first = writePage(root.resolve("a-b/x/0001.png"), 0x20);
        runner().run(BatchOptions.of(root, out).withProgressBar(false));
        assertTrue(Files.readString(out.resolve("a-b-x/mets.xml"))
                .contains("<mets:altRecordID TYPE=\"source folder\">a-b/x</mets:altRecordID>"));

        Path second = writePage(root.resolve("a b/x/0001.png"), 0xe0); // another scan, same package name
        ingested.clear();
        BatchReport report = runner().run(BatchOptions.of(root, out).withProgressBar(false));

        assertEquals(0, report.exitStatus());
        assertEquals(Set.of("a-b-x-2"), ingested, "the new folder is ingested, the old one's package kept");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(out.resolve("a-b-x/images/0001.png")));
        assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(out.resolve("a-b-x-2/images/0001.png")));
        assertTrue(Files.readString(out.resolve("a-b-x-2/mets.xml")).contains(">a b/x</mets:altRecordID>"));
        IssueOutcome renamed = report.issues().stream().filter(i -> i.issueId().equals("a-b-x-2")).findFirst().orElseThrow();
        assertTrue(renamed.warnings().get(0).contains("package name a-b-x is taken by the scans of a-b/x"),
                renamed.warnings().toString());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("a-b/x", json.at("/issues/0/source").asText());
        assertEquals("a b/x", json.at("/issues/1/source").asText());

        ingested.clear(); // a third run finds both packages its own, whichever name the scan gives each now
        BatchReport third = runner().run(BatchOptions.of(root, out).withProgressBar(false));
        assertTrue(ingested.isEmpty(), ingested.toString());
        assertEquals(2, third.count(Status.SKIPPED_COMPLETE));
    }

    private static Path writePage(Path file, int grey) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(grey, grey, grey));
        g.fillRect(0, 0, 40, 60);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
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
    void anOutputFolderThatCannotBeWrittenIsRefusedBeforeAnythingIsDone() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out-is-a-file"), "");
        for (Path out : List.of(notAFolder, notAFolder.resolve("packages"))) {
            OutputFolderException refused = assertThrows(OutputFolderException.class,
                    () -> runner().run(BatchOptions.of(scans, out).withProgressBar(false)));
            assertEquals(out + ": the output folder cannot be written (" + (out.equals(notAFolder) ? "it is a file, not a folder"
                    : "Not a directory") + ")", refused.getMessage());
        }
        assertTrue(ingested.isEmpty());
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedNamingTheFirstAndADeadRunsLockIsTakenOver() throws Exception {
        Path log = dir.resolve("first.log");
        Process first = ChildJvm.builder(TextlessProcessor.class.getName(), List.of("-Xmx256m"),
                List.of(scans.toString(), out.toString(), "60000")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path lock = out.resolve(OutputLock.FILE_NAME);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!(Files.exists(lock) && Files.size(lock) > 0) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(first.isAlive(), Files.readString(log));

            OutputFolderException busy = assertThrows(OutputFolderException.class, () -> runner().run(options()));
            assertTrue(busy.getMessage().startsWith(out + ": another run is writing into this output folder (pid "
                    + first.pid() + ", host "), busy.getMessage());
            assertTrue(busy.getMessage().contains(", started 20"), busy.getMessage());
            assertTrue(ingested.isEmpty());

            first.destroyForcibly(); // SIGKILL: the lock file still names it, the system lock is gone
            first.waitFor();
            BatchReport report = runner().run(options());
            assertEquals(0, report.exitStatus(), report.summary());
            assertEquals(3, report.count(Status.WRITTEN));
            assertTrue(report.warnings().stream().anyMatch(w -> w.contains(
                    "took over the lock of a run that ended without releasing it (pid " + first.pid() + ", host ")),
                    report.warnings().toString());
            assertEquals(0, Files.size(lock), "let go at the end of the run");
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void sigtermLeavesTheReportOfTheIssuesDoneSoFar() throws Exception {
        Path log = dir.resolve("run.log");
        Process run = ChildJvm.builder(TextlessProcessor.class.getName(), List.of("-Xmx256m"),
                List.of(scans.toString(), out.toString(), "3000")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (visiblePackages().isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(run.isAlive(), Files.readString(log));
            Thread.sleep(500); // the first issue's outcome is recorded; the next ends seconds later
            run.destroy(); // SIGTERM, as from kill, systemd or docker stop; Ctrl-C runs the same shutdown hooks
            assertTrue(run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));

            JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            assertTrue(json.get("fatal").asText().startsWith("interrupted (SIGTERM or Ctrl-C) after "), json.toString());
            assertEquals(3, json.at("/totals/issues").asInt(), json.toString());
            assertEquals(1, json.at("/totals/written").asInt(), json.toString());
            assertEquals(1, visiblePackages().size());
            assertTrue(json.toString().contains("not finished: the run was interrupted"), json.toString());
            assertTrue(Files.readString(out.resolve("report.html")).contains("interrupted (SIGTERM or Ctrl-C)"));
            assertEquals(0, Files.size(out.resolve(OutputLock.FILE_NAME)), "the lock is let go");
        } finally {
            run.destroyForcibly();
        }
    }

    private List<Path> visiblePackages() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private BatchRunner runner() {
        return new BatchRunner(processor);
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
