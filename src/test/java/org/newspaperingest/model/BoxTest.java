package org.newspaperingest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void overlapIsTheSharedSpanAndTheGapWhenApart() {
        Box a = Box.ofCorners(0, 0, 100, 50);
        Box b = Box.ofCorners(60, 40, 200, 120);
        assertEquals(40, a.xOverlap(b));
        assertEquals(40, b.xOverlap(a));
        assertEquals(10, a.yOverlap(b));
        assertEquals(10, b.yOverlap(a));

        Box inside = Box.ofCorners(20, 10, 30, 20);
        assertEquals(10, a.xOverlap(inside));
        assertEquals(10, a.yOverlap(inside));

        Box apart = Box.ofCorners(130, 70, 150, 90);
        assertEquals(-30, a.xOverlap(apart));
        assertEquals(-20, a.yOverlap(apart));
        assertEquals(0, a.xOverlap(Box.ofCorners(100, 0, 120, 10)));
    }
}
