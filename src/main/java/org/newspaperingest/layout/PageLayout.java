package org.newspaperingest.layout;

import java.util.List;
import org.newspaperingest.model.Box;

/** The regions of a page in reading order, with its rules and photos, in the prepared page's frame. */
public record PageLayout(List<Region> regions, List<Box> rules, List<Box> illustrations) {
    public PageLayout {
        regions = List.copyOf(regions);
        rules = List.copyOf(rules);
        illustrations = List.copyOf(illustrations);
    }
}
