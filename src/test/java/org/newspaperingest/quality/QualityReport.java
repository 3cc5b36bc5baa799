package org.newspaperingest.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newspaperingest.eval.EvalReport;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleGenerator.SampleIssue;
import org.newspaperingest.samples.SampleSpec;

/**
 * Measures the figures of {@code docs/quality.md}: one run of the real pipeline (or of the plain
 * {@code tesseract} command) over a rendered sample issue, printed as Markdown tables.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.newspaperingest.quality.QualityReport \
 *     pages|articles|both|tesseract-cli [--engine paddle|tesseract] [--variant NAME] [--dpi N] [--noise X]
 *     [--seed N] [--skew DEG] [--pages 1,3] [--work DIR] [--debug DIR]
 * </pre>
 *
 * {@code pages}: page CER in reading order, bag-of-characters F1 and CPU seconds per page; {@code articles}:
 * the per-article table in METS order and how the true stories were grouped; {@code tesseract-cli}: the
 * plain {@code tesseract PAGE - -l chi_sim --psm 3} (or {@code chi_tra} for traditional pages) on each whole
 * page, timed by {@code /usr/bin/time}, scored against the page's true text.
 */
public final class QualityReport {

    private QualityReport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: QualityReport pages|articles|both|tesseract-cli [--engine E] [--variant V] [--dpi N]"
                    + " [--noise X] [--seed N] [--skew DEG] [--pages 1,3] [--work DIR] [--debug DIR]");
            System.exit(2);
        }
        if (args[0].equals("score-texts")) {
            scoreTexts(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Options options = Options.parse(args);
        switch (args[0]) {
            case "pages" -> pages(options, ingest(options));
            case "articles" -> articles(options, ingest(options));
            case "both" -> {
                QualityRun run = ingest(options);
                pages(options, run);
                System.out.println();
                articles(options, run);
            }
            case "tesseract-cli" -> tesseractCli(options);
            default -> {
                System.err.println("unknown measurement " + args[0]);
                System.exit(2);
            }
        }
    }

    private static QualityRun ingest(Options options) {
        // one page worker: the CPU seconds per page in docs/quality.md are of pages read on their own
        return QualityRun.ingest(options.spec, options.engine, options.work, options.debug, 1, options.pages);
    }

    private static void pages(Options options, QualityRun run) {
        EvalReport report = run.evaluate();
        System.out.println(heading(options) + ", engine " + options.engine);
        System.out.println();
        System.out.println("| page | label | truth chars | page CER (reading order) | bag-of-chars F1 | CPU s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (EvalReport.PageScore page : report.pages()) {
            Scores s = page.scores();
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f%% | %.4f | %.1f |%n", page.page(), page.label(),
                    s.truthChars(), 100 * s.cer(), s.bagF1(), run.pageCpuSeconds().get(page.page() - 1));
        }
        Scores total = report.total();
        double cpu = run.pageCpuSeconds().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "| all | | %d | %.2f%% | %.4f | %.1f per page |%n", total.truthChars(),
                100 * total.cer(), total.bagF1(), cpu / report.pages().size());
        System.out.printf(Locale.ROOT, "%nwall %.1f s for %d pages (machine shared with other work)%n",
                run.wallSeconds(), report.pages().size());
        for (Page page : run.candidate().pages()) {
            System.out.printf(Locale.ROOT, "page %d ALTO: %s%n", page.sequence(), AltoLines.describe(run.altoFile(page.sequence())));
        }
        System.out.println("package: " + run.packageDir());
    }

    private static void articles(Options options, QualityRun run) {
        EvalReport report = run.evaluate();
        System.out.println(heading(options) + ", engine " + options.engine);
        System.out.println();
        System.out.println("| true article | matched package article | truth chars | CER in METS order | bag F1 |");
        System.out.println("|---|---|---:|---:|---:|");
        for (EvalReport.ArticleScore a : report.articles()) {
            System.out.printf(Locale.ROOT, "| %s %s | %s | %d | %.2f%% | %.4f |%n", a.truthId(), a.truthTitle(),
                    a.matchedId() == null ? "—" : a.matchedId() + " " + a.matchedTitle(), a.scores().truthChars(),
                    100 * a.scores().cer(), a.scores().bagF1());
        }
        ArticleStructure structure = new ArticleStructure(run.truth(), run.candidate());
        System.out.println();
        System.out.println("| true story | pages | package articles holding its text | exactly one | joined |");
        System.out.println("|---|---|---|---|---|");
        for (ArticleStructure.Finding f : structure.stories()) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", f.truthArticle().title(), f.truthPages(),
                    f.candidateLabels(), f.exactlyOne() ? "yes" : "NO",
                    f.truthPages().size() < 2 ? "n/a" : f.joined() ? "yes" : "NO");
        }
        System.out.println();
        List<ArticleStructure.Mix> mixes = structure.mixes();
        System.out.println(mixes.isEmpty() ? "No package article mixes two true articles."
                : "Package articles mixing true articles:");
        mixes.forEach(m -> System.out.println("- " + m));
        System.out.printf(Locale.ROOT, "%nwall %.1f s; package: %s%n", run.wallSeconds(), run.packageDir());
    }

    private static void tesseractCli(Options options) throws IOException, InterruptedException {
        SampleIssue sample = new SampleGenerator().generate(options.spec, options.pages);
        Path scans = sample.writeScanFolder(options.work.resolve("scans"));
        boolean traditional = options.spec.variant() == SampleSpec.Variant.VERTICAL_TRADITIONAL;
        System.out.println(heading(options) + ", plain tesseract " + (traditional ? "-l chi_sim (page 3: chi_tra)" : "-l chi_sim")
                + " --psm 3, OMP_THREAD_LIMIT=1");
        System.out.println();
        TesseractTable table = new TesseractTable();
        Issue truth = sample.truth();
        for (Page page : truth.pages()) {
            Path tif = scans.resolve(sample.page(page.sequence()).fileName());
            boolean vertical = traditional && page.label().orElse("").equals("3");
            Path times = options.work.resolve("time-" + page.sequence() + ".txt");
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-f", "%U %S %e", "-o", times.toString(),
                    "tesseract", tif.toString(), "-", "-l", vertical ? "chi_tra" : "chi_sim", "--psm", "3");
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = pb.start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            String[] t = Files.readString(times).trim().split("\\s+");
            table.row(page, text, Double.parseDouble(t[0]) + Double.parseDouble(t[1]), t[2]);
        }
        table.total();
    }

    /**
     * Scores texts read outside this program (the {@code tesseract} command on the committed scans) against a
     * ground-truth package: {@code DIR/NNNN.txt} per page, with {@code DIR/NNNN.time} from
     * {@code /usr/bin/time -f "NNNN user %U sys %S wall %e"}.
     */
    private static void scoreTexts(Path truthPackage, Path dir) throws IOException {
        Issue truth = org.newspaperingest.pack.PackageReader.read(truthPackage);
        TesseractTable table = new TesseractTable();
        for (Page page : truth.pages()) {
            String name = String.format("%04d", page.sequence());
            String text = Files.readString(dir.resolve(name + ".txt"));
            String[] t = Files.readString(dir.resolve(name + ".time")).trim().split("\\s+");
            table.row(page, text, Double.parseDouble(t[2]) + Double.parseDouble(t[4]), t[6]);
        }
        table.total();
    }

    /** The page table of texts read by the plain {@code tesseract} command, printed row by row, then summed. */
    private static final class TesseractTable {
        private final List<Scores> all = new ArrayList<>();
        private double cpuSum;

        TesseractTable() {
            System.out.println("| page | label | truth chars | page CER | bag-of-chars F1 | CPU s (user+sys) | wall s |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        }

        void row(Page page, String text, double cpu, String wall) {
            Scores s = Scores.of(List.of(page.text()), List.of(text));
            all.add(s);
            cpuSum += cpu;
            System.out.printf(Locale.ROOT, "| %d | %s | %d | %.2f%% | %.4f | %.1f | %s |%n", page.sequence(),
                    page.label().orElse(""), s.truthChars(), 100 * s.cer(), s.bagF1(), cpu, wall);
        }

        void total() {
            Scores total = Scores.sum(all);
            System.out.printf(Locale.ROOT, "| all | | %d | %.2f%% | %.4f | %.1f per page | |%n", total.truthChars(),
                    100 * total.cer(), total.bagF1(), cpuSum / all.size());
        }
    }

    private static String heading(Options o) {
        SampleSpec s = o.spec;
        return String.format(Locale.ROOT, "%s, %d dpi, noise %.2f, skew %.2f, seed %d%s", s.variant(), s.dpi(),
                s.noise(), s.skewDegrees(), s.seed(),
                o.pages.length == 0 ? "" : ", pages " + java.util.Arrays.toString(o.pages));
    }

    private record Options(SampleSpec spec, String engine, int[] pages, Path work, Optional<Path> debug) {
        static Options parse(String[] args) throws IOException {
            SampleSpec spec = SampleSpec.STANDARD;
            String engine = "paddle";
            int[] pages = new int[0];
            Path work = null;
            Optional<Path> debug = Optional.empty();
            for (int i = 1; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--engine" -> engine = value;
                    case "--variant" -> spec = spec.withVariant(SampleSpec.Variant.ofName(value));
                    case "--dpi" -> spec = spec.withDpi(Integer.parseInt(value));
                    case "--noise" -> spec = spec.withNoise(Double.parseDouble(value));
                    case "--seed" -> spec = spec.withSeed(Long.parseLong(value));
                    case "--skew" -> spec = spec.withSkew(Double.parseDouble(value));
                    case "--pages" -> pages = java.util.Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--work" -> work = Path.of(value);
                    case "--debug" -> debug = Optional.of(Path.of(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (work == null) {
                work = Files.createTempDirectory("quality-");
            }
            Files.createDirectories(work);
            return new Options(spec, engine, pages, work, debug);
        }
    }
}
