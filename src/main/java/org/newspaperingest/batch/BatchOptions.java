package org.newspaperingest.batch;

import java.nio.file.Path;

/**
 * What a batch run is asked to do.
 *
 * @param scanRoot       the folder tree holding the issue folders
 * @param outDir         where packages, {@code report.json} and {@code report.html} go; nothing is written
 *                       anywhere else
 * @param threads        pages decoded and recognised at once, across issues
 * @param force          redo issues whose package is already complete
 * @param progressBar    draw a progress bar (for a terminal) rather than log a line per issue
 */
public record BatchOptions(Path scanRoot, Path outDir, int threads, boolean force, boolean progressBar) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        scanRoot = scanRoot.toAbsolutePath().normalize();
        outDir = outDir.toAbsolutePath().normalize();
    }

    /** One thread per core, no forcing, a progress bar only when the output is a terminal. */
    public static BatchOptions of(Path scanRoot, Path outDir) {
        return new BatchOptions(scanRoot, outDir, Runtime.getRuntime().availableProcessors(), false,
                System.console() != null);
    }

    public BatchOptions withThreads(int newThreads) {
        return new BatchOptions(scanRoot, outDir, newThreads, force, progressBar);
    }

    public BatchOptions withForce(boolean newForce) {
        return new BatchOptions(scanRoot, outDir, threads, newForce, progressBar);
    }

    public BatchOptions withProgressBar(boolean newProgressBar) {
        return new BatchOptions(scanRoot, outDir, threads, force, newProgressBar);
    }

    /**
     * Issues worked on at once: enough to keep every thread busy while one issue is being packed, few
     * enough that only a handful of issues' pages are ever in memory.
     */
    int issuesInFlight() {
        return Math.max(2, Math.min(threads, 4));
    }
}
