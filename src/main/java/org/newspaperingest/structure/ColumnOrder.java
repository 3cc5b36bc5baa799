package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.TextBlock;

/**
 * The body of one article part in the order it is read: down each column, the columns left to right. The page's
 * reading order may go astray where the paragraphs of neighbouring columns end level (layout then reads a row of
 * paragraph tops before the rest of the first column); within one article the columns settle it. Blocks set across
 * the columns part them into tiers, read one after the other. Where that does not hold, or the text is set
 * vertically, the page's order stands.
 */
final class ColumnOrder {

    private ColumnOrder() {
    }

    static List<TextBlock> of(List<TextBlock> body) {
        if (body.size() < 2 || body.stream().anyMatch(b -> b.direction() != Direction.HORIZONTAL)) {
            return body;
        }
        List<TextBlock> columns = inColumns(body);
        return columns != null ? columns : inTiers(body);
    }

    /**
     * A story in tiers: blocks set across its columns (a lead paragraph, a subheadline, a subhead between two runs
     * of columns) part the columns above them from those below; each tier is read down its columns. Where a block
     * across columns stands beside other text, the page's order stands.
     */
    private static List<TextBlock> inTiers(List<TextBlock> body) {
        List<TextBlock> across = body.stream().filter(b -> columnsUnder(b, body) >= 2)
                .sorted(Comparator.comparingInt(b -> b.box().y())).toList();
        if (across.isEmpty()) {
            return body;
        }
        List<TextBlock> ordered = new ArrayList<>();
        List<TextBlock> rest = new ArrayList<>(body);
        rest.removeAll(across);
        int top = Integer.MIN_VALUE;
        for (int i = 0; i <= across.size(); i++) {
            int bottom = i < across.size() ? across.get(i).box().y() : Integer.MAX_VALUE;
            int from = top;
            List<TextBlock> tier = rest.stream().filter(b -> b.box().y() >= from && b.box().bottom() <= bottom).toList();
            List<TextBlock> inOrder = tier.size() < 2 ? tier : inColumns(tier);
            if (inOrder == null) {
                return body;
            }
            ordered.addAll(inOrder);
            if (i < across.size()) {
                ordered.add(across.get(i));
                top = across.get(i).box().bottom();
            }
        }
        // a block beside a block across columns, in no tier: the tiers do not hold
        return ordered.size() == body.size() ? ordered : body;
    }

    /** How many columns of narrower blocks a block reaches over: groups of them that do not overlap side to side. */
    private static int columnsUnder(TextBlock block, List<TextBlock> body) {
        List<Box> narrower = body.stream().map(TextBlock::box).filter(o -> o != block.box()
                && o.xOverlap(block.box()) > 0 && o.width() < 0.7 * block.box().width())
                .sorted(Comparator.comparingInt(Box::x)).toList();
        int columns = 0;
        int right = Integer.MIN_VALUE;
        for (Box box : narrower) {
            if (box.x() >= right - 0.2 * box.width()) {
                columns++;
            }
            right = Math.max(right, box.right());
        }
        return columns;
    }

    /** Down each column, left to right; null where a block spans two columns or is much wider than its column. */
    private static List<TextBlock> inColumns(List<TextBlock> body) {
        List<TextBlock> byX = body.stream().sorted(Comparator.comparingInt((TextBlock b) -> b.box().x())).toList();
        List<Box> spans = new ArrayList<>();
        List<List<TextBlock>> columns = new ArrayList<>();
        for (TextBlock block : byX) {
            Box box = block.box();
            int column = -1;
            for (int c = 0; c < spans.size(); c++) {
                Box span = spans.get(c);
                int overlap = span.xOverlap(box);
                if (overlap >= 0.5 * Math.min(span.width(), box.width())) {
                    if (column >= 0 || overlap < 0.7 * box.width() && box.width() > 1.3 * span.width()) {
                        return null;   // across two columns, or much wider than the column
                    }
                    column = c;
                }
            }
            if (column < 0) {
                spans.add(box);
                columns.add(new ArrayList<>());
                column = spans.size() - 1;
            }
            columns.get(column).add(block);
        }
        List<TextBlock> ordered = new ArrayList<>();
        for (List<TextBlock> column : columns) {
            ordered.addAll(downTheColumn(column));
        }
        return ordered;
    }

    /** Top to bottom; pieces of one line of the column side by side (a line cut apart) left to right. */
    private static List<TextBlock> downTheColumn(List<TextBlock> column) {
        List<TextBlock> sorted = new ArrayList<>(column.stream()
                .sorted(Comparator.comparingInt((TextBlock b) -> b.box().y())).toList());
        for (int i = 1; i < sorted.size(); i++) {
            for (int k = i; k > 0; k--) {
                Box upper = sorted.get(k - 1).box();
                Box lower = sorted.get(k).box();
                boolean sideBySide = upper.yOverlap(lower) >= 0.5 * Math.min(upper.height(), lower.height());
                if (!sideBySide || upper.x() <= lower.x()) {
                    break;
                }
                sorted.set(k, sorted.set(k - 1, sorted.get(k)));
            }
        }
        return sorted;
    }
}
