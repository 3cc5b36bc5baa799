package org.newspaperingest.ocr;

import org.newspaperingest.model.Box;

/**
 * One character as an engine read it, before word segmentation.
 *
 * @param text        the character (one code point, rarely more for a combined symbol)
 * @param box         its box in the page's frame
 * @param confidence  0..1
 * @param spaceBefore the engine saw a space before it; kept only where it separates Latin or digit words
 */
public record RecognisedChar(String text, Box box, double confidence, boolean spaceBefore) {
}
