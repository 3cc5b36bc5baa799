package org.newspaperingest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.Xml;

/**
 * Characters XML cannot hold (control characters such as U+0007, unpaired surrogates) are left out of the
 * package, which cannot be helped; but never silently: each title, label or file name that loses some is
 * said, with what the package records instead.
 */
final class XmlUnsafeText {

    private XmlUnsafeText() {
    }

    static List<String> warnings(IssueMetadata metadata, List<Page> pages) {
        List<String> warnings = new ArrayList<>();
        check("the title", metadata.title(), warnings);
        metadata.number().ifPresent(number -> check("the issue number", number, warnings));
        metadata.edition().ifPresent(edition -> check("the edition", edition, warnings));
        metadata.pageLabels().forEach(label -> check("a page label", label, warnings));
        metadata.notes().forEach(note -> check("a note", note, warnings));
        for (Page page : pages) {
            Optional.ofNullable(page.image()).ifPresent(image ->
                    check("page " + page.sequence() + ": the file name", image.fileName(), warnings));
        }
        return warnings;
    }

    private static void check(String what, String text, List<String> warnings) {
        if (text == null) {
            return;
        }
        String kept = Xml.clean(text);
        if (!kept.equals(text)) {
            String which = unsafe(text);
            warnings.add(what + " \"" + escaped(text) + "\" holds characters XML cannot hold ("
                    + (which.isEmpty() ? "unpaired surrogates" : which) + "); the package records \"" + kept + "\"");
        }
    }

    /** The text with each character XML cannot hold written as {@code \\u0007}. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (Xml.clean(String.valueOf((char) c)).isEmpty() && !Character.isSurrogate((char) c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static String unsafe(String text) {
        return text.chars().filter(c -> Xml.clean(String.valueOf((char) c)).isEmpty() && !Character.isSurrogate((char) c))
                .distinct().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(", "));
    }
}
