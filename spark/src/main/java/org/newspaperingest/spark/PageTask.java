package org.newspaperingest.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.newspaperingest.ingest.IssueIngester.PageSource;

/** One page to read, the unit of work across executors: where it is, its place and its issue's language. */
record PageTask(IssueRef issue, String language, String file, int pageInFile, int sequence) implements Serializable {

    static PageTask of(IssueRef issue, String language, PageSource source) {
        return new PageTask(issue, language, source.file().toString(), source.pageInFile(), source.sequence());
    }

    PageSource source() {
        return new PageSource(Path.of(file), pageInFile, sequence);
    }
}
