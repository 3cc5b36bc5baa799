package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/**
 * Reading order of blocks by recursive cuts along white space (XY-cut). A vertical page is read in tiers,
 * top to bottom, each tier right to left; a horizontal page in columns, left to right, each top to bottom.
 * A scan holding two pages side by side (wider than tall, parted by a gutter no block crosses) is read
 * one page after the other: the one with the largest type (the masthead) first, else in the writing's
 * direction.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    static List<LineLayoutAnalyzer.Block> sort(List<LineLayoutAnalyzer.Block> blocks, Direction usual, int width,
            int height) {
        List<LineLayoutAnalyzer.Block> out = new ArrayList<>();
        if (width > 1.15 * height) {
            int gutter = gutter(blocks, width);
            if (gutter > 0) {
                List<LineLayoutAnalyzer.Block> left = blocks.stream().filter(b -> b.box.centerX() < gutter).toList();
                List<LineLayoutAnalyzer.Block> right = blocks.stream().filter(b -> b.box.centerX() >= gutter).toList();
                boolean leftFirst = largestType(left) > 1.3 * largestType(right)
                        || !(largestType(right) > 1.3 * largestType(left)) && usual == Direction.HORIZONTAL;
                cut(leftFirst ? left : right, usual, out);
                cut(leftFirst ? right : left, usual, out);
                return out;
            }
        }
        cut(blocks, usual, out);
        return out;
    }

    /** The x in the middle fifth of a spread that the fewest blocks cross, or -1 if every x is crossed a lot. */
    private static int gutter(List<LineLayoutAnalyzer.Block> blocks, int width) {
        int best = -1;
        long bestCrossing = Long.MAX_VALUE;
        long total = blocks.stream().mapToLong(b -> b.box.area()).sum();
        for (int x = (int) (0.4 * width); x <= 0.6 * width; x += 4) {
            long crossing = 0;
            for (LineLayoutAnalyzer.Block block : blocks) {
                if (block.box.x() < x && block.box.right() > x) {
                    crossing += block.box.area();
                }
            }
            if (crossing < bestCrossing) {
                bestCrossing = crossing;
                best = x;
            }
        }
        return bestCrossing <= 0.01 * total ? best : -1;
    }

    private static double largestType(List<LineLayoutAnalyzer.Block> blocks) {
        return blocks.stream().flatMap(b -> b.lines.stream()).mapToInt(LineLayoutAnalyzer.TextLine::size).max()
                .orElse(0);
    }

    private static void cut(List<LineLayoutAnalyzer.Block> blocks, Direction usual, List<LineLayoutAnalyzer.Block> out) {
        if (blocks.size() <= 1) {
            out.addAll(blocks);
            return;
        }
        boolean vertical = usual == Direction.VERTICAL;
        // a vertical page is cut into tiers first, a horizontal one into columns
        List<List<LineLayoutAnalyzer.Block>> parts = split(blocks, !vertical);
        if (parts.size() == 1) {
            parts = split(blocks, vertical);
            if (parts.size() > 1 && vertical) {
                parts = new ArrayList<>(parts);
                java.util.Collections.reverse(parts); // columns right to left
            }
        } else if (!vertical) {
            // columns left to right: split() gives them so already
        }
        if (parts.size() == 1) {
            List<LineLayoutAnalyzer.Block> rest = new ArrayList<>(blocks);
            rest.sort(vertical ? Comparator.comparingInt((LineLayoutAnalyzer.Block b) -> -b.box.right())
                    .thenComparingInt(b -> b.box.y())
                    : Comparator.comparingInt((LineLayoutAnalyzer.Block b) -> b.box.y()).thenComparingInt(b -> b.box.x()));
            out.addAll(rest);
            return;
        }
        for (List<LineLayoutAnalyzer.Block> part : parts) {
            cut(part, usual, out);
        }
    }

    /**
     * The blocks parted by gaps along x ({@code alongX}) or along y that no block crosses, in increasing
     * coordinate.
     */
    private static List<List<LineLayoutAnalyzer.Block>> split(List<LineLayoutAnalyzer.Block> blocks, boolean alongX) {
        List<LineLayoutAnalyzer.Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingInt(b -> start(b.box, alongX)));
        List<List<LineLayoutAnalyzer.Block>> parts = new ArrayList<>();
        List<LineLayoutAnalyzer.Block> current = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (LineLayoutAnalyzer.Block block : sorted) {
            if (!current.isEmpty() && start(block.box, alongX) >= end) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(block);
            end = Math.max(end, alongX ? block.box.right() : block.box.bottom());
        }
        parts.add(current);
        return parts;
    }

    private static int start(Box box, boolean alongX) {
        return alongX ? box.x() : box.y();
    }
}
