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

/** A page that reads no word is written, and said: in report.json and in the package's PREMIS event. */
class EmptyPageTest {

    @Test
    void aBlankPageIsKeptAndWarnedAbout(@TempDir Path work) throws IOException {
        Path issue = Files.createDirectories(work.resolve("scans/blank-2026-03-13"));
        BufferedImage white = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1600);
        g.dispose();
        ImageIO.write(white, "png", issue.resolve("0001.png").toFile());
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
}
