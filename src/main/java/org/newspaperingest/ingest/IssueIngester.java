package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import org.newspaperingest.source.ScanIssue;

/**
 * Runs the whole pipeline over one issue folder and writes its package.
 * Never throws for bad input: a failure is an outcome naming the file and the reason.
 */
public final class IssueIngester {

    /**
     * @param pagePool runs the issue's pages in parallel (one OCR engine per worker thread)
     * @param listener told after each page, for progress display
     */
    public IssueOutcome ingest(ScanIssue issue, Path outRoot, ExecutorService pagePool, PageListener listener) {
        throw new UnsupportedOperationException("lands with the orchestrator");
    }

    /** Told when a page is done (or failed), from any worker thread. */
    @FunctionalInterface
    public interface PageListener {
        void pageDone(ScanIssue issue, int sequence);
    }
}
