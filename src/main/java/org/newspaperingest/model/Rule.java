package org.newspaperingest.model;

import java.io.Serializable;

/** A printed rule or frame (ALTO {@code GraphicalElement}). */
public record Rule(String id, Box box) implements Serializable {
    public boolean isHorizontal() {
        return box.width() >= box.height();
    }
}
