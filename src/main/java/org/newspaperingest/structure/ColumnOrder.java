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
 * paragraph tops before the rest of the first column); within one article the columns settle it. Where a block
 * spans columns (a lead paragraph set across the story) or the text is set vertically, the page's order stands.
 */
final class ColumnOrder {

    private ColumnOrder() {
    }

    static List<TextBlock> of(List<TextBlock> body) {
        if (body.size() < 2 || body.stream().anyMatch(b -> b.direction() != Direction.HORIZONTAL)) {
            return body;
        }
        // The widest blocks set the columns first: a byline or a paragraph's last line is narrower than its column.
        List<TextBlock> widestFirst = body.stream()
                .sorted(Comparator.comparingInt((TextBlock b) -> b.box().width()).reversed()).toList();
        List<Box> spans = new ArrayList<>();
        List<List<TextBlock>> columns = new ArrayList<>();
        for (TextBlock block : widestFirst) {
            Box box = block.box();
            int column = -1;
            for (int c = 0; c < spans.size(); c++) {
                Box span = spans.get(c);
                if (span.xOverlap(box) >= 0.5 * Math.min(span.width(), box.width())) {
                    if (column >= 0) {
                        return body;   // across two columns
                    }
                    column = c;
                }
            }
            if (column < 0) {
                spans.add(box);
                columns.add(new ArrayList<>());
                column = spans.size() - 1;
            }
            spans.set(column, spans.get(column).union(box));
            columns.get(column).add(block);
        }
        for (List<TextBlock> column : columns) {
            // blocks side by side in one column are the pieces of a line cut apart; taller ones are columns under a
            // block set across them (a lead paragraph)
            if (column.stream().anyMatch(a -> column.stream().anyMatch(b -> a != b && a.box().xOverlap(b.box()) <= 0
                    && a.lines().size() != 1 && b.lines().size() != 1))) {
                return body;
            }
        }
        List<Integer> leftToRight = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            leftToRight.add(c);
        }
        leftToRight.sort(Comparator.comparingInt(c -> spans.get(c).x()));
        List<TextBlock> ordered = new ArrayList<>();
        for (int c : leftToRight) {
            ordered.addAll(downTheColumn(columns.get(c)));
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
