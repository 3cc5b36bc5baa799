package org.newspaperingest.samples;

import java.util.Locale;

/**
 * How to render the sample issue: resolution, scan defects, the random seed that makes them, and the
 * layout variant. Equal specs give byte-identical pages.
 *
 * @param dpi          resolution of the scans; the page is a tabloid of 10 x 14.33 inches (3000 x 4300 at 300)
 * @param skewDegrees  how far each page is rotated, counter-clockwise positive; pages alternate in sign
 *                     and vary a little around it (|angle| stays under 1 degree)
 * @param noise        scan noise, 0 (clean) to 1 (heavy): paper grain, sensor noise, blur
 * @param seed         the random seed of noise, skew jitter, the photo and shuffled layouts
 * @param variant      the layout variant
 */
public record SampleSpec(int dpi, double skewDegrees, double noise, long seed, Variant variant) {

    /** Layout variants, each exercising one thing an ingest must get right. */
    public enum Variant {
        /** The committed sample: lead and 精神文明 continued from page 1 to page 2. */
        STANDARD,
        /** Same stories, other arrangement of rows and columns on pages 2 to 4 (chosen by the seed). */
        SHUFFLED,
        /** The 区政协 story with its headline set in a column left of its body. */
        HEADLINE_LEFT,
        /** The 区政协 story inside a ruled box. */
        BOXED,
        /** The lead continues on page 3 ({@code （下转三版）} ... {@code （上接一版）}). */
        CONTINUED_TO_PAGE_3,
        /** Page 2 is missing from the issue, so page 1's {@code （下转二版）} finds no partner. */
        MISSING_PARTNER,
        /** Page 3 set in traditional characters in vertical columns (top to bottom, right to left). */
        VERTICAL_TRADITIONAL,
        /**
         * A random issue of two or three pages laid out from the seed's text as real papers vary (chosen by
         * the seed): 4 to 7 columns, masonry of items, photos inside articles, headlines above, beside or
         * under a photo, kickers, subheadlines and subheads, boxes, jump lines and section folios.
         */
        RANDOM;

        public static Variant ofName(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown sample variant \"" + name + "\" (known: "
                        + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()) + ")");
            }
        }
    }

    /** The committed sample issue: 300 dpi, 0.4 degree skew, light noise, seed 3683, standard layout. */
    public static final SampleSpec STANDARD = new SampleSpec(300, 0.4, 0.35, 3683L, Variant.STANDARD);

    public SampleSpec {
        if (dpi < 100 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 100 and 600, got " + dpi);
        }
        if (!(Math.abs(skewDegrees) < 1.0)) {
            throw new IllegalArgumentException("skew must be under 1 degree either way, got " + skewDegrees);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be between 0 and 1, got " + noise);
        }
        if (variant == null) {
            throw new IllegalArgumentException("variant is required");
        }
    }

    /** The standard spec with another variant. */
    public static SampleSpec of(Variant variant) {
        return STANDARD.withVariant(variant);
    }

    public SampleSpec withVariant(Variant newVariant) {
        return new SampleSpec(dpi, skewDegrees, noise, seed, newVariant);
    }

    public SampleSpec withDpi(int newDpi) {
        return new SampleSpec(newDpi, skewDegrees, noise, seed, variant);
    }

    public SampleSpec withSkew(double degrees) {
        return new SampleSpec(dpi, degrees, noise, seed, variant);
    }

    public SampleSpec withNoise(double level) {
        return new SampleSpec(dpi, skewDegrees, level, seed, variant);
    }

    public SampleSpec withSeed(long newSeed) {
        return new SampleSpec(dpi, skewDegrees, noise, newSeed, variant);
    }

    /** Pixels per design unit (design units are pixels at 300 dpi). */
    double scale() {
        return dpi / 300.0;
    }

    /**
     * The skew of one page (by printed page number): the spec's angle, alternating in sign from page to page and jittered by the
     * seed, so that a deskewer meets both directions; zero when the spec asks for none.
     */
    double skewOfPage(int printedPage) {
        if (skewDegrees == 0) {
            return 0;
        }
        java.util.Random r = new java.util.Random(seed * 31 + printedPage);
        double jitter = (r.nextDouble() - 0.5) * 0.2 * Math.abs(skewDegrees);
        double angle = (printedPage % 2 == 1 ? skewDegrees : -skewDegrees) + jitter;
        return Math.max(-0.99, Math.min(0.99, Math.round(angle * 100) / 100.0));
    }
}
