package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;

/** The direction of text read from the spacing of its characters. */
class TextGrainTest {
    /**
     * A headline of three lines of four characters set tight along the lines and looser between them, each character
     * drawn as 旧 is scanned: a thin upright stroke apart from the rest. The strokes do not vote (too thin to be
     * characters) but they are the nearest ink along the line: the text reads across (seed 1224, page 2: 老旧小区 /
     * 综合整治 / 全面提速 was read in columns).
     */
    @Test
    void thinStrokesApartAreNeighboursAlongTheLine() {
        List<Ink> inks = new ArrayList<>();
        for (int line = 0; line < 3; line++) {
            for (int c = 0; c < 4; c++) {
                int x = 100 + c * 100;
                int y = 100 + line * 122;
                inks.add(new Ink(new Box(x, y, 16, 90), 16 * 90, false));
                inks.add(new Ink(new Box(x + 28, y + 1, 60, 88), 60 * 88 / 3, false));
            }
        }
        assertEquals(Direction.HORIZONTAL, new TextGrain(inks, 38).direction(inks));
    }
}
