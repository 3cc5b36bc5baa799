package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Word;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/** Both engines read blocks drawn with the project's fonts; thresholds are measured CERs with a margin. */
@Tag("slow")
class OcrEnginesTest {

    private static final String SIMPLIFIED = "政绩观，连着发展观。树立和践行正确政绩观，就要不断激发创新新活力，"
            + "用新质生产力奔赴高质量发展的未来。今年全国两会上，代表委员带来发展新质生产力的鲜活故事。";
    private static final String TRADITIONAL = "臺北市政府今天舉行記者會，說明新政策的內容與實施時程。"
            + "市長表示，這項政策將於明年開始實施，預計受惠民眾超過十萬人。";
    private static final String LATIN = "重型燃气轮机G50在CBD亮相，2026年订单突破";

    private static OcrEngine tesseract;
    private static OcrEngine paddle;

    @BeforeAll
    static void openEngines() {
        tesseract = OcrEngines.create("tesseract");
        paddle = OcrEngines.create("Paddle");
    }

    @AfterAll
    static void closeEngines() {
        tesseract.close();
        paddle.close();
    }

    @Test
    void tesseractReadsHorizontalSimplifiedBlock() {
        RenderedBlock block = RenderedBlock.horizontal(SIMPLIFIED, BlockType.BODY, 40, 20);
        List<Line> lines = tesseract.read(block.page(), block.region(), "zh-Hans", 300);
        assertReads(block, lines, 0.04);
        assertEquals(4, lines.size(), "one line per printed line");
    }

    @Test
    void paddleReadsHorizontalSimplifiedBlock() {
        RenderedBlock block = RenderedBlock.horizontal(SIMPLIFIED, BlockType.BODY, 40, 20);
        List<Line> lines = paddle.read(block.page(), block.region(), "zh-Hans", 300);
        assertReads(block, lines, 0.02);
        assertEquals(4, lines.size(), "one line per printed line");
    }

    @Test
    void printShowingThroughThePaperIsNotRead() {
        RenderedBlock block = RenderedBlock.horizontal(SIMPLIFIED, BlockType.BODY, 40, 20);
        // the other side's text, mirrored, half a line lower and light grey, as thin paper shows it
        RenderedBlock otherSide = RenderedBlock.horizontal(TRADITIONAL, BlockType.BODY, 40, 20);
        Mat mirrored = new Mat();
        Core.flip(otherSide.page(), mirrored, 1);
        Mat shifted = new Mat();
        Imgproc.warpAffine(mirrored, shifted, new MatOfDouble(1, 0, 2 * RenderedBlock.LEFT + 800 - RenderedBlock.PAGE_WIDTH,
                0, 1, 30).reshape(1, 2), mirrored.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(255));
        Mat faint = new Mat();
        shifted.convertTo(faint, -1, 55 / 255.0, 200);
        Mat page = new Mat();
        Core.min(block.page(), faint, page);
        List<Line> lines = paddle.read(page, block.region(), "zh-Hans", 300);
        assertReads(block, lines, 0.01);
        assertEquals(4, lines.size(), "one line per printed line, none between them");
    }

    @Test
    void verticalTraditionalBlockComesBackInColumnsRightToLeft() {
        RenderedBlock block = RenderedBlock.vertical(TRADITIONAL, 40, 20);
        for (OcrEngine engine : List.of(tesseract, paddle)) {
            List<Line> lines = engine.read(block.page(), block.region(), "zh-Hant", 300);
            assertReads(block, lines, 0.05);
            assertEquals(3, lines.size());
            for (Line line : lines) {
                assertTrue(line.box().height() > 4 * line.box().width(), "a column: " + line.box());
            }
            assertTrue(lines.get(0).box().x() > lines.get(1).box().x(), "columns run right to left");
            Glyph first = lines.get(0).words().get(0).glyphs().get(0);
            Glyph second = lines.get(0).words().get(0).glyphs().get(1);
            assertTrue(second.box().y() >= first.box().bottom() - 2, "characters run down the column");
        }
    }

