package org.newspaperingest.structure;

import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.TextBlock;

/** Box relations used to group blocks; every threshold is relative to the body text size of the page. */
final class Geometry {

    private Geometry() {
    }

    /** Horizontal distance between the boxes, 0 where their x ranges overlap. */
    static int horizontalGap(Box a, Box b) {
        return Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
    }

    static int verticalGap(Box a, Box b) {
        return Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
    }

    static double distance(Box a, Box b) {
        return Math.hypot(horizontalGap(a, b), verticalGap(a, b));
    }

    /** One above the other, sharing at least the given fraction of the narrower width. */
    static boolean stacked(Box a, Box b, double fraction) {
        return a.xOverlap(b) >= fraction * Math.min(a.width(), b.width());
    }

    /** Side by side, sharing at least the given fraction of the lower height. */
    static boolean beside(Box a, Box b, double fraction) {
        return a.yOverlap(b) >= fraction * Math.min(a.height(), b.height());
    }

    /** The empty space between two boxes (over their shared span), or null if they overlap or are diagonal. */
    static Box between(Box a, Box b) {
        if (a.xOverlap(b) > 0 && verticalGap(a, b) > 0) {
            Box upper = a.y() < b.y() ? a : b;
            Box lower = upper == a ? b : a;
            return Box.ofCorners(Math.max(a.x(), b.x()), upper.bottom(), Math.min(a.right(), b.right()), lower.y());
        }
        if (a.yOverlap(b) > 0 && horizontalGap(a, b) > 0) {
            Box left = a.x() < b.x() ? a : b;
            Box right = left == a ? b : a;
            return Box.ofCorners(left.right(), Math.max(a.y(), b.y()), right.x(), Math.min(a.bottom(), b.bottom()));
        }
        return null;
    }

    static boolean intersects(Box a, Box b) {
        return a.xOverlap(b) > 0 && a.yOverlap(b) > 0;
    }

    static Box grow(Box box, int by) {
        return Box.ofCorners(box.x() - by, box.y() - by, box.right() + by, box.bottom() + by);
    }

    /**
     * The size of body text on the page: the median line height of body blocks (line width for vertical
     * text), which sets every tolerance. Falls back to a size fitting the page when nothing was read. Unlike
     * layout's {@code BlockClassifier.bodyLineSize} (all lines, before classing) it counts only the blocks
     * classed as body.
     */
    static double bodyTextSize(List<TextBlock> blocks, int pageHeight) {
        double[] sizes = blocks.stream()
                .filter(b -> b.type() == org.newspaperingest.model.BlockType.BODY)
                .flatMap(b -> b.lines().stream().map(l -> b.direction() == Direction.VERTICAL ? l.box().width() : l.box().height()))
                .filter(size -> size > 0)
                .mapToDouble(Integer::doubleValue).sorted().toArray();
        if (sizes.length > 0) {
            return sizes[sizes.length / 2];
        }
        return Math.max(8, pageHeight / 120.0);
    }
}
