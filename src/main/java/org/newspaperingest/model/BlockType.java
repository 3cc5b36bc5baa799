package org.newspaperingest.model;

import java.util.Locale;

/** The class of a text region, written as an ALTO LayoutTag. */
public enum BlockType {
    MASTHEAD, HEADLINE, KICKER, SUBHEADLINE, BYLINE, BODY, CAPTION, JUMP, FOLIO, ADVERTISEMENT;

    /** The label used in ALTO tags and reports: {@code headline}, {@code jump}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BlockType ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Kicker, headline and subheadline head an article. */
    public boolean isHeading() {
        return this == KICKER || this == HEADLINE || this == SUBHEADLINE;
    }
}
