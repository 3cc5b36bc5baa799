package org.newspaperingest.model;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A text line (a column of characters in vertical text). */
public record Line(Box box, List<Word> words) implements Serializable {
    public Line {
        words = List.copyOf(words);
    }

    /** The line's text as printed: Chinese without spaces, a space only between two Latin or digit words. */
    public String text() {
        StringBuilder text = new StringBuilder();
        Word previous = null;
        for (Word word : words) {
            if (previous != null && previous.isLatinOrDigit() && word.isLatinOrDigit()) {
                text.append(' ');
            }
            text.append(word.text());
            previous = word;
        }
        return text.toString();
    }

    public double confidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    static String joinLines(List<Line> lines) {
        return lines.stream().map(Line::text).collect(Collectors.joining());
    }
}
