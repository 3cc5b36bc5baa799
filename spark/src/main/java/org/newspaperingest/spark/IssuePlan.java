package org.newspaperingest.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What the first stage found for an issue: its pages to read, or its outcome already (a complete package
 * skipped, or a failure such as an unreadable file or a bad {@code issue.json}).
 */
record IssuePlan(IssueRef issue, List<PageTask> pages, Outcome done) implements Serializable {

    IssuePlan {
        pages = List.copyOf(pages);
    }

    static IssuePlan toRead(IssueRef issue, List<PageTask> pages) {
        return new IssuePlan(issue, pages, null);
    }

    static IssuePlan done(IssueRef issue, Outcome outcome) {
        return new IssuePlan(issue, List.of(), outcome);
    }
}
