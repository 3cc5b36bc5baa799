package org.newspaperingest.addedengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.cli.Main;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Page;
import org.newspaperingest.ocr.OcrEngineProvider;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.pack.PackageReader;
import picocli.CommandLine;

/**
 * An OCR engine added by adding classes only: {@link WholeBlockTesseractEngine} and its provider, named in
 * this module's {@code src/test/resources/META-INF/services}. Nothing in the project's code names it, yet
 * ingest lists it, runs it by its name and writes a package that validates, with its readings.
 */
@Tag("slow")
class AddedEngineTest {
    private static final Path SAMPLE = Path.of("samples", "chaoyang-2026-03-13");
    private static final Path TRUTH = Path.of("samples", "truth", "chaoyang-2026-03-13");

    @Test
    void theAddedEngineIsFoundBesideTheBundledOnes() {
        List<String> names = OcrEngines.available().stream().map(OcrEngineProvider::name).toList();
        assertEquals(List.of(OcrEngines.PP_OCRV4, OcrEngines.TESSERACT, WholeBlockTesseractProvider.NAME), names);
        assertEquals(OcrEngines.PP_OCRV4, OcrEngines.find(" Paddle ").orElseThrow().name(), "the older name still works");

        String help = new CommandLine(new Main()).getSubcommands().get("ingest").getUsageMessage();
        assertTrue(help.replaceAll("\\s+", " ")
                .contains("pp-ocrv4 (paddle), tesseract, " + WholeBlockTesseractProvider.NAME), help);
    }

    @Test
    void ingestRunsTheAddedEngineByItsName(@TempDir Path work) throws IOException {
        Path issueFolder = Files.createDirectories(work.resolve("scans").resolve("chaoyang-2026-03-13"));
        Files.copy(SAMPLE.resolve("0002.tif"), issueFolder.resolve("0002.tif"));
        Files.writeString(issueFolder.resolve("issue.json"), """
                {"title": "朝阳报", "date": "2026-03-13", "number": "3683", "language": "zh-Hans"}
                """);
        Path out = work.resolve("out");

        assertEquals(0, Main.run("ingest", work.resolve("scans").toString(), "--out", out.toString(),
                "--engine", WholeBlockTesseractProvider.NAME, "--no-progress"));

        Path pkg = out.resolve("chaoyang-2026-03-13");
        assertEquals(0, Main.run("validate", pkg.toString()));
        Page page = PackageReader.read(pkg).page(1);
        assertEquals("6 single block, every region", page.processing().settings().get("psm"),
                "ALTO names the added engine's settings: it did the reading");
        Page truth = PackageReader.read(TRUTH).page(2);
        double f1 = Scores.of(List.of(truth.text()), List.of(page.text())).bagF1();
        System.out.println("added engine, bag-of-characters F1 " + f1);
        assertTrue(f1 > 0.9, "the page was read, bag-of-characters F1 " + f1);
    }
}
