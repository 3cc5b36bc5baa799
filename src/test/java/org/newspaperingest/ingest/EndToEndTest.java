package org.newspaperingest.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.cli.Main;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageReader;

/** A sample page goes through the whole pipeline, as a user runs it, into a package that validates. */
@Tag("slow")
class EndToEndTest {
    private static final Path SAMPLE = Path.of("samples", "chaoyang-2026-03-13");
    private static final Path TRUTH = Path.of("samples", "truth", "chaoyang-2026-03-13");

    @Test
    void aScanFolderWithoutIssuesIsAFailureNotAnEmptySuccess(@TempDir Path work) throws IOException {
        Path empty = Files.createDirectories(work.resolve("scans"));
        assertEquals(1, Main.run("ingest", empty.toString(), "--out", work.resolve("out").toString(), "--no-progress"));
    }

    @Test
    void unknownEngineIsAUsageError(@TempDir Path work) {
        assertEquals(2, Main.run("ingest", work.toString(), "--out", work.resolve("out").toString(), "--engine", "gocr"));
    }

    @Test
    void samplePageBecomesAValidPackageWithItsText(@TempDir Path work) throws IOException {
        Path issueFolder = Files.createDirectories(work.resolve("scans").resolve("chaoyang-2026-03-13"));
        Files.copy(SAMPLE.resolve("0002.tif"), issueFolder.resolve("0002.tif"));
        Files.writeString(issueFolder.resolve("issue.json"), """
                {"title": "朝阳报", "date": "2026-03-13", "number": "3683", "language": "zh-Hans"}
                """);
        Path out = work.resolve("out");

        assertEquals(0, Main.run("ingest", work.resolve("scans").toString(), "--out", out.toString(), "--no-progress"));

        Path pkg = out.resolve("chaoyang-2026-03-13");
        assertTrue(Files.isRegularFile(pkg.resolve("mets.xml")));
        assertArrayEquals(Files.readAllBytes(SAMPLE.resolve("0002.tif")), Files.readAllBytes(pkg.resolve("images/0001.tif")));
        assertTrue(Files.isRegularFile(pkg.resolve("alto/0001.xml")));
        try (Stream<Path> leftovers = Files.list(out)) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(".newspaper-ingest.lock")).toList(),
                    "no partial package left behind");
        }
        assertTrue(Files.isRegularFile(out.resolve("report.json")));
        assertEquals(0, Main.run("validate", pkg.toString()));

        Issue ingested = PackageReader.read(pkg);
        Page page = ingested.page(1);
        assertEquals("2", page.label().orElseThrow(), "the printed page number, read from the folio 二版");
        Page truth = PackageReader.read(TRUTH).page(2);
        // Reading order is scored by the layout tests; here: were the page's characters read?
        Scores scores = Scores.of(List.of(truth.text()), List.of(page.text()));
        assertTrue(scores.bagF1() > 0.97, "the page's characters were read, bag-of-characters F1 " + scores.bagF1());

        // The outputs ingest writes by default: an IIIF manifest and a searchable PDF/A of the page's ALTO text.
        com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(pkg.resolve("manifest.json").toFile());
        assertEquals(1, manifest.path("items").size());
        assertEquals(ingested.articles().size(), manifest.path("structures").size());
        Path pdf = pkg.resolve("pdf/chaoyang-2026-03-13.pdf");
        try {
            assertEquals(List.of(), org.newspaperingest.pdfa.VeraPdf.pdfa2bFailures(pdf));
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check " + pdf, e);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            double f1 = Scores.of(List.of(page.text()), List.of(text)).bagF1();
            assertTrue(f1 >= 0.99, "the PDF's text layer holds the ALTO text, bag-of-characters F1 " + f1);
        }
    }
}
