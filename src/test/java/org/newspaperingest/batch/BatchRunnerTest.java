package org.newspaperingest.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class BatchRunnerTest {

    @TempDir
    Path dir;
    Path scans;
    Path out;
    final Set<String> ingested = ConcurrentHashMap.newKeySet();
    final TikaPageImageReader reader = new TikaPageImageReader();

    /** Reads each page for its facts and packs the issue without text. */
    final BatchRunner.IssueProcessor processor = (issue, outRoot, pool, listener) -> {
        ingested.add(issue.id());
        try {
            List<Page> pages = new ArrayList<>();
            for (Path file : issue.pageFiles()) {
                try (ScannedPage scan = reader.read(file, 0)) {
                    int sequence = pages.size() + 1;
                    pages.add(new Page(sequence, Optional.of(String.valueOf(sequence)), scan.facts(),
                            scan.grey().cols(), scan.grey().rows(), 0, List.of(), List.of(), List.of(),
                            new Processing("none", "0", "none", Map.of())));
                    listener.pageDone(issue, sequence);
                }
            }
            IssueMetadata metadata = new IssueMetadata("朝阳报", Optional.empty(), Optional.empty(), Optional.empty(),
                    "zh-Hans", List.of(), List.of());
            Path pkg = new PackageWriter().write(new Issue(issue.id(), metadata, pages, List.of(), List.of()),
                    issue.pageFiles(), outRoot, Optional.of(issue.source()));
            return new IssueOutcome(issue.id(), Status.WRITTEN, pages.size(), 0.9, List.of(), List.of(), Optional.of(pkg));
        } catch (IOException | UnreadablePageException e) {
            return new IssueOutcome(issue.id(), Status.FAILED, 0, 0, List.of(), List.of(e.getMessage()), Optional.empty());
        }
    };

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
    void anOutputFolderThatCannotBeWrittenStopsTheBatchWithAClearMessage() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("out-is-a-file"), "");
        BatchReport report = runner().run(BatchOptions.of(scans, notAFolder.resolve("packages")).withProgressBar(false));

        assertTrue(ingested.isEmpty());
        assertEquals(1, report.exitStatus());
        assertTrue(report.fatal().orElseThrow().contains("the output folder cannot be written"), report.fatal().toString());
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
