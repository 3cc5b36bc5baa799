package org.newspaperingest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.batch.SmallIssues;
import org.newspaperingest.cli.Main;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.validate.PackageValidator;

/**
 * The Spark module end to end, as a user runs it: {@code bin/newspaper-ingest spark --master local[2]} on two
 * issues writes the packages the plain {@code ingest} writes, a second run skips both, {@code --force} redoes
 * them. The launcher builds the module on first use (Maven fetches Spark), so the main build needs nothing of
 * Spark and this test needs only what the README's {@code mvn -B test} has: Java and Maven.
 */
@Tag("slow")
class SparkBatchTest {

    /** Tesseract: deterministic and the quicker engine on these small pages. */
    private static final String ENGINE = "tesseract";

    @TempDir
    Path dir;

    @Test
    void sparkLocalWritesThePackagesOfThePlainIngestAndSkipsThemOnASecondRun() throws Exception {
        Path scans = dir.resolve("scans");
        SmallIssues.write(scans, 2);
        Path plainOut = dir.resolve("plain");
        Path sparkOut = dir.resolve("spark");

        assertEquals(0, Main.run("ingest", scans.toString(), "--out", plainOut.toString(), "--engine", ENGINE,
                "--threads", "2", "--no-progress"));
        Run first = spark(scans, sparkOut);

        assertEquals(0, first.exitStatus, first.log);
        assertTrue(first.stdout.contains("2 issues: 2 written, 0 already complete, 0 failed"), first.log);
        assertTrue(first.log.contains("pages read"), "progress in the driver's log:\n" + first.log);
        PackageValidator validator = new PackageValidator();
        for (String id : List.of("chaoyang-2026-03-01", "chaoyang-2026-03-02")) {
            Path sparkPackage = sparkOut.resolve(id);
            assertEquals(List.of(), validator.validate(sparkPackage), id);
            Issue plain = PackageReader.read(plainOut.resolve(id));
            Issue distributed = PackageReader.read(sparkPackage);
            assertEquals(plain.pages().size(), distributed.pages().size(), id);
            for (int p = 0; p < plain.pages().size(); p++) {
                Page page = plain.pages().get(p);
                assertFalse(page.text().isBlank(), id + " page " + (p + 1) + " has text");
                assertEquals(page.text(), distributed.pages().get(p).text(), id + " page " + (p + 1));
                assertEquals(page.blocks().size(), distributed.pages().get(p).blocks().size(), id + " page " + (p + 1));
            }
            assertEquals(plain.articles().stream().map(Article::title).toList(),
                    distributed.articles().stream().map(Article::title).toList(), id + " articles");
        }
        JsonNode report = new ObjectMapper().readTree(sparkOut.resolve("report.json").toFile());
        assertEquals(2, report.at("/totals/written").asInt(), report.toString());
        assertEquals(2, report.at("/totals/pagesWritten").asInt(), report.toString());
        assertTrue(Files.size(sparkOut.resolve("report.html")) > 0);
        assertEquals(List.of(), hiddenFolders(sparkOut), "no unfinished package folders left");

        Run second = spark(scans, sparkOut);
        assertEquals(0, second.exitStatus, second.log);
        assertTrue(second.stdout.contains("2 issues: 0 written, 2 already complete, 0 failed"), second.log);
        assertEquals(2, new ObjectMapper().readTree(sparkOut.resolve("report.json").toFile())
                .at("/totals/skippedComplete").asInt());

        Run forced = spark(scans, sparkOut, "--force");
        assertEquals(0, forced.exitStatus, forced.log);
        assertTrue(forced.stdout.contains("2 issues: 2 written, 0 already complete, 0 failed"), forced.log);
    }

    private record Run(int exitStatus, String stdout, String log) {
    }

    private Run spark(Path scans, Path out, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("bin", "newspaper-ingest").toAbsolutePath().toString(),
                "spark", scans.toString(), "--out", out.toString(), "--master", "local[2]", "--engine", ENGINE));
        command.addAll(List.of(more));
        Path stdout = Files.createTempFile(dir, "spark", ".out");
        Path stderr = Files.createTempFile(dir, "spark", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        // The first run builds the Spark module, and on a fresh machine Maven downloads Spark first.
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/newspaper-ingest spark did not finish in 20 minutes:\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        String printed = Files.readString(stdout, StandardCharsets.UTF_8);
        return new Run(process.exitValue(), printed, printed + Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Hidden folders: those a package is written in before it is renamed into place. */
    private static List<String> hiddenFolders(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".")).toList();
        }
    }
}
