package org.newspaperingest.model;

import java.io.Serializable;
import java.util.List;

/** A word as a word segmenter finds it (an ALTO {@code String}), with one glyph per character. */
public record Word(String text, Box box, double confidence, List<Glyph> glyphs) implements Serializable {
    public Word {
        glyphs = List.copyOf(glyphs);
        confidence = Confidence.clamp(confidence);
    }

    /** Latin letters or digits only: such words are separated by ALTO {@code SP} from their like. */
    public boolean isLatinOrDigit() {
        return !text.isEmpty() && text.codePoints().allMatch(c -> c < 0x2E80 && Character.isLetterOrDigit(c)
                || c == '.' || c == '-' || c == '/' || c == ':' || c == '%');
    }
}
