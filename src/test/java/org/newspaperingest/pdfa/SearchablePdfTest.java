package org.newspaperingest.pdfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.AccessImageFormat;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;
import org.newspaperingest.validate.PackageValidator;

/** The searchable PDF of a small issue: PDF/A-2b by veraPDF, its text layer the ALTO text, in the METS. */
@Tag("slow")
class SearchablePdfTest {

    @Test
    void smallIssueBecomesAPdfA2bWhoseTextIsTheAltoText(@TempDir Path work) throws Exception {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        PackageWriter writer = new PackageWriter(PackageWriter.Images.COPY, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                List.of(new AccessImageFormat(), new SearchablePdfFormat()));
        Path pkg = writer.write(issue, scans, work.resolve("out"));
        Path pdf = pkg.resolve(SearchablePdfFormat.href(issue));

        assertEquals(List.of(), VeraPdf.pdfa2bFailures(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            String alto = issue.pages().stream().map(p -> p.text()).reduce("", String::concat);
            Scores scores = Scores.of(List.of(alto), List.of(text));
            assertTrue(scores.bagF1() >= 0.99, "bag-of-characters F1 " + scores.bagF1() + ": " + text);
        }
        assertEquals(List.of(), new PackageValidator().validate(pkg));
        assertTrue(Files.readString(pkg.resolve("mets.xml")).contains("USE=\"DOWNLOAD\""));
    }
}
