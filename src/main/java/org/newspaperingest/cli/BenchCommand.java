package org.newspaperingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newspaperingest.batch.BatchReportWriter;
import org.newspaperingest.batch.ChildJvm;
import org.newspaperingest.pack.Folders;
import org.newspaperingest.source.ScanIssue;
import org.newspaperingest.source.ScanTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newspaper-ingest bench}: pages per minute and peak memory of a whole ingest on 1 and 2 threads,
 * over a batch made of the sample issue repeated, and the same pages through the plain {@code tesseract}
 * command for comparison. Each configuration runs as its own Java process, so its peak resident memory
 * (VmHWM) is its own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures ingest speed (pages/min) and peak memory on 1 and 2 threads, against plain tesseract.",
        description = "Runs each configuration as a Java process of its own over a batch of the sample issue"
                + " repeated, and the same pages through the plain tesseract command when it is installed.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Folder holding the sample issue (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--copies", defaultValue = "10", description = "Copies of the sample issue in the batch (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the batch and its output (default: a temporary folder, removed afterwards).")
    Path work;

    @Option(names = "--engine", paramLabel = "NAME", description = "OCR engine for the ingest runs (default: ingest's default).")
    String engine;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx for each measured run, e.g. 2g (default: Java's own choice).")
    String childHeap;

    @Override
    public Integer call() throws Exception {
        Optional<ScanIssue> sample = ScanTree.scan(samples).issues().stream().findFirst();
        if (sample.isEmpty()) {
            System.err.println("bench: no issue folder with page images under " + samples
                    + " (make them first, from a checkout: bin/newspaper-ingest samples)");
            return 1;
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("newspaper-ingest-bench") : Files.createDirectories(work);
        try {
            Path scans = makeBatch(sample.get(), dir.resolve("scans"));
            List<Path> pageFiles = new ArrayList<>();
            for (ScanIssue issue : ScanTree.scan(scans).issues()) {
                pageFiles.addAll(issue.pageFiles());
            }
            System.out.printf(Locale.ROOT, "Batch: %d copies of %s, %d page files, in %s%n", copies, sample.get().id(),
                    pageFiles.size(), scans);
            Optional<String> tesseract = findOnPath("tesseract");

            List<String> rows = new ArrayList<>();
            boolean allOk = true;
            for (int n : threads) {
                Run run = measure(scans, dir.resolve("out-" + n + "-threads"), n);
                allOk &= run.exitStatus() == 0;
                String versus = "";
                if (tesseract.isPresent()) {
                    double plain = tesseractSeconds(tesseract.get(), pageFiles, n);
                    versus = plain > 0 ? String.format(Locale.ROOT, "%.2f× (tesseract %.1f s)", run.seconds() / plain, plain)
                            : "tesseract failed";
                }
                rows.add(String.format(Locale.ROOT, "%7d  %5d  %8.1f  %9.1f  %12s  %s", n, run.pages(), run.seconds(),
                        run.pages() / (run.seconds() / 60), run.peakRss().map(kb -> (kb / 1024) + " MiB").orElse("n/a"),
                        versus + (run.exitStatus() == 0 ? "" : "  [ingest exit status " + run.exitStatus() + "]")));
            }
            System.out.println();
            System.out.println("threads  pages    wall s  pages/min  peak RSS      time vs plain tesseract CLI (chi_sim, same threads)");
            rows.forEach(System.out::println);
            System.out.println(tesseract.isPresent()
                    ? "\nTesseract: " + tesseract.get() + " -l chi_sim, OMP_THREAD_LIMIT=1, as many processes at once as threads;"
                      + " a ratio above 1 means the full ingest takes that many times as long as plain OCR."
                    : "\nTesseract: no tesseract binary on PATH; no comparison made.");
            return allOk ? 0 : 1;
        } finally {
            if (temporary) {
                Folders.deleteTree(dir);
            }
        }
    }

    record Run(int exitStatus, int pages, double seconds, Optional<Long> peakRss) {
    }

    private Run measure(Path scans, Path out, int n) throws IOException, InterruptedException {
        Path peakFile = out.resolveSibling(out.getFileName() + ".peak");
        List<String> jvm = new ArrayList<>();
        if (childHeap != null) {
            jvm.add("-Xmx" + childHeap);
        }
        jvm.add("-D" + MeasuredRun.PEAK_FILE_PROPERTY + "=" + peakFile);
        List<String> ingest = new ArrayList<>(List.of("ingest", scans.toString(), "--out", out.toString(),
                "--threads", String.valueOf(n), "--force"));
        if (engine != null) {
            ingest.addAll(List.of("--engine", engine));
        }
        ProcessBuilder child = ChildJvm.builder(MeasuredRun.class.getName(), jvm, ingest);
        child.environment().put("OMP_THREAD_LIMIT", "1");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        child.redirectErrorStream(true).redirectOutput(log.toFile());
        System.out.printf(Locale.ROOT, "Ingesting on %d thread%s ...%n", n, n == 1 ? "" : "s");
        long start = System.nanoTime();
        int status = child.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            List<String> lines = Files.readAllLines(log);
            System.out.println("  the ingest ended with status " + status + "; its last lines:");
            lines.subList(Math.max(0, lines.size() - 8), lines.size()).forEach(l -> System.out.println("  | " + l));
        }
        int pages = 0;
        Path report = out.resolve(BatchReportWriter.JSON_FILE);
        if (Files.exists(report)) {
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            pages = json.at("/totals/pagesWritten").asInt();
        }
        Optional<Long> peak = Files.exists(peakFile) ? Optional.of(Long.parseLong(Files.readString(peakFile).trim()))
                : Optional.empty();
        return new Run(status, pages, seconds, peak);
    }

    /** Wall time of plain tesseract over the pages, {@code processes} at a time, one OpenMP thread each. */
    private static double tesseractSeconds(String tesseract, List<Path> pages, int processes)
            throws InterruptedException {
        System.out.printf(Locale.ROOT, "Plain tesseract on %d process%s ...%n", processes, processes == 1 ? "" : "es");
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> runs = new ArrayList<>();
            for (Path page : pages) {
                runs.add(pool.submit(() -> {
                    ProcessBuilder pb = new ProcessBuilder(tesseract, page.toString(), "stdout", "-l", "chi_sim");
                    pb.environment().put("OMP_THREAD_LIMIT", "1");
                    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                    return pb.start().waitFor();
                }));
            }
            for (Future<Integer> run : runs) {
                if (run.get() != 0) {
                    return -1;
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (java.util.concurrent.ExecutionException e) {
            return -1;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sample issue's folder copied {@code copies} times, each copy an issue of its own. */
    private Path makeBatch(ScanIssue sample, Path scans) throws IOException {
        for (int i = 1; i <= copies; i++) {
            Path copy = Files.createDirectories(scans.resolve(String.format(Locale.ROOT, "%s-copy%02d", sample.id(), i)));
            for (Path page : sample.pageFiles()) {
                Files.copy(page, copy.resolve(page.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (sample.sidecar().isPresent()) {
                Files.copy(sample.sidecar().get(), copy.resolve(ScanTree.SIDECAR_NAME),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return scans;
    }

    private static Optional<String> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The measured child process: runs a command line of the tool, then records its own peak resident
     * memory (VmHWM from /proc/self/status, in KiB) in the file named by a system property.
     */
    public static final class MeasuredRun {
        static final String PEAK_FILE_PROPERTY = "newspaperingest.peakFile";

        private MeasuredRun() {
        }

        public static void main(String[] args) throws IOException {
            int status = Main.run(args);
            String peakFile = System.getProperty(PEAK_FILE_PROPERTY);
            Path proc = Path.of("/proc/self/status");
            if (peakFile != null && Files.isReadable(proc)) {
                for (String line : Files.readAllLines(proc)) {
                    if (line.startsWith("VmHWM:")) {
                        Files.writeString(Path.of(peakFile), line.replaceAll("\\D", ""));
                    }
                }
            }
            System.exit(status);
        }
    }
}
