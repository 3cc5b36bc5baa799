package org.newspaperingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Shape;

class RegionTest {

    @Test
    void aRuleBasedRegionIsARectangleOfItsTypeDecidedForSure() {
        Region region = new Region(BlockType.HEADLINE, new Box(1, 2, 3, 4), Direction.VERTICAL);
        assertEquals(new RegionClass(BlockType.HEADLINE, "headline", 1.0), region.kind());
        assertEquals(BlockType.HEADLINE, region.type());
        assertEquals(Shape.rectangle(new Box(1, 2, 3, 4)), region.outline());
        assertEquals(List.of(), region.lines());
    }

    @Test
    void anAnalyzerGivesItsOwnLabelConfidenceAndOutline() {
        Shape outline = Shape.union(List.of(new Box(0, 0, 10, 100), new Box(10, 0, 10, 50)));
        Region region = new Region(new RegionClass(BlockType.ADVERTISEMENT, "AdvertRegion", 0.8), outline,
                Direction.VERTICAL, List.of(new Box(0, 0, 10, 100), new Box(10, 0, 10, 50)));
        assertEquals(new Box(0, 0, 20, 100), region.box());
        assertEquals(BlockType.ADVERTISEMENT, region.type());
        assertEquals("AdvertRegion", region.kind().label());
        assertThrows(IllegalArgumentException.class, () -> new RegionClass(BlockType.BODY, "body", 1.2));
        assertThrows(IllegalArgumentException.class, () -> new RegionClass(BlockType.BODY, " ", 0.5));
    }
}
