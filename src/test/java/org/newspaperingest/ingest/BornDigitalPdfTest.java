package org.newspaperingest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.ocr.TextRegion;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.validate.PackageValidator;
import org.opencv.core.Mat;

/**
 * An e-paper page (five columns of Chinese, printed to PDF by Chromium; see make-epaper.sh beside it) is
 * ingested from its own text layer: its text is the page's text, its articles and headlines are found as
 * on a scan, and no OCR engine is asked to read anything.
 */
class BornDigitalPdfTest {
    private static final Path MATERIAL = Path.of("src/test/resources/org/newspaperingest/source/epaper");

    /** An engine that may be made (ingest makes one per thread) but must never read. */
    private static final class NoOcr implements OcrEngine {
        @Override
        public List<Line> read(Mat page, TextRegion region, String language, double dpi) {
            throw new AssertionError("OCR ran on a page with a usable text layer");
        }

        @Override
        public Processing describe() {
            return new Processing("none", "0", "none", java.util.Map.of());
        }

        @Override
        public void close() {
        }
    }

    @Test
    void ePaperPageIsReadFromItsTextLayerNotByOcr(@TempDir Path work) throws Exception {
        Path folder = Files.createDirectories(work.resolve("scans/epaper-2026-03-13"));
        Files.copy(MATERIAL.resolve("epaper.pdf"), folder.resolve("epaper.pdf"));
        Pipeline standard = Pipelines.standard(Pipelines.DEFAULT_ENGINE,
                new PackageWriter(PackageWriter.Images.COPY, Clock.systemUTC(), Pipelines.allOutputs()), Optional.empty());
        Pipeline noOcr = new Pipeline(standard.reader(), standard.preprocessor(), standard.layout(), NoOcr::new,
                standard.articles(), standard.writer(), standard.debugDir());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        IssueOutcome outcome;
        try (IssueIngester ingester = new IssueIngester(noOcr)) {
            outcome = ingester.ingest(new ScanIssue("epaper-2026-03-13", folder, List.of(folder.resolve("epaper.pdf")),
                    Optional.empty()), work.resolve("out"), pool, (issue, page) -> { });
        } finally {
            pool.shutdownNow();
        }
        assertEquals(IssueOutcome.Status.WRITTEN, outcome.status(), outcome.errors().toString());
        Path pkg = outcome.packageDir().orElseThrow();
        assertEquals(List.of(), new PackageValidator(Pipelines.allOutputs()).validate(pkg));
        assertTrue(Files.isRegularFile(pkg.resolve("images/0001.pdf")), "the PDF is kept as the master");

        Issue issue = PackageReader.read(pkg);
        assertEquals(Processing.PDF_TEXT_LAYER, issue.page(1).processing().model());
        assertTrue(Files.readString(pkg.resolve("alto/0001.xml")).contains("text layer (characters and their boxes), not OCR"));
        String source = Files.readString(MATERIAL.resolve("epaper.txt"));
        Scores scores = Scores.of(List.of(source), List.of(issue.page(1).text()));
        assertTrue(scores.bagF1() >= 0.995, "ALTO text is the page's text, bag-of-characters F1 " + scores.bagF1());

        List<String> headlines = issue.articles().stream().filter(a -> a.kind() == Article.Kind.ARTICLE)
                .map(Article::title).filter(t -> t != null && !t.isBlank()).toList();
        assertEquals(List.of("政绩观连着发展观", "以首善标准推动精神文明建设", "区政协召开十四届二十五次常委会议",
                "朝阳集体产业项目建设“加速跑”"), headlines);
        // Its package carries what a scan's does: a manifest with its canvas, a searchable PDF/A of its text.
        assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(pkg.resolve("manifest.json").toFile())
                .path("items").size());
        Path pdf = pkg.resolve("pdf/epaper-2026-03-13.pdf");
        assertEquals(List.of(), org.newspaperingest.pdfa.VeraPdf.pdfa2bFailures(pdf));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String layer = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            double f1 = Scores.of(List.of(issue.page(1).text()), List.of(layer)).bagF1();
            assertTrue(f1 >= 0.99, "the PDF's text layer holds the ALTO text, F1 " + f1);
        }

        Article first = issue.articles().stream().filter(a -> "政绩观连着发展观".equals(a.title())).findFirst().orElseThrow();
        assertEquals("树立和践行正确政绩观", first.subtitle());
        assertTrue(first.unresolvedJump().orElse("").contains("下转二版"),
                "its jump line is found, its page 2 not being in this one-page issue: " + first.unresolvedJump());
    }
}
