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
import org.newspaperingest.structure.StoryOrder;

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
        Plan plan;
        List<Page> pages;
        try {
            plan = plan(issue);
            pages = readPages(plan, pagePool, listener);
        } catch (IssueFailure failure) {
            return failed(issue, List.of(), failure.getMessage());
        } catch (RuntimeException bug) {
            return failed(issue, List.of(), "internal error: " + bug);
        }
        return assemble(plan, pages, outRoot);
    }

    /*
     * The three steps of ingest, public for runs that read an issue's pages on other machines (the Spark
     * module): plan on one, readPage wherever each page is, assemble on one with all the pages.
     */

    /**
     * An issue's sidecar, the language its pages are read in, and its pages, counted.
     *
     * @param pages every page image of the issue in order, with its file and its index there
     */
    public record Plan(ScanIssue issue, IssueSidecar sidecar, String language, List<PageSource> pages) {
        public Plan {
            pages = List.copyOf(pages);
        }
    }

    /** One page image: the file it is in and its index there, with its place in the issue. */
    public record PageSource(Path file, int pageInFile, int sequence) {
    }

    /** The first step: reads the sidecar and counts the pages in each file. */
    public Plan plan(ScanIssue issue) throws IssueFailure {
        IssueSidecar sidecar = IssueMetadataSources.sidecar(issue);
        String language = IssueMetadataSources.beforeOcr(issue, sidecar).language();
        try {
            return new Plan(issue, sidecar, language, pageSources(issue));
        } catch (UnreadablePageException unreadable) {
            throw unreadable(issue, unreadable);
        }
    }

    /** One page decoded, laid out and read, with an engine the calling thread alone uses. */
    public Page readPage(ScanIssue issue, String language, PageSource source, OcrEngine engine) throws IssueFailure {
        try (ScannedPage scan = pipeline.reader().read(source.file(), source.pageInFile())) {
            return processor.process(issue.id(), scan, source.sequence(), language, engine);
        } catch (UnreadablePageException unreadable) {
            throw unreadable(issue, unreadable);
        } catch (IOException e) {
            throw new IssueFailure("page processing failed: " + e);
        }
    }

    /**
     * The last step: the issue's metadata, page labels and articles from all its pages, and its package
     * written. Never throws for bad input: a failure is an outcome naming the file and the reason.
     *
     * @param pages the plan's pages, read, in order
     */
    public IssueOutcome assemble(Plan plan, List<Page> pages, Path outRoot) {
        List<String> warnings = new ArrayList<>();
        pages.forEach(page -> warnings.addAll(page.warnings()));
        ScanIssue issue = plan.issue();
        try {
            warnings.addAll(emptyPages(pages));
            IssueMetadata metadata = IssueMetadataSources.afterOcr(issue, plan.sidecar(), pages, warnings);
            PageLabels.mismatch(pages, metadata).ifPresent(warnings::add);
            warnings.addAll(XmlUnsafeText.warnings(metadata, pages));
            List<Page> labelled = PageLabels.apply(pages, metadata);
            List<Article> articles = pipeline.articles().assemble(labelled);
            Issue result = new Issue(issue.id(), metadata, StoryOrder.apply(labelled, articles), articles, warnings);
            Path written = write(result, plan.pages(), outRoot, issue.source());
            return new IssueOutcome(issue.id(), IssueOutcome.Status.WRITTEN, labelled.size(),
                    meanConfidence(labelled), warnings, List.of(), Optional.of(written));
        } catch (IssueFailure failure) {
            return failed(issue, warnings, failure.getMessage());
        } catch (RuntimeException bug) {
            return failed(issue, warnings, "internal error: " + bug);
        }
    }

    /** A page that reads no word is kept, but never silently: a blank page, or ink the reader cannot see. */
    private static List<String> emptyPages(List<Page> pages) {
        List<String> warnings = new ArrayList<>();
        for (Page page : pages) {
            boolean noWord = page.blocks().stream().flatMap(b -> b.lines().stream()).allMatch(l -> l.words().isEmpty());
            if (noWord) {
                warnings.add("page " + page.sequence() + " (" + page.image().fileName() + "): no text was read (0 words);"
                        + " the page is kept as scanned, check it (a blank page, or ink that does not show in grey)");
            }
        }
        return warnings;
    }

    /** An issue that could not be packaged, for the reason given. */
    public static IssueOutcome failed(ScanIssue issue, List<String> warnings, String error) {
        return new IssueOutcome(issue.id(), IssueOutcome.Status.FAILED, issue.pageFiles().size(), 0, warnings,
                List.of(error), Optional.empty());
    }

    private Path write(Issue issue, List<PageSource> sources, Path outRoot, String sourceFolder) throws IssueFailure {
        try {
            return pipeline.writer().write(issue, sources.stream().map(PageSource::file).toList(), outRoot,
                    Optional.of(sourceFolder));
        } catch (IOException e) {
            throw new IssueFailure("cannot write the package: " + e.getMessage());
        }
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

    private List<Page> readPages(Plan plan, ExecutorService pagePool, PageListener listener) throws IssueFailure {
        List<Future<Page>> futures = new ArrayList<>();
        for (PageSource source : plan.pages()) {
            futures.add(pagePool.submit(() -> {
                try {
                    return readPage(plan.issue(), plan.language(), source, threadEngine.get());
                } finally {
                    listener.pageDone(plan.issue(), source.sequence());
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
            if (e.getCause() instanceof IssueFailure failure) {
                throw failure;
            }
            throw new IssueFailure("page processing failed: " + e.getCause());
        }
        return pages;
    }

    private static IssueFailure unreadable(ScanIssue issue, UnreadablePageException unreadable) {
        return new IssueFailure(inIssue(issue, unreadable.file()) + ": " + unreadable.getMessage());
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
    public static final class IssueFailure extends Exception {
        public IssueFailure(String message) {
            super(message);
        }
    }
}
