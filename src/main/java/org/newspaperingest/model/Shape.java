package org.newspaperingest.model;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The outline of a region: a closed polygon in pixels of the stored page image, its last point joined to
 * its first. Most regions are rectangles ({@link #rectangle}); an article that runs round another, or a
 * column block under a headline set across part of it, is not, and ALTO records its outline as
 * {@code Shape/Polygon}.
 */
public record Shape(List<Point> points) implements Serializable {

    /** A corner of an outline. */
    public record Point(int x, int y) implements Serializable {
    }

    public Shape {
        points = List.copyOf(points);
        if (points.size() < 3) {
            throw new IllegalArgumentException("an outline needs three points or more, not " + points.size());
        }
    }

    /** The box as an outline: its corners clockwise from the top left. */
    public static Shape rectangle(Box box) {
        return new Shape(List.of(new Point(box.x(), box.y()), new Point(box.right(), box.y()),
                new Point(box.right(), box.bottom()), new Point(box.x(), box.bottom())));
    }

    /**
     * The outline of the area that boxes cover together, holes filled: the real outline of a block made of
     * column or line boxes, where these touch or overlap. Boxes that fall apart into separate pieces have no
     * one outline, and give their enclosing rectangle.
     */
    public static Shape union(Collection<Box> boxes) {
        Box bounds = Box.enclosing(boxes);
        int[] xs = coordinates(boxes, true);
        int[] ys = coordinates(boxes, false);
        int columns = xs.length - 1;
        int rows = ys.length - 1;
        if (columns < 1 || rows < 1) {
            return rectangle(bounds);
        }
        // the plane cut at every box edge: a cell is either wholly inside a box or wholly outside all
        boolean[][] inside = new boolean[rows][columns];
        for (Box box : boxes) {
            for (int r = Arrays.binarySearch(ys, box.y()); r < rows && ys[r] < box.bottom(); r++) {
                for (int c = Arrays.binarySearch(xs, box.x()); c < columns && xs[c] < box.right(); c++) {
                    inside[r][c] = true;
                }
            }
        }
        fillHoles(inside, rows, columns);
        if (!connected(inside, rows, columns)) {
            return rectangle(bounds);
        }
        return new Shape(trace(inside, rows, columns, xs, ys));
    }

    /** The enclosing box. */
    public Box bounds() {
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (Point point : points) {
            left = Math.min(left, point.x());
            top = Math.min(top, point.y());
            right = Math.max(right, point.x());
            bottom = Math.max(bottom, point.y());
        }
        return Box.ofCorners(left, top, right, bottom);
    }

    /** Whether the outline is its enclosing box: every point one of the box's corners. */
    public boolean isRectangle() {
        Box box = bounds();
        return points.stream().allMatch(p -> (p.x() == box.x() || p.x() == box.right())
                && (p.y() == box.y() || p.y() == box.bottom()));
    }

    private static int[] coordinates(Collection<Box> boxes, boolean horizontal) {
        TreeSet<Integer> values = new TreeSet<>();
        for (Box box : boxes) {
            values.add(horizontal ? box.x() : box.y());
            values.add(horizontal ? box.right() : box.bottom());
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Cells outside every box that the outside cannot reach (a hole in the area) are taken in. */
    private static void fillHoles(boolean[][] inside, int rows, int columns) {
        boolean[][] outside = new boolean[rows][columns];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if ((r == 0 || c == 0 || r == rows - 1 || c == columns - 1) && !inside[r][c]) {
                    outside[r][c] = true;
                    queue.add(new int[] {r, c});
                }
            }
        }
        flood(queue, outside, (r, c) -> !inside[r][c], rows, columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                inside[r][c] |= !outside[r][c];
            }
        }
    }

    private static boolean connected(boolean[][] inside, int rows, int columns) {
        boolean[][] reached = new boolean[rows][columns];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        int count = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (inside[r][c]) {
                    count++;
                    if (queue.isEmpty() && count == 1) {
                        reached[r][c] = true;
                        queue.add(new int[] {r, c});
                    }
                }
            }
        }
        return flood(queue, reached, (r, c) -> inside[r][c], rows, columns) == count;
    }

    private interface CellTest {
        boolean test(int row, int column);
    }

    /** Four-connected flood fill from the queued cells; the number of cells marked, those queued included. */
    private static int flood(ArrayDeque<int[]> queue, boolean[][] marked, CellTest open, int rows, int columns) {
        int count = queue.size();
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] step : steps) {
                int r = cell[0] + step[0];
                int c = cell[1] + step[1];
                if (r >= 0 && c >= 0 && r < rows && c < columns && !marked[r][c] && open.test(r, c)) {
                    marked[r][c] = true;
                    count++;
                    queue.add(new int[] {r, c});
                }
            }
        }
        return count;
    }

    /*
     * The boundary of one four-connected area without holes, clockwise on screen: each cell edge with the
     * area on its right is a step from one grid corner to the next; with no holes and no cells meeting only
     * at a corner, each corner starts one step, and the steps make one closed walk.
     */
    private static List<Point> trace(boolean[][] inside, int rows, int columns, int[] xs, int[] ys) {
        Map<Long, Long> next = new HashMap<>();
        long start = Long.MAX_VALUE;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!inside[r][c]) {
                    continue;
                }
                if (r == 0 || !inside[r - 1][c]) {
                    next.put(corner(r, c), corner(r, c + 1)); // top edge, rightwards
                }
                if (c == columns - 1 || !inside[r][c + 1]) {
                    next.put(corner(r, c + 1), corner(r + 1, c + 1)); // right edge, downwards
                }
                if (r == rows - 1 || !inside[r + 1][c]) {
                    next.put(corner(r + 1, c + 1), corner(r + 1, c)); // bottom edge, leftwards
                }
                if (c == 0 || !inside[r][c - 1]) {
                    next.put(corner(r + 1, c), corner(r, c)); // left edge, upwards
                }
                start = Math.min(start, corner(r, c));
            }
        }
        List<long[]> walk = new ArrayList<>();
        long at = start;
        do {
            walk.add(new long[] {at >> 32, at & 0xffffffffL});
            at = next.get(at);
        } while (at != start && walk.size() <= next.size());
        List<Point> points = new ArrayList<>();
        int n = walk.size();
        for (int i = 0; i < n; i++) {
            long[] before = walk.get((i + n - 1) % n);
            long[] here = walk.get(i);
            long[] after = walk.get((i + 1) % n);
            boolean straight = before[0] == here[0] && here[0] == after[0] || before[1] == here[1] && here[1] == after[1];
            if (!straight) {
                points.add(new Point(xs[(int) here[1]], ys[(int) here[0]]));
            }
        }
        return points;
    }

    private static long corner(int row, int column) {
        return ((long) row << 32) | column;
    }
}
