package org.newspaperingest.model;

/** A printed rule or frame (ALTO {@code GraphicalElement}). */
public record Rule(String id, Box box) {
    public boolean isHorizontal() {
        return box.width() >= box.height();
    }
}
