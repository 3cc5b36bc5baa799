package org.newspaperingest.model;

/** One character with its box and recognition confidence (0..1). */
public record Glyph(String text, Box box, double confidence) {
    public Glyph {
        confidence = Confidence.clamp(confidence);
    }
}
