package org.newspaperingest.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.source.IssueSidecar;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.source.UnreadablePageException;

/**
 * Runs the whole pipeline over one issue folder and writes its package.
 * Never throws for bad input: a failure is an outcome naming the file and the reason.
 * Close it when the run is over: it owns one OCR engine per worker thread.
 */
public final class IssueIngester implements AutoCloseable {
    private final Pipeline pipeline;
    private final PageProcessor processor;
    private final Queue<OcrEngine> engines = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<OcrEngine> threadEngine;

    public IssueIngester(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.processor = new PageProcessor(pipeline);
        this.threadEngine = ThreadLocal.withInitial(() -> {
            OcrEngine engine = pipeline.ocrEngines().get();
            engines.add(engine);
            return engine;
        });
    }

    /**
     * @param pagePool runs the issue's pages in parallel (one OCR engine per worker thread)
     * @param listener told after each page, for progress display
     */
    public IssueOutcome ingest(ScanIssue issue, Path outRoot, ExecutorService pagePool, PageListener listener) {
        List<String> warnings = new ArrayList<>();
        try {
            IssueSidecar sidecar = IssueMetadataSources.sidecar(issue);
            String language = IssueMetadataSources.beforeOcr(issue, sidecar).language();
            List<PageSource> sources = pageSources(issue);
            List<Page> pages = processPages(issue, sources, language, pagePool, listener);
            IssueMetadata metadata = IssueMetadataSources.afterOcr(issue, sidecar, pages, warnings);
            pages = PageLabels.apply(pages, metadata);
            List<Article> articles = pipeline.articles().assemble(pages);
            Issue result = new Issue(issue.id(), metadata, pages, articles, warnings);
            Path written = write(result, sources, outRoot);
            return new IssueOutcome(issue.id(), IssueOutcome.Status.WRITTEN, pages.size(), meanConfidence(pages),
                    warnings, List.of(), Optional.of(written));
        } catch (IssueFailure failure) {
            return failed(issue, warnings, failure.getMessage());
        } catch (UnreadablePageException unreadable) {
            return failed(issue, warnings, inIssue(issue, unreadable.file()) + ": " + unreadable.getMessage());
        } catch (RuntimeException bug) {
            return failed(issue, warnings, "internal error: " + bug);
        }
    }

    private Path write(Issue issue, List<PageSource> sources, Path outRoot) throws IssueFailure {
        try {
            return pipeline.writer().write(issue, sources.stream().map(PageSource::file).toList(), outRoot);
        } catch (IOException e) {
            throw new IssueFailure("cannot write the package: " + e.getMessage());
        }
    }

    /** One page image: the file it is in and its index there, with its place in the issue. */
    record PageSource(Path file, int pageInFile, int sequence) {
    }

    private List<PageSource> pageSources(ScanIssue issue) throws UnreadablePageException, IssueFailure {
        if (issue.pageFiles().isEmpty()) {
            throw new IssueFailure(issue.folder() + ": folder holds no page images");
        }
        List<PageSource> sources = new ArrayList<>();
        for (Path file : issue.pageFiles()) {
            int count = pipeline.reader().pageCount(file);
            for (int i = 0; i < count; i++) {
                sources.add(new PageSource(file, i, sources.size() + 1));
            }
        }
        return sources;
    }

    private List<Page> processPages(ScanIssue issue, List<PageSource> sources, String language,
                                    ExecutorService pagePool, PageListener listener)
            throws UnreadablePageException, IssueFailure {
        List<Future<Page>> futures = new ArrayList<>();
        for (PageSource source : sources) {
            futures.add(pagePool.submit(() -> {
                try (ScannedPage scan = pipeline.reader().read(source.file(), source.pageInFile())) {
                    return processor.process(issue.id(), scan, source.sequence(), language, threadEngine.get());
                } finally {
                    listener.pageDone(issue, source.sequence());
                }
            }));
        }
        List<Page> pages = new ArrayList<>();
        try {
            for (Future<Page> future : futures) {
                pages.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IssueFailure("interrupted");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof UnreadablePageException unreadable) {
                throw unreadable;
            }
            throw new IssueFailure("page processing failed: " + e.getCause());
        }
        return pages;
    }

    /** The file as the archivist knows it: its issue folder and its name. */
    private static String inIssue(ScanIssue issue, Path file) {
        Path folder = issue.folder().getFileName();
        return file.startsWith(issue.folder()) && folder != null
                ? folder.resolve(issue.folder().relativize(file)).toString() : file.toString();
    }

    private static double meanConfidence(List<Page> pages) {
        return pages.stream().mapToDouble(Page::confidence).average().orElse(0);
    }

    private static IssueOutcome failed(ScanIssue issue, List<String> warnings, String error) {
        return new IssueOutcome(issue.id(), IssueOutcome.Status.FAILED, issue.pageFiles().size(), 0, warnings,
                List.of(error), Optional.empty());
    }

    @Override
    public void close() {
        engines.forEach(OcrEngine::close);
        engines.clear();
    }

    /** Told when a page is done (or failed), from any worker thread. */
    @FunctionalInterface
    public interface PageListener {
        void pageDone(ScanIssue issue, int sequence);
    }

    /** Why an issue could not be packaged, in words naming the file. */
    static final class IssueFailure extends Exception {
        IssueFailure(String message) {
            super(message);
        }
    }
}
