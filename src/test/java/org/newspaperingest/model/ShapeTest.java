package org.newspaperingest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Shape.Point;

class ShapeTest {

    @Test
    void aRectangleIsItsBox() {
        Box box = new Box(10, 20, 30, 40);
        Shape rectangle = Shape.rectangle(box);
        assertEquals(box, rectangle.bounds());
        assertTrue(rectangle.isRectangle());
        assertEquals(rectangle, Shape.union(List.of(box, new Box(15, 25, 5, 5))));
    }

    @Test
    void columnsOfDifferentLengthsGiveTheirStaircase() {
        // three vertical columns side by side, right to left, each shorter than the one before
        List<Box> columns = List.of(Box.ofCorners(200, 0, 300, 900), Box.ofCorners(100, 0, 200, 600),
                Box.ofCorners(0, 0, 100, 300));
        Shape outline = Shape.union(columns);
        assertEquals(List.of(new Point(0, 0), new Point(300, 0), new Point(300, 900), new Point(200, 900),
                new Point(200, 600), new Point(100, 600), new Point(100, 300), new Point(0, 300)), outline.points());
        assertEquals(new Box(0, 0, 300, 900), outline.bounds());
        assertFalse(outline.isRectangle());
    }

    @Test
    void holesAreFilledAndPiecesApartGiveTheEnclosingBox() {
        List<Box> frame = List.of(new Box(0, 0, 100, 10), new Box(0, 90, 100, 10), new Box(0, 0, 10, 100),
                new Box(90, 0, 10, 100));
        assertEquals(Shape.rectangle(new Box(0, 0, 100, 100)), Shape.union(frame));
        List<Box> apart = List.of(new Box(0, 0, 10, 10), new Box(20, 0, 10, 30));
        assertEquals(Shape.rectangle(new Box(0, 0, 30, 30)), Shape.union(apart));
        // boxes meeting only at a corner are apart too
        assertEquals(Shape.rectangle(new Box(0, 0, 20, 20)),
                Shape.union(List.of(new Box(0, 0, 10, 10), new Box(10, 10, 10, 10))));
    }

    @Test
    void anOutlineNeedsThreePoints() {
        assertThrows(IllegalArgumentException.class, () -> new Shape(List.of(new Point(0, 0), new Point(1, 1))));
    }
}
