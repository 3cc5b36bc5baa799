package org.newspaperingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.IssueOutcome.Status;

class BatchProgressTest {

    /** The pages of an issue that fails are taken back: the progress line counts pages written, not tried. */
    @Test
    void aFailedIssuesPagesAreNotCountedAsDone() {
        try (BatchProgress progress = new BatchProgress(false, 2, 5)) {
            progress.pageDone("good");
            progress.pageDone("bad");
            progress.pageDone("good");
            progress.pageDone("bad");
            progress.pageDone("bad");
            progress.issueDone(new IssueOutcome("bad", Status.FAILED, 3, 0, List.of(), List.of("bad/3.tif: truncated"),
                    Optional.empty()));
            assertEquals(2, progress.pagesDone());
            progress.issueDone(new IssueOutcome("good", Status.WRITTEN, 2, 0.9, List.of(), List.of(), Optional.empty()));
            assertEquals(2, progress.pagesDone());
        }
    }
}
