package org.newspaperingest.model;

/** How lines run in a block: horizontal left to right, or vertical top to bottom with columns right to left. */
public enum Direction {
    HORIZONTAL("ltr"), VERTICAL("ttb");

    private final String altoBaseDirection;

    Direction(String altoBaseDirection) {
        this.altoBaseDirection = altoBaseDirection;
    }

    /** The value of ALTO's {@code BASEDIRECTION}. */
    public String altoBaseDirection() {
        return altoBaseDirection;
    }

    public static Direction ofAlto(String value) {
        return "ttb".equals(value) ? VERTICAL : HORIZONTAL;
    }
}
