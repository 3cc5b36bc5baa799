package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/**
 * A text region found by layout analysis, in the prepared page's frame.
 *
 * @param lines the region's text lines (columns, for vertical text) where layout found them, in reading
 *              order, so that OCR reads them rather than looking for lines again; empty when layout found
 *              only the region
 */
public record Region(BlockType type, Box box, Direction direction, List<Box> lines) {
    public Region {
        lines = List.copyOf(lines);
    }

    public Region(BlockType type, Box box, Direction direction) {
        this(type, box, direction, List.of());
    }
}
