package org.newspaperingest.model;

/** A photo or drawing (ALTO {@code Illustration}). */
public record Illustration(String id, Box box) {
}
