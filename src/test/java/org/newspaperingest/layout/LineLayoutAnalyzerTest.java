package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Shape;
import org.newspaperingest.model.Shape.Point;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.preprocess.PreparedPage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

class LineLayoutAnalyzerTest {
    private static final int CHARACTER = 20;

    @BeforeAll
    static void loadOpenCv() {
        OpenCvLoader.load();
    }

    private static LineLayoutAnalyzer.TextLine column(int x, int top, int bottom) {
        LineLayoutAnalyzer.TextLine line = new LineLayoutAnalyzer.TextLine(Box.ofCorners(x, top, x + CHARACTER, bottom));
        line.direction = Direction.VERTICAL;
        return line;
    }

    @Test
    void aParagraphEndIsInsideItsBlockAndColumnsAboveAHeadlineGiveAStep() {
        // right to left: two full columns, one ending early (a paragraph's last), one full
        LineLayoutAnalyzer.Block paragraphs = new LineLayoutAnalyzer.Block(List.of(column(72, 0, 400),
                column(48, 0, 400), column(24, 0, 150), column(0, 0, 400)));
        assertEquals(Shape.rectangle(new Box(0, 0, 92, 400)), paragraphs.outline(0));
        // the two left columns stop above a headline set under them
        LineLayoutAnalyzer.Block stepped = new LineLayoutAnalyzer.Block(List.of(column(72, 0, 400),
                column(48, 0, 400), column(24, 0, 200), column(0, 0, 200)));
        assertEquals(List.of(new Point(0, 0), new Point(92, 0), new Point(92, 400), new Point(48, 400),
                new Point(48, 200), new Point(0, 200)), stepped.outline(0).points());
        assertEquals(new Box(0, 0, 96, 404), stepped.outline(4).bounds(), "the white round the lines, within the page");
    }

    @Test
    void aFaintThinRuleIsFoundAndTheWhiteBetweenCloseSetColumnsIsNot() {
        Mat grey = new Mat(600, 600, CvType.CV_8UC1, new Scalar(250));
        Mat binary = new Mat(600, 600, CvType.CV_8UC1, new Scalar(0));
        List<LineLayoutAnalyzer.TextLine> lines = new ArrayList<>();
        // two columns of "characters" 3 px apart, their edges greyed into the gap
        for (int x : new int[] {100, 123}) {
            for (int y = 50; y < 550; y += 24) {
                Imgproc.rectangle(grey, new org.opencv.core.Point(x, y), new org.opencv.core.Point(x + 19, y + 19),
                        new Scalar(40), -1);
                Imgproc.rectangle(binary, new org.opencv.core.Point(x, y), new org.opencv.core.Point(x + 19, y + 19),
                        new Scalar(255), -1);
            }
            Imgproc.rectangle(grey, new org.opencv.core.Point(x + 20, 50), new org.opencv.core.Point(x + 22, 549),
                    new Scalar(205), -1);
            lines.add(column(x, 50, 550));
        }
        // a faint rule, two pixels thick, under the columns and too light for binarisation
        Imgproc.rectangle(grey, new org.opencv.core.Point(60, 570), new org.opencv.core.Point(400, 571),
                new Scalar(170), -1);
        List<Box> rules = LineLayoutAnalyzer.thinRules(grey, binary, CHARACTER, lines, List.of(), Direction.VERTICAL);
        assertEquals(1, rules.size(), rules.toString());
        Box rule = rules.get(0);
        assertTrue(rule.y() >= 568 && rule.bottom() <= 574 && rule.width() >= 300, rule.toString());
    }

    @Test
    void aMarkFoundApartJoinsItsColumnsAndAFaintRulePartsTwoArticles() {
        Mat grey = new Mat(320, 400, CvType.CV_8UC1, new Scalar(250));
        Mat binary = new Mat(320, 400, CvType.CV_8UC1, new Scalar(0));
        // two articles of four columns each, 15 px apart (closer than a character), a faint rule between them
        List<Box> found = new ArrayList<>();
        for (int x : new int[] {300, 275, 250, 225, 190, 165, 140, 115}) {
            found.add(Box.ofCorners(x, 20, x + CHARACTER, 290));
            for (int y = 20; y + CHARACTER <= 290; y += 24) {
                Imgproc.rectangle(grey, new org.opencv.core.Point(x, y),
                        new org.opencv.core.Point(x + CHARACTER - 1, y + CHARACTER - 1), new Scalar(40), -1);
                Imgproc.rectangle(binary, new org.opencv.core.Point(x, y),
                        new org.opencv.core.Point(x + CHARACTER - 1, y + CHARACTER - 1), new Scalar(255), -1);
            }
        }
        found.add(Box.ofCorners(293, 120, 303, 137)); // a mark between two columns, found on its own
        Imgproc.rectangle(grey, new org.opencv.core.Point(217, 15), new org.opencv.core.Point(218, 295),
                new Scalar(170), -1);
        TextLineDetector detector = (page, scale) -> found;
        try (PreparedPage page = new PreparedPage(grey, binary, 0, 400, 320, 200)) {
            PageLayout layout = new LineLayoutAnalyzer(detector).analyze(page,
                    new PageLayout(List.of(), List.of(), List.of()), CHARACTER);
            assertEquals(2, layout.regions().size(), layout.regions().toString());
            Region right = layout.regions().get(0);
            assertEquals(5, right.lines().size(), "four columns and the mark");
            assertEquals(new Box(221, 16, 103, 278), right.box());
            assertEquals(4, layout.regions().get(1).lines().size());
            assertTrue(layout.rules().stream().anyMatch(rule -> rule.x() >= 215 && rule.right() <= 221), layout.rules().toString());
        }
    }
}
