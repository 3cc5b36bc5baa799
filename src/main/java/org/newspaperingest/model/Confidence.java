package org.newspaperingest.model;

final class Confidence {
    private Confidence() {
    }

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value));
    }
}
