package org.newspaperingest.spark;

import java.io.Serializable;
import org.newspaperingest.model.Page;

/**
 * A page read, on its way to its issue's assembly: the page in the model (small: text, boxes, confidences;
 * never the image), or why it could not be read, naming the file.
 */
record PageResult(IssueRef issue, int sequence, Page page, String error) implements Serializable {

    static PageResult read(IssueRef issue, Page page) {
        return new PageResult(issue, page.sequence(), page, null);
    }

    static PageResult failed(IssueRef issue, int sequence, String error) {
        return new PageResult(issue, sequence, null, error);
    }

    boolean ok() {
        return error == null;
    }
}
