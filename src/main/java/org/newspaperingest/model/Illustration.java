package org.newspaperingest.model;

import java.io.Serializable;

/** A photo or drawing (ALTO {@code Illustration}). */
public record Illustration(String id, Box box) implements Serializable {
}
