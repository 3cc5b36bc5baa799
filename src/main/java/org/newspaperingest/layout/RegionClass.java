package org.newspaperingest.layout;

import java.util.Objects;
import org.newspaperingest.model.BlockType;

/**
 * What an analyzer takes a region for: the pipeline's class, the analyzer's own label (a learned model's
 * class name, or a rule's) and how sure it is.
 *
 * @param type       the class the pipeline goes on with
 * @param label      the analyzer's own name for it ({@code headline}, {@code advertisement}, {@code
 *                   TableRegion}…); the type's label where the analyzer has none of its own
 * @param confidence from 0 to 1; 1 where a rule decided and gave no measure
 */
public record RegionClass(BlockType type, String label, double confidence) {
    public RegionClass {
        Objects.requireNonNull(type, "type");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a region class needs a label");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** A class a rule decided: the type's own label, confidence 1. */
    public static RegionClass of(BlockType type) {
        return new RegionClass(type, type.label(), 1.0);
    }
}
