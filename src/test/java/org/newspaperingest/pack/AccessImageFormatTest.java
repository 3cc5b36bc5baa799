package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Page;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.source.TikaPageImageReader;

/** Access images are in the pixels ALTO measures in, whatever the master. */
class AccessImageFormatTest {

    @Test
    void aScanPlacedWithMarginsInAPdfGivesTheScanNotThePage(@TempDir Path work) throws Exception {
        BufferedImage scan = new BufferedImage(400, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 600);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 100, 100); // ink in the scan's top-left corner
        g.dispose();
        Path file = work.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, scan), 100, 100, 288, 432); // margins around
            }
            pdf.save(file.toFile());
        }
        ImageFile facts;
        try (ScannedPage read = new TikaPageImageReader().read(file, 0)) {
            facts = read.facts();
        }
        Page page = new Page(1, Optional.empty(), facts, 400, 600, 0, List.of(), List.of(), List.of(), null);
        BufferedImage access = ImageIO.read(new ByteArrayInputStream(AccessImageFormat.jpeg(file, page)));
        assertEquals(400, access.getWidth());
        assertEquals(600, access.getHeight());
        assertTrue((access.getRaster().getSample(50, 50, 0)) < 60, "the scan's corner ink, not the page's margin");
        assertTrue((access.getRaster().getSample(300, 500, 0)) > 200);
    }

    @Test
    void aTransparentScanIsLaidOnWhiteAsIngestReadsIt(@TempDir Path work) throws Exception {
        BufferedImage scan = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB); // transparent everywhere
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 50, 50);
        g.dispose();
        Path file = work.resolve("scan.png");
        ImageIO.write(scan, "png", file.toFile());
        ImageFile facts;
        try (ScannedPage read = new TikaPageImageReader().read(file, 0)) {
            facts = read.facts();
        }
        Page page = new Page(1, Optional.empty(), facts, 300, 200, 0, List.of(), List.of(), List.of(), null);
        BufferedImage access = ImageIO.read(new ByteArrayInputStream(AccessImageFormat.jpeg(file, page)));
        assertTrue(access.getRaster().getSample(25, 25, 0) < 60, "the ink");
        assertTrue(access.getRaster().getSample(200, 150, 0) > 200, "transparent paper is white, not black");
    }
}
