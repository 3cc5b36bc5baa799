package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Shape;

/**
 * A text region found by layout analysis, in the prepared page's frame.
 *
 * @param kind      what the analyzer takes it for, with its own label and confidence
 * @param outline   its outline: a rectangle unless the analyzer knows better (an article set round
 *                  another has the outline of its columns)
 * @param direction horizontal lines or vertical columns
 * @param lines     the region's text lines (columns, for vertical text) where layout found them, in reading
 *                  order, so that OCR reads them rather than looking for lines again; empty when layout found
 *                  only the region
 */
public record Region(RegionClass kind, Shape outline, Direction direction, List<Box> lines) {
    public Region {
        lines = List.copyOf(lines);
    }

    /** A rectangular region of a class a rule decided. */
    public Region(BlockType type, Box box, Direction direction, List<Box> lines) {
        this(RegionClass.of(type), Shape.rectangle(box), direction, lines);
    }

    public Region(BlockType type, Box box, Direction direction) {
        this(type, box, direction, List.of());
    }

    public BlockType type() {
        return kind.type();
    }

    /** The enclosing box of its outline. */
    public Box box() {
        return outline.bounds();
    }
}
