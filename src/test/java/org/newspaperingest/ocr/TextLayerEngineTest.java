package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Line;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.PreparedPage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** A region's lines, words and glyphs from a PDF's characters: by position, each character read once. */
class TextLayerEngineTest {
    private static final int EM = 20;

    private static List<Glyph> row(String text, int x, int y, boolean vertical) {
        List<Glyph> glyphs = new ArrayList<>();
        int i = 0;
        for (int c : text.codePoints().toArray()) {
            Box box = vertical ? new Box(x, y + i * EM, EM, EM) : new Box(x + i * EM, y, EM, EM);
            glyphs.add(new Glyph(new String(Character.toChars(c)), box, 1));
            i++;
        }
        return glyphs;
    }

    private static PreparedPage page() {
        OpenCvLoader.load();
        return new PreparedPage(new Mat(600, 400, CvType.CV_8UC1), new Mat(600, 400, CvType.CV_8UC1), 0, 400, 600, 300);
    }

    @Test
    void horizontalLinesTopToBottomAndAClosingQuoteBeyondTheInkStaysWithItsHeadline() {
        List<Glyph> layer = new ArrayList<>(row("今年全市共检修农机", 20, 100, false));
        layer.addAll(row("各乡镇已全部完成", 20, 124, false));
        layer.addAll(row("“加速跑”", 20, 20, false));
        // layout's boxes hug the ink: the closing quote's em box reaches 15 px past the headline's box
        TextRegion headline = new TextRegion(new Box(20, 20, 85, EM), Direction.HORIZONTAL);
        TextRegion body = new TextRegion(new Box(20, 100, 180, 44), Direction.HORIZONTAL);
        try (PreparedPage prepared = page(); TextLayerEngine engine = new TextLayerEngine(layer, prepared,
                List.of(headline, body), new WordSegmenter())) {
            List<Line> lines = engine.read(prepared.grey(), body, "zh-Hans", 300);
            assertEquals(List.of("今年全市共检修农机", "各乡镇已全部完成"), lines.stream().map(Line::text).toList());
            assertTrue(lines.get(0).words().size() > 1, "segmented into words: " + lines.get(0).words());
            assertEquals(new Box(20, 100, EM, EM), lines.get(0).words().get(0).glyphs().get(0).box());
            assertEquals("“加速跑”", engine.read(prepared.grey(), headline, "zh-Hans", 300).get(0).text());
            assertEquals(lines, engine.read(prepared.grey(), body, "zh-Hant", 300), "a second reading reads the same");
            assertEquals("PDF text layer", engine.describe().model());
        }
    }

    @Test
    void verticalColumnsReadTopToBottomRightToLeft() {
        List<Glyph> layer = new ArrayList<>(row("春风送暖", 300, 100, true));
        layer.addAll(row("万物复苏", 270, 100, true));
        TextRegion column = new TextRegion(new Box(270, 100, 50, 80), Direction.VERTICAL);
        try (PreparedPage prepared = page(); TextLayerEngine engine = new TextLayerEngine(layer, prepared,
                List.of(column), new WordSegmenter())) {
            assertEquals(List.of("春风送暖", "万物复苏"),
                    engine.read(prepared.grey(), column, "zh-Hant", 300).stream().map(Line::text).toList());
        }
    }
}
