package org.newspaperingest.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A text region of one class: a headline, a body column, a byline...
 *
 * @param id       unique within its page, stable across re-runs ({@code P1_TB0003})
 * @param box      the enclosing box
 * @param language BCP 47 tag: {@code zh-Hans} or {@code zh-Hant}
 * @param outline  its outline, inside {@code box}: the box itself unless layout found another (ALTO's
 *                 {@code Shape/Polygon})
 */
public record TextBlock(String id, BlockType type, Box box, Direction direction, String language, List<Line> lines,
                        Shape outline) implements Serializable {
    public TextBlock {
        lines = List.copyOf(lines);
        Objects.requireNonNull(box, "box");
        outline = outline == null ? Shape.rectangle(box) : outline;
        if (!box.contains(outline.bounds())) {
            throw new IllegalArgumentException("outline " + outline.bounds() + " outside the block's box " + box);
        }
    }

    /** A rectangular block: its outline is its box. */
    public TextBlock(String id, BlockType type, Box box, Direction direction, String language, List<Line> lines) {
        this(id, type, box, direction, language, lines, Shape.rectangle(box));
    }

    /** Whether its outline is its box, as ALTO's {@code HPOS VPOS WIDTH HEIGHT} alone say. */
    public boolean rectangular() {
        return outline.isRectangle() && outline.bounds().equals(box);
    }

    /** The block's text, lines joined without separators (Chinese breaks lines anywhere). */
    public String text() {
        return Line.joinLines(lines);
    }

    public double confidence() {
        return lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::confidence).average().orElse(0);
    }

    public TextBlock withLines(List<Line> newLines) {
        return new TextBlock(id, type, box, direction, language, newLines, outline);
    }

    public TextBlock withType(BlockType newType) {
        return new TextBlock(id, newType, box, direction, language, lines, outline);
    }
}
