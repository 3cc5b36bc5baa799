package org.newspaperingest.preprocess;

import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Shape;
import org.opencv.core.Mat;

/**
 * A page ready for analysis: deskewed greyscale for OCR, binarised for layout analysis, and the way back
 * to the stored image's coordinates.
 *
 * @param grey      deskewed greyscale with even illumination and white borders, same size as the scan
 * @param binary    ink as 255 on 0, same frame as {@code grey}
 * @param skewAngle degrees the scan was found rotated by (counter-clockwise positive, as seen on screen);
 *                  the prepared images are the scan turned back clockwise by it about the centre
 * @param scale     prepared pixels per stored pixel: above 1 where a page set in small type was enlarged
 *                  to the scale layout analysis works at
 */
public record PreparedPage(Mat grey, Mat binary, double skewAngle, int originalWidth, int originalHeight,
                           double dpi, double scale) implements AutoCloseable {

    /** A page prepared at the stored image's own scale. */
    public PreparedPage(Mat grey, Mat binary, double skewAngle, int originalWidth, int originalHeight, double dpi) {
        this(grey, binary, skewAngle, originalWidth, originalHeight, dpi, 1.0);
    }

    /** The same page told it is at another resolution (or scale), sharing its images. */
    public PreparedPage withScale(int originalWidth, int originalHeight, double dpi, double scale) {
        return new PreparedPage(grey, binary, skewAngle, originalWidth, originalHeight, dpi, scale);
    }

    /** Maps a box of the prepared images back to the stored image (the enclosing box of its rotated corners). */
    public Box toOriginal(Box box) {
        if (skewAngle == 0 && scale == 1.0 && grey.cols() == originalWidth && grey.rows() == originalHeight) {
            return box;
        }
        double radians = Math.toRadians(skewAngle);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double cxPrepared = grey.cols() / 2.0;
        double cyPrepared = grey.rows() / 2.0;
        double cxOriginal = originalWidth / 2.0;
        double cyOriginal = originalHeight / 2.0;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int[][] corners = {{box.x(), box.y()}, {box.right(), box.y()}, {box.x(), box.bottom()}, {box.right(), box.bottom()}};
        for (int[] corner : corners) {
            double dx = corner[0] - cxPrepared;
            double dy = corner[1] - cyPrepared;
            // Image y runs downwards, so a counter-clockwise skew maps back with this sign convention.
            double x = cxOriginal + (dx * cos + dy * sin) / scale;
            double y = cyOriginal + (-dx * sin + dy * cos) / scale;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return Box.ofCorners((int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX), (int) Math.ceil(maxY))
                .clampTo(originalWidth, originalHeight);
    }

    /**
     * Maps an outline of the prepared images back to the stored image, point by point: inside the box
     * {@link #toOriginal(Box)} gives for its enclosing box. A rectangle stays the rectangle of that box.
     */
    public Shape toOriginal(Shape outline) {
        Box box = toOriginal(outline.bounds());
        if (outline.isRectangle()) {
            return Shape.rectangle(box);
        }
        List<Shape.Point> points = outline.points().stream().map(p -> {
            Box point = toOriginal(new Box(p.x(), p.y(), 0, 0));
            return new Shape.Point(Math.max(box.x(), Math.min(box.right(), point.x())),
                    Math.max(box.y(), Math.min(box.bottom(), point.y())));
        }).toList();
        return new Shape(points);
    }

    @Override
    public void close() {
        grey.release();
        binary.release();
    }
}
