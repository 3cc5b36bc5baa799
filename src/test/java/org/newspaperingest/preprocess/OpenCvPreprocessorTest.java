package org.newspaperingest.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.imgproc.Imgproc;

@Tag("slow")
class OpenCvPreprocessorTest {
    private static final int WIDTH = 2400;
    private static final int HEIGHT = 3400;
    private static final int BORDER = 60;
    /** A solid square printed on the page, to follow through deskew and back. */
    private static final Box MARK = new Box(1500, 2600, 240, 240);

    @BeforeAll
    static void load() {
        OpenCvLoader.load();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-4.3, -2.0, -0.6, 0.0, 1.37, 3.1})
    void estimatesSkewWhitensBorderAndMapsBoxesBack(double skew) {
        Mat scan = markedScan(skew);

        try (PreparedPage prepared = new OpenCvPreprocessor().prepare(scan, 300)) {
            System.out.printf("skew %.2f estimated %.3f%n", skew, prepared.skewAngle());
            assertEquals(skew, prepared.skewAngle(), 0.1, "estimated skew");
            assertEquals(WIDTH, prepared.grey().cols());
            assertEquals(HEIGHT, prepared.grey().rows());

            // The scanner bed is gone: the outer band of the prepared page is paper white.
            Mat band = prepared.grey().submat(new Rect(0, 0, WIDTH, BORDER / 2));
            assertTrue(Core.mean(band).val[0] > 250, "top border whitened, mean " + Core.mean(band).val[0]);
            // The shading (25 % darker on the right) is gone.
            double left = Core.mean(prepared.grey().submat(new Rect(300, 150, 100, 60))).val[0];
            double right = Core.mean(prepared.grey().submat(new Rect(WIDTH - 400, 150, 100, 60))).val[0];
            assertEquals(left, right, 6, "paper brightness left vs right");

            // The mark, found in the prepared binary, maps back onto where the scan shows it.
            Box found = largestSquareBlob(prepared.binary());
            Box expected = rotatedEnclosingBox(MARK, skew);
            Box mapped = prepared.toOriginal(found);
            assertEquals(expected.x(), mapped.x(), 4, "left " + mapped + " vs " + expected);
            assertEquals(expected.y(), mapped.y(), 4, "top " + mapped + " vs " + expected);
            assertEquals(expected.right(), mapped.right(), 4, "right " + mapped + " vs " + expected);
            assertEquals(expected.bottom(), mapped.bottom(), 4, "bottom " + mapped + " vs " + expected);
        } finally {
            scan.release();
        }
    }

    /** A page in small type prepared enlarged: its boxes still map back onto the scan as stored. */
    @ParameterizedTest
    @ValueSource(doubles = {-2.0, 0.0, 1.37})
    void preparesEnlargedAndMapsBoxesBackToTheStoredScale(double skew) {
        Mat scan = markedScan(skew);
        try (PreparedPage prepared = new OpenCvPreprocessor().prepareEnlarged(scan, 100, 2.5)) {
            assertEquals(Math.round(WIDTH * 2.5), prepared.grey().cols());
            assertEquals(250, prepared.dpi(), 1e-9);
            assertEquals(WIDTH, prepared.originalWidth());
            Box expected = rotatedEnclosingBox(MARK, skew);
            Box mapped = prepared.toOriginal(largestSquareBlob(prepared.binary()));
            assertEquals(expected.x(), mapped.x(), 4, "left " + mapped + " vs " + expected);
            assertEquals(expected.y(), mapped.y(), 4, "top " + mapped + " vs " + expected);
            assertEquals(expected.right(), mapped.right(), 4, "right " + mapped + " vs " + expected);
            assertEquals(expected.bottom(), mapped.bottom(), 4, "bottom " + mapped + " vs " + expected);
        } finally {
            scan.release();
        }
    }

    /** Where the scanner put a box of the page: rotated counter-clockwise by {@code skew} about the centre. */
    private static Box rotatedEnclosingBox(Box box, double skew) {
        double r = Math.toRadians(skew);
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
        for (int[] c : new int[][] {{box.x(), box.y()}, {box.right(), box.y()}, {box.x(), box.bottom()}, {box.right(), box.bottom()}}) {
            double dx = c[0] - WIDTH / 2.0;
            double dy = c[1] - HEIGHT / 2.0;
            double x = WIDTH / 2.0 + dx * Math.cos(r) + dy * Math.sin(r);
            double y = HEIGHT / 2.0 - dx * Math.sin(r) + dy * Math.cos(r);
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return Box.ofCorners((int) Math.round(minX), (int) Math.round(minY), (int) Math.round(maxX), (int) Math.round(maxY));
    }

    private static Box largestSquareBlob(Mat binary) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(binary, labels, stats, centroids, 8, CvType.CV_32S);
        Box best = null;
        double bestArea = 0;
        for (int i = 1; i < n; i++) {
            int w = (int) stats.get(i, Imgproc.CC_STAT_WIDTH)[0];
            int h = (int) stats.get(i, Imgproc.CC_STAT_HEIGHT)[0];
            double area = stats.get(i, Imgproc.CC_STAT_AREA)[0];
            if (area > bestArea && Math.abs(w - h) < 20 && w > 200) {
                bestArea = area;
                best = new Box((int) stats.get(i, Imgproc.CC_STAT_LEFT)[0], (int) stats.get(i, Imgproc.CC_STAT_TOP)[0], w, h);
            }
        }
        assertTrue(best != null, "mark not found in the prepared binary");
        return best;
    }

    /** A simulated scan, turned by {@code skew} degrees, of a page with a black mark on white paper at MARK. */
    private static Mat markedScan(double skew) {
        BufferedImage page = ScanSimulator.page(WIDTH, HEIGHT, 7);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(MARK.x() - 40, MARK.y() - 40, MARK.width() + 80, MARK.height() + 80);
        g.setColor(Color.BLACK);
        g.fillRect(MARK.x(), MARK.y(), MARK.width(), MARK.height());
        g.dispose();
        return ScanSimulator.toMat(ScanSimulator.scan(page, skew, BORDER, 6, 11));
    }
}
