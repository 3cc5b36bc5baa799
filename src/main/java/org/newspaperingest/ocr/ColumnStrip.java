package org.newspaperingest.ocr;

import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A column of vertical Chinese re-set as an upright horizontal line, for recognisers trained on horizontal
 * text: each character cell gets a slot a little wider than the column, left to right.
 *
 * <p>Characters stand the same way in both directions, punctuation does not. A vertical page prints the
 * small marks ，、。 in the top right corner of their cell, where a horizontal line has quotes and
 * apostrophes, so such a mark is moved to the bottom left of its slot, where horizontal text sets it.
 * Brackets, parentheses and the like are printed turned a quarter clockwise (﹁ for 「, ︵ for （); such a
 * glyph, wide, short and off the cell's middle, is turned back. A recogniser then reads ，「」 as the marks
 * they are instead of ' " 一.
 */
final class ColumnStrip implements AutoCloseable {

    private final List<Box> cells;
    private final int slot;
    private final Mat image;

    private ColumnStrip(List<Box> cells, int slot, Mat image) {
        this.cells = cells;
        this.slot = slot;
        this.image = image;
    }

    /** How a cell's glyph is set in its slot. */
    enum Form {
        /** copied as it stands */
        UPRIGHT,
        /** a small mark in the cell's top right corner: moved to the slot's bottom left */
        CORNER_MARK,
        /** a turned bracket or parenthesis: turned back a quarter counter-clockwise */
        TURNED
    }

    /**
     * The strip of a column, or null when it has no character cell.
     *
     * @param image  greyscale, dark text on light paper
     * @param ink    the ink mask of {@code image}
     * @param column the column's tight ink box in the frame of {@code image}
     */
    static ColumnStrip of(Mat image, Mat ink, Box column) {
        List<Box> cells = CharacterGrid.cells(ink, column);
        if (cells.isEmpty()) {
            return null;
        }
        int side = column.width();
        int slot = side + Math.max(2, side / 6);
        Mat strip = new Mat(side, slot * cells.size(), CvType.CV_8UC1, new Scalar(255));
        for (int i = 0; i < cells.size(); i++) {
            Box cell = cells.get(i);
            Box glyph = glyphBox(ink, cell, side);
            switch (glyph == null ? Form.UPRIGHT : formOf(cell, glyph, side)) {
                case CORNER_MARK -> {
                    int x = i * slot + side / 10;
                    int y = Math.max(0, side - side / 10 - glyph.height());
                    copy(image, new Rect(glyph.x(), glyph.y(), glyph.width(), Math.min(glyph.height(), side - y)),
                            strip, x, y);
                }
                case TURNED -> {
                    Mat source = image.submat(
                            new Rect(cell.x(), cell.y(), cell.width(), Math.min(cell.height(), side)));
                    Mat turned = new Mat();
                    Core.rotate(source, turned, Core.ROTATE_90_COUNTERCLOCKWISE);
                    source.release();
                    int width = Math.min(turned.cols(), slot);
                    int height = Math.min(turned.rows(), side);
                    copy(turned, new Rect(0, 0, width, height), strip, i * slot, (side - height) / 2);
                    turned.release();
                }
                default -> {
                    int height = Math.min(cell.height(), side);
                    copy(image, new Rect(cell.x(), cell.y(), cell.width(), height), strip, i * slot,
                            (side - height) / 2);
                }
            }
        }
        return new ColumnStrip(cells, slot, strip);
    }

    /**
     * Where the glyph sits in its cell tells the form: a vertical ，、。 is small and in the top right; a
     * turned bracket is wide, not thin (一 is thin and in the middle) and lies in the cell's top or bottom
     * half.
     */
    static Form formOf(Box cell, Box glyph, int side) {
        double left = (glyph.x() - cell.x()) / (double) side;
        double top = (glyph.y() - cell.y()) / (double) side;
        double bottom = (glyph.bottom() - cell.y()) / (double) side;
        double width = glyph.width() / (double) side;
        double height = glyph.height() / (double) side;
        if (width <= 0.4 && height <= 0.45 && left >= 0.4 && bottom <= 0.6) {
            return Form.CORNER_MARK;
        }
        if (width >= 0.55 && height >= 0.2 && height <= 0.5 && (top >= 0.4 || bottom <= 0.6)) {
            return Form.TURNED;
        }
        return Form.UPRIGHT;
    }

    /**
     * The box of a cell's character: its ink without specks of noise and without slivers of the neighbouring
     * characters reaching over the cell's top or bottom edge; null for a cell without ink.
     */
    static Box glyphBox(Mat ink, Box cell, int side) {
        Box clamped = cell.clampTo(ink.cols(), ink.rows());
        if (clamped.width() == 0 || clamped.height() == 0) {
            return null;
        }
        Mat roi = ink.submat(new Rect(clamped.x(), clamped.y(), clamped.width(), clamped.height()));
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = Imgproc.connectedComponentsWithStats(roi, labels, stats, centroids, 8, CvType.CV_32S);
        int minArea = Math.max(3, side * side / 300);
        int sliver = Math.max(2, side / 8);
        Box box = null;
        for (int label = 1; label < count; label++) {
            int x = (int) stats.get(label, Imgproc.CC_STAT_LEFT)[0];
            int y = (int) stats.get(label, Imgproc.CC_STAT_TOP)[0];
            int width = (int) stats.get(label, Imgproc.CC_STAT_WIDTH)[0];
            int height = (int) stats.get(label, Imgproc.CC_STAT_HEIGHT)[0];
            int area = (int) stats.get(label, Imgproc.CC_STAT_AREA)[0];
            boolean atEdge = y == 0 || y + height >= clamped.height();
            if (area < minArea || atEdge && height <= sliver) {
                continue;
            }
            Box part = new Box(clamped.x() + x, clamped.y() + y, width, height);
            box = box == null ? part : box.union(part);
        }
        roi.release();
        labels.release();
        stats.release();
        centroids.release();
        return box;
    }

    private static void copy(Mat source, Rect from, Mat target, int x, int y) {
        int width = Math.min(from.width, target.cols() - x);
        int height = Math.min(from.height, target.rows() - y);
        if (width <= 0 || height <= 0) {
            return;
        }
        Mat in = source.submat(new Rect(from.x, from.y, width, height));
        Mat out = target.submat(new Rect(x, y, width, height));
        in.copyTo(out);
        in.release();
        out.release();
    }

    /** The upright line, one slot per cell; owned by the strip. */
    Mat image() {
        return image;
    }

    List<Box> cells() {
        return cells;
    }

    /** The cell whose slot holds {@code x}, a position along the strip. */
    int cellAt(double x) {
        int index = (int) Math.floor(x / slot);
        return Math.max(0, Math.min(cells.size() - 1, index));
    }

    @Override
    public void close() {
        image.release();
    }
}
