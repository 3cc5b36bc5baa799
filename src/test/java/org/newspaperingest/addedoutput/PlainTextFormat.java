package org.newspaperingest.addedoutput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.OutputFormat;

/** Each page's text as UTF-8 ({@code text/0001.txt}), in reading order: what a full-text indexer takes in. */
public final class PlainTextFormat implements OutputFormat {

    static final String NAME = "text";
    static final String USE = "PLAINTEXT";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String use() {
        return USE;
    }

    @Override
    public String idPrefix() {
        return "TXT";
    }

    @Override
    public List<OutputFile> write(Issue issue, PackageSoFar written) {
        return issue.pages().stream()
                .map(page -> new OutputFile(page.sequence(), String.format("text/%04d.txt", page.sequence()),
                        "text/plain", page.text().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
