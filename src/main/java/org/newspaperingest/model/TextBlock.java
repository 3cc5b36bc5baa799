package org.newspaperingest.model;

import java.io.Serializable;
import java.util.List;

/**
 * A text region of one class: a headline, a body column, a byline...
 *
 * @param id       unique within its page, stable across re-runs ({@code P1_TB0003})
 * @param language BCP 47 tag: {@code zh-Hans} or {@code zh-Hant}
 */
public record TextBlock(String id, BlockType type, Box box, Direction direction, String language, List<Line> lines) implements Serializable {
    public TextBlock {
        lines = List.copyOf(lines);
    }

    /** The block's text, lines joined without separators (Chinese breaks lines anywhere). */
    public String text() {
        return Line.joinLines(lines);
    }

    public double confidence() {
        return lines.stream().flatMap(l -> l.words().stream()).mapToDouble(Word::confidence).average().orElse(0);
    }

    public TextBlock withLines(List<Line> newLines) {
        return new TextBlock(id, type, box, direction, language, newLines);
    }

    public TextBlock withType(BlockType newType) {
        return new TextBlock(id, newType, box, direction, language, lines);
    }
}