    @Test
    void verticalSimplifiedColumnsAreReadUpright() {
        RenderedBlock block = RenderedBlock.vertical(SIMPLIFIED, 40, 20);
        for (OcrEngine engine : List.of(tesseract, paddle)) {
            List<Line> lines = engine.read(block.page(), block.region(), "zh-Hans", 300);
            assertReads(block, lines, 0.05);
            assertEquals(4, lines.size(), "one line per column");
            for (Line line : lines) {
                assertTrue(line.box().height() > line.box().width(), "a column: " + line.box());
                List<Glyph> glyphs = line.words().stream().flatMap(w -> w.glyphs().stream()).toList();
                for (int i = 1; i < glyphs.size(); i++) {
                    assertTrue(glyphs.get(i).box().y() >= glyphs.get(i - 1).box().bottom() - 2,
                            "each character below the one before it: " + line.text());
                }
            }
        }
    }

    @Test
    void tesseractFindsShortColumnsWithoutADetector() {
        // the last column holds 川 alone, whose white gaps run its whole length
        RenderedBlock block = RenderedBlock.vertical("成都位于四川", 40, 5);
        List<Line> lines = tesseract.read(block.page(), block.region(), "zh-Hans", 300);
        assertEquals(List.of("成都位于四", "川"), lines.stream().map(Line::text).toList());
    }

    @Test
    void latinAndDigitRunsStayWholeWords() {
        RenderedBlock block = RenderedBlock.horizontal(LATIN, BlockType.HEADLINE, 44, 30);
        for (OcrEngine engine : List.of(tesseract, paddle)) {
            List<Line> lines = engine.read(block.page(), block.region(), "zh-Hans", 300);
            List<String> words = lines.stream().flatMap(l -> l.words().stream()).map(Word::text)
                    .collect(Collectors.toList());
            assertTrue(words.contains("G50"), words::toString);
            assertTrue(words.contains("CBD"), words::toString);
            int year = words.indexOf("2026");
            assertTrue(year >= 0 && "年".equals(words.get(year + 1)), words::toString);
            assertEquals(1, lines.size());
        }
    }

    @Test
    void describesEngineModelAndSettings() {
        Processing tesseractSteps = tesseract.describe();
        assertEquals("Tesseract", tesseractSteps.ocrEngine());
        assertTrue(tesseractSteps.ocrEngineVersion().startsWith("5."), tesseractSteps.ocrEngineVersion());
        assertTrue(tesseractSteps.model().contains("chi_sim"));
        Processing paddleSteps = paddle.describe();
        assertTrue(paddleSteps.model().contains("PP-OCRv4"));
        assertFalse(paddleSteps.settings().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OcrEngines.create("abbyy"));
    }

    @Test
    void regionOutsideThePageReadsNothing() {
        RenderedBlock block = RenderedBlock.horizontal(SIMPLIFIED, BlockType.BODY, 40, 20);
        TextRegion outside = new TextRegion(new Box(5000, 5000, 100, 100), Direction.HORIZONTAL);
        assertTrue(tesseract.read(block.page(), outside, "zh-Hans", 300).isEmpty());
        assertTrue(paddle.read(block.page(), outside, "zh-Hans", 300).isEmpty());
    }

    /** CER within the limit, every box in the page frame, nested region > line > word > glyph. */
    private static void assertReads(RenderedBlock block, List<Line> lines, double maxCer) {
        String read = lines.stream().map(Line::text).collect(Collectors.joining());
        double cer = RenderedBlock.cer(block.text(), read);
        assertTrue(cer <= maxCer, "CER " + cer + " over " + maxCer + ": read " + read);
        Box region = block.region().box();
        for (Line line : lines) {
            assertTrue(region.contains(line.box()), "line " + line.box() + " outside region " + region);
            for (Word word : line.words()) {
                assertTrue(line.box().contains(word.box()), "word " + word.text() + " outside its line");
                assertEquals(word.text().codePointCount(0, word.text().length()), word.glyphs().size(),
                        "one glyph per character of " + word.text());
                assertTrue(word.confidence() >= 0 && word.confidence() <= 1);
                for (Glyph glyph : word.glyphs()) {
                    assertTrue(word.box().contains(glyph.box()), "glyph " + glyph.text() + " outside its word");
                    assertTrue(glyph.box().width() > 0 && glyph.box().height() > 0);
                }
            }
        }
    }
}
