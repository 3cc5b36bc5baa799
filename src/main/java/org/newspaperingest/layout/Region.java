package org.newspaperingest.layout;

import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/** A text region found by layout analysis, in the prepared page's frame. */
public record Region(BlockType type, Box box, Direction direction) {
}
