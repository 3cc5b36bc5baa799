package org.newspaperingest.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.ingest.IssueOutcome.Status;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.source.UnreadablePageException;

/**
 * Reads each page for its facts and packs the issue without text: the batch runner's own logic without OCR,
 * so its tests stay fast. Packages are written by the real {@link PackageWriter}.
 */
final class TextlessProcessor implements BatchRunner.IssueProcessor {
    private final TikaPageImageReader reader = new TikaPageImageReader();
    private final Set<String> ingested;
    private final long pauseMillis;
    private final java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param ingested gets the id of each issue ingested
     * @param pauseMillis how long the first issue takes at least, the second twice as long, and so on: for
     *                    tests that stop a run mid-way, between two issues' ends
     */
    TextlessProcessor(Set<String> ingested, long pauseMillis) {
        this.ingested = ingested;
        this.pauseMillis = pauseMillis;
    }

    @Override
    public IssueOutcome ingest(org.newspaperingest.source.ScanIssue issue, Path outRoot,
                               java.util.concurrent.ExecutorService pool,
                               org.newspaperingest.ingest.IssueIngester.PageListener listener) {
        ingested.add(issue.id());
        try {
            Thread.sleep(pauseMillis * started.incrementAndGet());
            List<Page> pages = new ArrayList<>();
            for (Path file : issue.pageFiles()) {
                try (ScannedPage scan = reader.read(file, 0)) {
                    int sequence = pages.size() + 1;
                    pages.add(new Page(sequence, Optional.of(String.valueOf(sequence)), scan.facts(),
                            scan.grey().cols(), scan.grey().rows(), 0, List.of(), List.of(), List.of(),
                            new Processing("none", "0", "none", Map.of())));
                    listener.pageDone(issue, sequence);
                }
            }
            IssueMetadata metadata = new IssueMetadata("朝阳报", Optional.empty(), Optional.empty(), Optional.empty(),
                    "zh-Hans", List.of(), List.of());
            Path pkg = new PackageWriter().write(new Issue(issue.id(), metadata, pages, List.of(), List.of()),
                    issue.pageFiles(), outRoot, Optional.of(issue.source()));
            return new IssueOutcome(issue.id(), Status.WRITTEN, pages.size(), 0.9, List.of(), List.of(), Optional.of(pkg));
        } catch (IOException | UnreadablePageException e) {
            return new IssueOutcome(issue.id(), Status.FAILED, 0, 0, List.of(), List.of(e.getMessage()), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IssueOutcome(issue.id(), Status.FAILED, 0, 0, List.of(), List.of("interrupted"), Optional.empty());
        }
    }

    /**
     * A batch run in its own process, for the tests that lock its output folder or stop it with a signal:
     * {@code SCAN_ROOT OUT_DIR PAUSE_MILLIS}.
     */
    public static void main(String[] args) throws IOException {
        BatchOptions options = BatchOptions.of(Path.of(args[0]), Path.of(args[1])).withThreads(1).withProgressBar(false);
        BatchRunner runner = new BatchRunner(new TextlessProcessor(java.util.concurrent.ConcurrentHashMap.newKeySet(),
                Long.parseLong(args[2])));
        System.exit(runner.run(options).exitStatus());
    }
}
