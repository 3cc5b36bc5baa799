package org.newspaperingest.ocr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newspaperingest.eval.TextMetrics;
import org.newspaperingest.ingest.RegionsForOcr;
import org.newspaperingest.layout.Region;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Reads every ground-truth block of a sample issue with each OCR engine, inside the truth's own block
 * boxes (so layout errors do not count), and prints per page and engine the character error rate (NFKC,
 * whitespace ignored, as {@code eval} counts it) and the seconds spent reading, wall clock and CPU of the
 * reading thread (the CPU figure holds on a machine shared with other work).
 *
 * <p>A development tool beside the tests, not part of the jar (the OCR stage does not depend on the scoring
 * and package reading it uses). After {@code mvn -o package -DskipTests}, from the project root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newspaperingest.ocr.OcrBench \
 *     [--truth samples/truth/chaoyang-2026-03-13] [--scans samples/chaoyang-2026-03-13] \
 *     [--engines tesseract,paddle,tesseract=/path/to/other/tessdata] [--blocks]
 * </pre>
 *
 * {@code tesseract=DIR} reads with the Tesseract models in DIR, to compare model variants. {@code --blocks}
 * also prints each block's CER.
 */
public final class OcrBench {

    private OcrBench() {
    }

    public static void main(String[] args) throws IOException {
        Path truth = Path.of("samples/truth/chaoyang-2026-03-13");
        Path scans = null;
        List<String> engines = List.of(OcrEngines.TESSERACT, OcrEngines.PP_OCRV4);
        boolean perBlock = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--truth" -> truth = Path.of(value(args, ++i));
                case "--scans" -> scans = Path.of(value(args, ++i));
                case "--engines" -> engines = List.of(value(args, ++i).split(","));
                case "--blocks" -> perBlock = true;
                default -> {
                    System.err.println("OcrBench: unknown option " + args[i]
                            + " (options: --truth DIR --scans DIR --engines a,b --blocks)");
                    System.exit(2);
                }
            }
        }
        if (scans == null) {
            // samples/truth/<issue> beside samples/<issue>
            scans = truth.toAbsolutePath().getParent().getParent().resolve(truth.getFileName());
        }
        if (!Files.isRegularFile(truth.resolve("mets.xml"))) {
            System.err.println("OcrBench: no mets.xml in " + truth);
            System.exit(1);
        }
        OpenCvLoader.load();
        Issue issue = PackageReader.read(truth);
        run(issue, scans, engines, perBlock, System.out);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("OcrBench: " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    static void run(Issue issue, Path scans, List<String> engineNames, boolean perBlock, PrintStream out) {
        out.printf(Locale.ROOT, "%-40s %4s %7s %7s %8s %9s %9s%n", "engine", "page", "blocks", "chars", "CER", "s/page",
                "cpu s");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (String name : engineNames) {
            try (OcrEngine engine = open(name)) {
                double[] total = new double[4];
                for (Page page : issue.pages()) {
                    Path scan = scans.resolve(page.image().fileName());
                    Mat image = Imgcodecs.imread(scan.toString(), Imgcodecs.IMREAD_GRAYSCALE);
                    if (image.empty()) {
                        throw new IllegalStateException("cannot read scan " + scan);
                    }
                    double dpi = page.image().xResolution() > 0 ? page.image().xResolution() : 300;
                    long edits = 0;
                    long chars = 0;
                    long started = System.nanoTime();
                    long startedCpu = threads.getCurrentThreadCpuTime();
                    List<String> blockLines = new ArrayList<>();
                    for (TextBlock block : page.blocks()) {
                        String read = engine.read(image,
                                RegionsForOcr.of(new Region(block.type(), block.box(), block.direction())),
                                block.language(), dpi).stream().map(org.newspaperingest.model.Line::text)
                                .reduce("", String::concat);
                        int[] expected = TextMetrics.normalize(block.text()).codePoints().toArray();
                        int[] got = TextMetrics.normalize(read).codePoints().toArray();
                        int distance = TextMetrics.distance(expected, got);
                        edits += distance;
                        chars += expected.length;
                        if (perBlock) {
                            blockLines.add(String.format(Locale.ROOT, "    %-12s %-12s %5d %6.2f%%  %s | %s", block.id(),
                                    block.type().label(), expected.length, 100.0 * distance / Math.max(1, expected.length),
                                    abbreviate(block.text()), abbreviate(read)));
                        }
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    double cpu = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;
                    image.release();
                    out.printf(Locale.ROOT, "%-40s %4d %7d %7d %7.2f%% %9.1f %9.1f%n", name, page.sequence(),
                            page.blocks().size(), chars, 100.0 * edits / Math.max(1, chars), seconds, cpu);
                    blockLines.forEach(out::println);
                    total[0] += edits;
                    total[1] += chars;
                    total[2] += seconds;
                    total[3] += cpu;
                }
                totals.put(name, total);
                out.printf(Locale.ROOT, "%-40s %4s %7s %7d %7.2f%% %9.1f %9.1f  (per page: %.1f s, %.1f cpu s)%n", name,
                        "all", "", (long) total[1], 100 * total[0] / Math.max(1, total[1]), total[2], total[3],
                        total[2] / Math.max(1, issue.pages().size()), total[3] / Math.max(1, issue.pages().size()));
            }
        }
    }

    private static OcrEngine open(String name) {
        int equals = name.indexOf('=');
        if (equals > 0 && name.substring(0, equals).equals(OcrEngines.TESSERACT)) {
            return new TesseractEngine(Path.of(name.substring(equals + 1)));
        }
        return OcrEngines.create(name);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", "");
        return flat.length() <= 24 ? flat : flat.substring(0, 24) + "…";
    }
}
