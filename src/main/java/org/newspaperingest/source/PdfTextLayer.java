package org.newspaperingest.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;

/**
 * The characters a PDF page draws, each with its box in the pixels of the page rendered at a given scale:
 * what an e-paper PDF knows exactly and OCR can only guess. Boxes are em boxes on the baseline (ascent
 * 0.88 em, descent 0.12 em, as ideographic fonts are designed), one advance wide.
 *
 * @param characters the visible characters in drawing order (whitespace left out)
 * @param shown      glyphs the page draws with text operators, visible or not
 * @param unmapped   drawn glyphs with no Unicode value (a font without ToUnicode)
 * @param suspicious characters that are no text: private use, U+FFFD, controls, unassigned code points
 */
record PdfTextLayer(List<Glyph> characters, int shown, int unmapped, int suspicious) {

    /** Fewer visible characters than this is no text layer (a page number, a stray mark). */
    static final int MIN_CHARACTERS = 20;
    /** Share of unmapped or suspicious glyphs above which the layer is taken as garbled. */
    static final double MAX_BAD_SHARE = 0.02;
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.12;

    PdfTextLayer {
        characters = List.copyOf(characters);
    }

    /** Why the layer cannot stand in for OCR, or empty when it can. */
    Optional<String> problem() {
        if (characters.size() < MIN_CHARACTERS) {
            return Optional.of(characters.isEmpty() ? "it has no text layer" : "its text layer holds only "
                    + characters.size() + " characters");
        }
        if (unmapped > MAX_BAD_SHARE * shown) {
            return Optional.of("its text layer is partial: " + unmapped + " of " + shown
                    + " glyphs have no Unicode value (fonts without ToUnicode)");
        }
        if (suspicious > MAX_BAD_SHARE * characters.size()) {
            return Optional.of("its text layer is garbled: " + suspicious + " of " + characters.size()
                    + " characters are private-use, replacement or control characters");
        }
        return Optional.empty();
    }

    /** Reads page {@code pageIndex} (0-based); {@code scale} is pixels per point of the rendering. */
    static PdfTextLayer read(PDDocument pdf, int pageIndex, double scale) throws IOException {
        Collector collector = new Collector(scale);
        collector.setStartPage(pageIndex + 1);
        collector.setEndPage(pageIndex + 1);
        collector.getText(pdf);
        return new PdfTextLayer(collector.characters, collector.shown, collector.unmapped, collector.suspicious);
    }

    /**
     * Radicals for the ideographs they look like. E-paper fonts draw 长 and the radical ⻓ with one glyph, and a
     * PDF's ToUnicode map may name the radical (Chromium's does): the text would look right and not be found.
     * Kangxi radicals and compatibility ideographs map by NFKC; the simplified radicals of the CJK Radicals
     * Supplement, which have no decomposition, by Unicode's EquivalentUnifiedIdeograph list.
     */
    static int unifiedIdeograph(int c) {
        if (c >= 0x2F00 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c >= 0x2E80 && c <= 0x2EFF) {
            Integer equivalent = RADICALS.get(c);
            if (equivalent != null) {
                return equivalent;
            }
            String nfkc = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC);
            if (nfkc.codePointCount(0, nfkc.length()) == 1) {
                return nfkc.codePointAt(0);
            }
        }
        return c;
    }

    private static final java.util.Map<Integer, Integer> RADICALS = java.util.Map.ofEntries(
            java.util.Map.entry(0x2EA0, 0x6C11), java.util.Map.entry(0x2EC1, 0x864E), java.util.Map.entry(0x2EC4, 0x897F),
            java.util.Map.entry(0x2EC5, 0x89C1), java.util.Map.entry(0x2EC6, 0x89D2), java.util.Map.entry(0x2EC8, 0x8BA0),
            java.util.Map.entry(0x2EC9, 0x8D1D), java.util.Map.entry(0x2ECB, 0x8F66), java.util.Map.entry(0x2ED1, 0x9577),
            java.util.Map.entry(0x2ED3, 0x957F), java.util.Map.entry(0x2ED4, 0x95E8), java.util.Map.entry(0x2ED8, 0x9752),
            java.util.Map.entry(0x2EDA, 0x9875), java.util.Map.entry(0x2EDB, 0x98CE), java.util.Map.entry(0x2EDC, 0x98DE),
            java.util.Map.entry(0x2EDD, 0x98DF), java.util.Map.entry(0x2EE0, 0x9963), java.util.Map.entry(0x2EE2, 0x9A6C),
            java.util.Map.entry(0x2EE4, 0x9B3C), java.util.Map.entry(0x2EE5, 0x9C7C), java.util.Map.entry(0x2EE6, 0x9E1F),
            java.util.Map.entry(0x2EE7, 0x5364), java.util.Map.entry(0x2EE8, 0x9EA6), java.util.Map.entry(0x2EE9, 0x9EC4),
            java.util.Map.entry(0x2EEC, 0x9F50), java.util.Map.entry(0x2EEE, 0x9F7F), java.util.Map.entry(0x2EF0, 0x9F99),
            java.util.Map.entry(0x2EF2, 0x9F9F));

    static boolean isSuspicious(int c) {
        int type = Character.getType(c);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL
                || type == Character.SURROGATE || c == 0xFFFD;
    }

    /** Sees every glyph the page draws; the stripper's own text assembly is not used. */
    private static final class Collector extends PDFTextStripper {
        private final double scale;
        private final List<Glyph> characters = new ArrayList<>();
        private int shown;
        private int mapped;
        private int unmapped;
        private int suspicious;

        Collector(double scale) throws IOException {
            this.scale = scale;
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            shown++;
            int before = mapped;
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            if (mapped == before) {
                unmapped++; // the text engine drops a glyph it cannot give a Unicode value
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            mapped++;
            String unicode = text.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                unmapped++;
                return;
            }
            if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
                return; // invisible text: an OCR layer over a scan, not the page's own type
            }
            int[] codePoints = unicode.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .toArray();
            double em = Math.max(Math.abs(text.getYScale()), text.getHeightDir());
            double x = text.getXDirAdj();
            double width = text.getWidthDirAdj();
            double baseline = text.getYDirAdj();
            for (int i = 0; i < codePoints.length; i++) {
                codePoints[i] = unifiedIdeograph(codePoints[i]);
                if (isSuspicious(codePoints[i])) {
                    suspicious++;
                }
                double left = x + width * i / codePoints.length;
                double right = x + width * (i + 1) / codePoints.length;
                Box box = Box.ofCorners((int) Math.floor(left * scale), (int) Math.floor((baseline - ASCENT * em) * scale),
                        (int) Math.ceil(right * scale), (int) Math.ceil((baseline + DESCENT * em) * scale));
                characters.add(new Glyph(new String(Character.toChars(codePoints[i])), box, 1.0));
            }
        }
    }
}
