package org.newspaperingest.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.Rule;

/**
 * The parts of a page that its printed rules fence off from each other: the rules are drawn as walls on a
 * coarse grid over the print space and the free space is flood-filled. Two blocks in the same region can
 * belong to one article; blocks in different regions cannot (unless a rule ran through an article, which the
 * assembler mends afterwards).
 *
 * <p>Rules found on a scan are rarely closed: they stop short of each other by a few pixels. Each rule is
 * therefore lengthened by the tolerance at both ends, so that a T-junction closes without letting a region leak.
 */
final class RuleRegions {

    private static final int WALL = -1;
    private static final int UNSET = 0;

    private final int originX;
    private final int originY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] labels;

    private RuleRegions(int originX, int originY, double cell, int columns, int rows) {
        this.originX = originX;
        this.originY = originY;
        this.cell = cell;
        this.columns = columns;
        this.rows = rows;
        this.labels = new int[columns * rows];
    }

    /**
     * @param content   boxes of the page's blocks and photos: together with the rules they span the print space
     * @param tolerance the gap a rule may leave at its ends and still close a region (about one line of body text)
     */
    static RuleRegions of(Collection<Box> content, List<Rule> rules, List<Illustration> illustrations, double tolerance) {
        List<Box> all = new ArrayList<>(content);
        rules.forEach(r -> all.add(r.box()));
        if (all.isEmpty()) {
            all.add(new Box(0, 0, 1, 1));
        }
        // No margin around the print space: a rule running across the whole print space must close at its edges.
        Box space = Box.enclosing(all);
        List<Box> walls = new ArrayList<>();
        for (Rule rule : rules) {
            Box box = rule.box();
            // The frame of a photo, or a line inside it, separates no articles.
            if (illustrations.stream().anyMatch(i -> i.box().iou(box) >= 0.8
                    || Geometry.grow(i.box(), (int) Math.ceil(tolerance / 4)).contains(box))) {
                continue;
            }
            boolean frame = Math.min(box.width(), box.height()) > 3 * tolerance;
            if (frame) {
                walls.add(Box.ofCorners(box.x(), box.y(), box.right(), box.y() + 1));
                walls.add(Box.ofCorners(box.x(), box.bottom() - 1, box.right(), box.bottom()));
                walls.add(Box.ofCorners(box.x(), box.y(), box.x() + 1, box.bottom()));
                walls.add(Box.ofCorners(box.right() - 1, box.y(), box.right(), box.bottom()));
            } else if (rule.isHorizontal()) {
                // A rule across nearly all the print space was meant to cross all of it.
                boolean across = box.width() >= 0.9 * space.width();
                walls.add(Box.ofCorners(across ? space.x() : box.x() - (int) tolerance, box.y(),
                        across ? space.right() : box.right() + (int) tolerance, box.bottom()));
            } else {
                boolean across = box.height() >= 0.9 * space.height();
                walls.add(Box.ofCorners(box.x(), across ? space.y() : box.y() - (int) tolerance,
                        box.right(), across ? space.bottom() : box.bottom() + (int) tolerance));
            }
        }
        double cell = Math.max(2, tolerance / 3);
        // The grid ends at the print space: a rule reaching its edge leaves no cell to leak through.
        int columns = Math.max(1, (int) Math.ceil(space.width() / cell));
        int rows = Math.max(1, (int) Math.ceil(space.height() / cell));
        RuleRegions regions = new RuleRegions(space.x(), space.y(), cell, columns, rows);
        walls.forEach(regions::drawWall);
        regions.fill();
        return regions;
    }

    /** The region most of the box lies in; a box lying on a rule takes the region nearest its centre. */
    int regionOf(Box box) {
        int left = column(box.x());
        int right = column(box.right() - 1);
        int top = row(box.y());
        int bottom = row(box.bottom() - 1);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                int label = labels[r * columns + c];
                if (label != WALL) {
                    counts.merge(label, 1, Integer::sum);
                }
            }
        }
        if (!counts.isEmpty()) {
            return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return nearestLabel(column((int) box.centerX()), row((int) box.centerY()));
    }

    private void drawWall(Box wall) {
        int left = column(wall.x());
        int top = row(wall.y());
        // A wall reaching into the last, partly filled column (row) closes it: no sliver is left to leak through.
        int right = wall.right() >= originX + (columns - 1) * cell ? columns - 1 : column(Math.max(wall.x(), wall.right() - 1));
        int bottom = wall.bottom() >= originY + (rows - 1) * cell ? rows - 1 : row(Math.max(wall.y(), wall.bottom() - 1));
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                labels[r * columns + c] = WALL;
            }
        }
    }

    private void fill() {
        int next = 1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != UNSET) {
                continue;
            }
            int label = next++;
            labels[start] = label;
            queue.add(start);
            while (!queue.isEmpty()) {
                int index = queue.poll();
                int r = index / columns;
                int c = index % columns;
                visit(queue, r - 1, c, label);
                visit(queue, r + 1, c, label);
                visit(queue, r, c - 1, label);
                visit(queue, r, c + 1, label);
            }
        }
    }

    private void visit(ArrayDeque<Integer> queue, int r, int c, int label) {
        if (r >= 0 && r < rows && c >= 0 && c < columns && labels[r * columns + c] == UNSET) {
            labels[r * columns + c] = label;
            queue.add(r * columns + c);
        }
    }

    private int nearestLabel(int column, int row) {
        for (int radius = 1; radius < Math.max(columns, rows); radius++) {
            for (int r = row - radius; r <= row + radius; r++) {
                for (int c = column - radius; c <= column + radius; c++) {
                    if (r >= 0 && r < rows && c >= 0 && c < columns && labels[r * columns + c] != WALL) {
                        return labels[r * columns + c];
                    }
                }
            }
        }
        return WALL;
    }

    private int column(int x) {
        return clamp((int) ((x - originX) / cell), columns);
    }

    private int row(int y) {
        return clamp((int) ((y - originY) / cell), rows);
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
