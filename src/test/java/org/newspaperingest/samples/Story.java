package org.newspaperingest.samples;

import java.util.List;
import java.util.Optional;

/**
 * One article of the seed text, mended and in printed form: what the renderer sets on the page.
 *
 * @param key         a short stable name used by the page plans ({@code lead}, {@code civility}...)
 * @param kicker      the line above the headline, or empty
 * @param headline    the headline as printed, one entry per printed line
 * @param subheadline the line below the headline, or empty
 * @param byline      the dateline with the reporters ({@code 本报讯（记者高鹏飞）}), set on its own line
 * @param paragraphs  body paragraphs; the closing author credit ({@code （陈芳芳）}) stays in the last one
 * @param closingName an author credited in brackets at the end of the text, if any
 */
record Story(String key, String kicker, List<String> headline, String subheadline, Optional<Byline> byline,
             List<String> paragraphs, Optional<Byline> closingName) {

    Story {
        headline = List.copyOf(headline);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A byline as printed with the name and role it gives. */
    record Byline(String printed, String name, String role) {
    }

    String title() {
        return String.join("", headline);
    }

    /** Kicker and subheadline, which METS keeps as the article's subtitle; null when the story has neither. */
    String subtitle() {
        String joined = (kicker + " " + subheadline).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The same story with every text mapped, e.g. to traditional characters. */
    Story map(java.util.function.UnaryOperator<String> f) {
        return new Story(key, f.apply(kicker), headline.stream().map(f).toList(), f.apply(subheadline),
                byline.map(b -> new Byline(f.apply(b.printed()), f.apply(b.name()), f.apply(b.role()))),
                paragraphs.stream().map(f).toList(),
                closingName.map(b -> new Byline(f.apply(b.printed()), f.apply(b.name()), f.apply(b.role()))));
    }
}
