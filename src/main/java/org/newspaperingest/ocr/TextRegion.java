package org.newspaperingest.ocr;

import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/**
 * Where an OCR engine reads, and what is already known about the text there: the narrow request an engine
 * gets, so that engines know nothing of the layout stage's classes. Boxes are in the page image's frame.
 *
 * @param box           the region to read
 * @param direction     the direction the text runs: rows (horizontal) or columns (vertical)
 * @param lines         the region's lines (columns, for vertical text) where layout already found them, in
 *                      reading order, so that an engine can read them rather than look for lines again;
 *                      empty when only the region is known
 * @param usuallyOneLine a hint that the text is of a kind usually set as a single line (a headline, kicker,
 *                      byline, jump line or folio): an engine may then read a region that shows a single
 *                      band of ink as one line
 */
public record TextRegion(Box box, Direction direction, List<Box> lines, boolean usuallyOneLine) {
    public TextRegion {
        lines = List.copyOf(lines);
    }

    /** A region with nothing known but its box and direction. */
    public TextRegion(Box box, Direction direction) {
        this(box, direction, List.of(), false);
    }
}
