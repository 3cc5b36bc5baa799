package org.newspaperingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.IssueOutcome.Status;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.validate.PackageValidator;

/** Whole batches through the real pipeline: many issues at once, and a run killed mid-way and resumed. */
@Tag("slow")
class BatchIngestTest {

    static final String ENGINE = "tesseract";

    @TempDir
    Path dir;

    final PackageValidator validator = new PackageValidator();

    @Test
    void aBatchOfTwentyWithTwoCorruptFilesAndAnEmptyFolderGivesSeventeenPackagesAndThreeNamedFailures()
            throws IOException {
        Path scans = dir.resolve("scans");
        List<Path> issues = SmallIssues.write(scans, 17);
        // The same pages in the formats scanners deliver: PNG as written, TIFF (LZW, Deflate), JPEG.
        String[][] formats = {{"png", null}, {"tif", "LZW"}, {"tif", "Deflate"}, {"jpg", null}};
        for (int i = 0; i < issues.size(); i++) {
            String[] format = formats[i % formats.length];
            if (!format[0].equals("png")) {
                Path png = issues.get(i).resolve("1.png");
                SmallIssues.convert(png, issues.get(i).resolve("1." + format[0]), format[0], format[1]);
                Files.delete(png);
            }
        }
        Path notAScan = Files.createDirectories(scans.resolve("chaoyang-2026-03-18")).resolve("1.tif");
        Files.writeString(notAScan, "not a scan\n");
        Path truncated = Files.createDirectories(scans.resolve("chaoyang-2026-03-19")).resolve("1.tif");
        byte[] whole = Files.readAllBytes(issues.get(1).resolve("1.tif"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.createDirectories(scans.resolve("chaoyang-2026-03-20"));
        Path out = dir.resolve("out");

        BatchReport report = run(scans, out);

        assertEquals(20, report.issues().size(), report.summary());
        assertEquals(17, report.count(Status.WRITTEN), report.summary());
        assertEquals(3, report.count(Status.FAILED), report.summary());
        assertEquals(1, report.exitStatus());
        Map<String, String> failures = new HashMap<>();
        for (IssueOutcome issue : report.issues()) {
            if (issue.status() == Status.FAILED) {
                failures.put(issue.issueId(), String.join("; ", issue.errors()));
            } else {
                assertEquals(List.of(), validator.validate(issue.packageDir().orElseThrow()), issue.issueId());
                assertTrue(issue.meanConfidence() > 0, issue.issueId() + " has recognised text");
            }
        }
        assertTrue(failures.get("chaoyang-2026-03-18").contains("1.tif"), failures.toString());
        assertTrue(failures.get("chaoyang-2026-03-19").contains("1.tif"), failures.toString());
        assertTrue(failures.get("chaoyang-2026-03-20").contains("no page images"), failures.toString());
        assertEquals(List.of(), hiddenEntries(out), "no unfinished package folders left");
        JsonNode json = new ObjectMapper().readTree(out.resolve(BatchReportWriter.JSON_FILE).toFile());
        assertEquals(17, json.at("/totals/written").asInt());
        assertEquals(3, json.at("/totals/failed").asInt());
        String html = Files.readString(out.resolve(BatchReportWriter.HTML_FILE));
        for (String failed : failures.keySet()) {
            assertTrue(html.contains(failed), failed + " in report.html");
        }
    }

    @Test
    void aBatchKilledMidWayLeavesOnlyCompletePackagesAndResumesWhereItStopped() throws Exception {
        Path scans = dir.resolve("scans");
        SmallIssues.write(scans, 8);
        Path out = dir.resolve("out");

        ProcessBuilder child = ChildJvm.builder("org.newspaperingest.cli.Main", List.of("-Xmx1g"), List.of("ingest",
                scans.toString(), "--out", out.toString(), "--threads", "1", "--engine", ENGINE, "--no-progress"));
        child.environment().put("OMP_THREAD_LIMIT", "1");
        child.redirectErrorStream(true).redirectOutput(dir.resolve("first-run.log").toFile());
        Process first = child.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (finished(out).size() < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(first.isAlive(), "the first run should still be working when it is killed: "
                + Files.readString(dir.resolve("first-run.log")));
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean-up
        first.waitFor();

        Map<Path, FileTime> survivors = new HashMap<>();
        for (Path pkg : finished(out)) {
            assertEquals(List.of(), validator.validate(pkg), "a visible package is a complete package: " + pkg);
            survivors.put(pkg, Files.getLastModifiedTime(pkg.resolve(PackageProfile.METS_FILE)));
        }
        assertTrue(survivors.size() >= 2 && survivors.size() < 8, survivors.keySet().toString());

        BatchReport resumed = run(scans, out);

        assertEquals(0, resumed.exitStatus(), resumed.summary());
        assertEquals(survivors.size(), resumed.count(Status.SKIPPED_COMPLETE));
        assertEquals(8 - survivors.size(), resumed.count(Status.WRITTEN));
        for (Map.Entry<Path, FileTime> survivor : survivors.entrySet()) {
            assertEquals(survivor.getValue(), Files.getLastModifiedTime(survivor.getKey().resolve(PackageProfile.METS_FILE)),
                    "finished packages are left as they are");
        }
        for (IssueOutcome issue : resumed.issues()) {
            assertEquals(List.of(), validator.validate(issue.packageDir().orElseThrow()), issue.issueId());
        }
        assertEquals(List.of(), hiddenEntries(out), "the killed run's unfinished package folder is gone");
    }

    private BatchReport run(Path scans, Path out) throws IOException {
        try (IssueIngester ingester = new IssueIngester(Pipelines.standard(ENGINE, new PackageWriter(), Optional.empty()))) {
            return new BatchRunner(ingester::ingest).run(BatchOptions.of(scans, out).withThreads(2).withProgressBar(false));
        }
    }

    /** Package folders that have appeared: visible ones (unfinished ones are hidden until renamed). */
    private static List<Path> finished(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static List<String> hiddenEntries(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .filter(n -> !n.equals(OutputLock.FILE_NAME)).toList();
        }
    }
}
