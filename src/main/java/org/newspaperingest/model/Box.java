package org.newspaperingest.model;

import java.io.Serializable;
import java.util.Collection;

/** An axis-aligned rectangle in pixels of the stored page image. */
public record Box(int x, int y, int width, int height) implements Serializable {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + "x" + height);
        }
    }

    public static Box ofCorners(int left, int top, int right, int bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public long area() {
        return (long) width * height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** How far the x ranges of the two boxes overlap, in pixels; negative: the gap between them. */
    public int xOverlap(Box other) {
        return Math.min(right(), other.right()) - Math.max(x, other.x);
    }

    /** How far the y ranges of the two boxes overlap, in pixels; negative: the gap between them. */
    public int yOverlap(Box other) {
        return Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
    }

    public Box intersection(Box other) {
        return ofCorners(Math.max(x, other.x), Math.max(y, other.y),
                Math.min(right(), other.right()), Math.min(bottom(), other.bottom()));
    }

    public Box union(Box other) {
        return ofCorners(Math.min(x, other.x), Math.min(y, other.y),
                Math.max(right(), other.right()), Math.max(bottom(), other.bottom()));
    }

    /** Intersection over union, 0 for disjoint boxes. */
    public double iou(Box other) {
        long inter = intersection(other).area();
        long union = area() + other.area() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    public Box clampTo(int maxWidth, int maxHeight) {
        return ofCorners(Math.max(0, x), Math.max(0, y), Math.min(maxWidth, right()), Math.min(maxHeight, bottom()));
    }

    public static Box enclosing(Collection<Box> boxes) {
        Box result = null;
        for (Box box : boxes) {
            result = result == null ? box : result.union(box);
        }
        if (result == null) {
            throw new IllegalArgumentException("no boxes");
        }
        return result;
    }
}
