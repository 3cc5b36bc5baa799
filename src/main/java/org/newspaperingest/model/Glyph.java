package org.newspaperingest.model;

import java.io.Serializable;

/** One character with its box and recognition confidence (0..1). */
public record Glyph(String text, Box box, double confidence) implements Serializable {
    public Glyph {
        confidence = Confidence.clamp(confidence);
    }
}
