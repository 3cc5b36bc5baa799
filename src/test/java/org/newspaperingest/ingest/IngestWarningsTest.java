package org.newspaperingest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.cli.Main;

/** What ingest cannot help is never silent: it is said in report.json and in the package's PREMIS event. */
class IngestWarningsTest {

    @Test
    void aBlankPageIsKeptAndWarnedAbout(@TempDir Path work) throws IOException {
        Path issue = Files.createDirectories(work.resolve("scans/blank-2026-03-13"));
        writeWhitePage(issue.resolve("0001.png"));
        Path out = work.resolve("out");

        assertEquals(0, Main.run("ingest", work.resolve("scans").toString(), "--out", out.toString(),
                "--engine", "tesseract", "--no-progress"));

        String expected = "page 1 (0001.png): no text was read (0 words)";
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("WRITTEN", report.at("/issues/0/status").asText(), report.toString());
        assertTrue(report.at("/issues/0/warnings").toString().contains(expected), report.toString());
        String mets = Files.readString(out.resolve("blank-2026-03-13/mets.xml"));
        assertTrue(mets.contains("<premis:eventOutcome>success with warnings</premis:eventOutcome>"), mets);
        assertTrue(mets.contains("<premis:eventOutcomeDetailNote>" + expected), mets);
    }

    /**
     * Control characters in a title and a file name are left out of the XML, and said; so is an issue.json
     * whose pageLabels do not match the pages. MIX then names the file as the package records it.
     */
    @Test
    void controlCharactersAndMismatchedPageLabelsAreWarnedAbout(@TempDir Path work) throws IOException {
        Path issue = Files.createDirectories(work.resolve("scans/bell-2026-03-13"));
        writeWhitePage(issue.resolve("0001\u0007.png"));
        Files.writeString(issue.resolve("issue.json"), "{\"title\": \"朝阳\\u0007报\", \"pageLabels\": [\"1\", \"2\", \"3\"]}");
        Path out = work.resolve("out");

        assertEquals(0, Main.run("ingest", work.resolve("scans").toString(), "--out", out.toString(),
                "--engine", "tesseract", "--no-progress"));

        String warnings = new ObjectMapper().readTree(out.resolve("report.json").toFile()).at("/issues/0/warnings").toString();
        assertTrue(warnings.contains("the title \\\"朝阳\\\\u0007报\\\" holds characters XML cannot hold (U+0007);"
                + " the package records \\\"朝阳报\\\""), warnings);
        assertTrue(warnings.contains("page 1: the file name \\\"0001\\\\u0007.png\\\" holds characters XML cannot hold"
                + " (U+0007); the package records \\\"0001.png\\\""), warnings);
        assertTrue(warnings.contains("pageLabels lists 3 labels for 1 pages; labels 2 to 3 are not used"), warnings);
        String mets = Files.readString(out.resolve("bell-2026-03-13/mets.xml"));
        assertTrue(mets.contains("holds characters XML cannot hold (U+0007)"), "said in PREMIS too");
    }

    private static void writeWhitePage(Path file) throws IOException {
        BufferedImage white = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1600);
        g.dispose();
        ImageIO.write(white, "png", file.toFile());
    }
}
