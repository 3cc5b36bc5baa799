package org.newspaperingest.ingest;

import org.newspaperingest.layout.Region;
import org.newspaperingest.ocr.TextRegion;

/** Turns layout's regions into OCR's requests, so that neither stage knows the other's classes. */
public final class RegionsForOcr {

    private RegionsForOcr() {
    }

    /**
     * What OCR needs of a layout region: where, which way, the lines layout found, and whether its class is
     * one usually set as a single line (engines then read a region with a single band of ink as one line).
     */
    public static TextRegion of(Region region) {
        boolean usuallyOneLine = switch (region.type()) {
            case HEADLINE, KICKER, SUBHEADLINE, BYLINE, JUMP, FOLIO -> true;
            default -> false;
        };
        return new TextRegion(region.box(), region.direction(), region.lines(), usuallyOneLine);
    }
}
