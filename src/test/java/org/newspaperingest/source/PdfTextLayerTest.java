package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;

/** When a PDF page's text layer can stand in for OCR, and what happens when it cannot. */
class PdfTextLayerTest {

    private static List<Glyph> glyphs(String text) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(c -> glyphs.add(new Glyph(new String(Character.toChars(c)), new Box(glyphs.size() * 10, 0, 10, 10), 1)));
        return glyphs;
    }

    @Test
    void aLayerOfRealTextIsUsableAndOneOfPrivateUseCharactersIsGarbled() {
        assertTrue(new PdfTextLayer(glyphs("政绩观连着发展观树立和践行正确政绩观共赴春天的盛会"), 25, 0, 0).problem().isEmpty());
        String privateUse = "\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012\uE013\uE014\uE015";
        assertTrue(new PdfTextLayer(glyphs(privateUse), 21, 0, 21).problem().orElseThrow().contains("garbled"));
        assertTrue(new PdfTextLayer(glyphs("政绩观连着发展观树立和践行正确政绩观共赴春天的盛会"), 100, 75, 0).problem()
                .orElseThrow().contains("no Unicode"));
        assertTrue(new PdfTextLayer(List.of(), 0, 0, 0).problem().orElseThrow().contains("no text layer"));
    }

    @Test
    void radicalsAFontSharesWithIdeographsReadAsTheIdeographs() {
        assertEquals('长', PdfTextLayer.unifiedIdeograph(0x2ED3));   // ⻓, as Chromium's ToUnicode names it
        assertEquals('立', PdfTextLayer.unifiedIdeograph(0x2F74));   // ⽴ Kangxi radical
        assertEquals('政', PdfTextLayer.unifiedIdeograph('政'));
    }

    @Test
    void aPageOfDrawingsWithoutTextIsRenderedForOcrWithAWarning(@TempDir Path work) throws Exception {
        Path file = work.resolve("drawing.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(100, 100, 200, 300);
                content.fill();
            }
            pdf.save(file.toFile());
        }
        try (ScannedPage scan = new TikaPageImageReader().read(file, 0)) {
            assertEquals(List.of(), scan.textLayer());
            assertEquals(Math.round(612 * 300 / 72.0), scan.grey().cols(), 1);
            assertTrue(scan.warnings().stream().anyMatch(w -> w.contains("no text layer") && w.contains("OCR")),
                    scan.warnings().toString());
        }
    }
}
