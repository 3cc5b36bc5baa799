package org.newspaperingest.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.newspaperingest.eval.EvalReport;
import org.newspaperingest.eval.Evaluator;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.ingest.Pipeline;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.source.PageImageReader;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.newspaperingest.structure.RuleGridArticleAssembler;
import org.newspaperingest.structure.StoryOrder;

/**
 * The article figures of issue #12 over random issues ({@link SampleSpec.Variant#RANDOM}) read back from their
 * packages: each true story one METS ARTICLE holding it with article CER under 5 %, no article mixing two
 * stories, every continued story joined, every headline the ARTICLE's label. Each problem names its seed.
 *
 * <pre>
 * java ... RandomIssueFigures ocr WORK SEED...          # render, ingest (default engine), report; packages kept in WORK
 * java ... RandomIssueFigures reassemble WORK SEED...   # the same packages' pages, articles assembled again by this build
 * java ... RandomIssueFigures text WORK SEED...         # as ocr, but each page's true characters stand in for OCR
 * java -Ddebug ... RandomIssueFigures ocr|text ...      # with layout overlays in WORK/seedN/debug
 * java -Dverbose ... RandomIssueFigures ...              # each misread story's blocks, true and found
 * </pre>
 *
 * The second form gives the figures of another assembler on the very same layout and OCR output. The third
 * measures layout and articles alone, several times faster than with OCR: each page is ingested as a
 * born-digital page whose text layer holds the truth's characters, so every region layout finds reads exactly
 * the characters inside it ({@code ocr.TextLayerEngine}) and what is lost is lost by layout or assembly.
 */
final class RandomIssueFigures {

    /** Article CER under which a story counts as read. */
    static final double CER = 0.05;
    /** How far an OCR'd label may differ from the headline (a misread character in a long headline). */
    static final double LABEL_CER = 0.10;
    /** Page CER in reading order under which a page counts as read in order. */
    static final double PAGE_CER = 0.03;

    int issues;
    int stories;
    int exact;
    int split;
    int mixes;
    int continued;
    int joined;
    int labels;
    int pages;
    int pagesInOrder;
    double pageCerSum;
    final List<String> problems = new ArrayList<>();

    /** The 300 dpi, light noise scan of a random issue: what the quality tests ingest. */
    static SampleSpec spec(long seed) {
        return SampleSpec.STANDARD.withVariant(SampleSpec.Variant.RANDOM).withSeed(seed);
    }

    void add(long seed, Issue truth, Issue candidate) {
        issues++;
        ArticleStructure structure = new ArticleStructure(truth, candidate);
        for (ArticleStructure.Finding f : structure.stories()) {
            stories++;
            String title = f.truthArticle().title();
            if (f.candidates().size() > 1) {
                split++;
            }
            boolean one = f.exactlyOne() && f.candidates().get(0).kind() == Article.Kind.ARTICLE;
            double cer = one ? Scores.of(ArticleStructure.words(truth, f.truthArticle()),
                    ArticleStructure.words(candidate, f.candidates().get(0))).cer() : 1;
            if (one && cer < CER) {
                exact++;
            } else {
                problems.add(String.format(Locale.ROOT, "seed %d: \"%s\" is %s%s", seed, title, f.candidateLabels(),
                        one ? String.format(Locale.ROOT, " (CER %.1f %%)", 100 * cer) : ""));
                if (one && System.getProperty("verbose") != null) {
                    problems.add("    truth:    " + blocks(truth, f.truthArticle()));
                    problems.add("    candidate: " + blocks(candidate, f.candidates().get(0)));
                }
            }
            if (f.truthPages().size() > 1) {
                continued++;
                if (f.joined()) {
                    joined++;
                } else {
                    problems.add("seed " + seed + ": \"" + title + "\" not joined over pages " + f.truthPages());
                }
            }
            if (one && labelMatches(title, f.candidates().get(0).title())) {
                labels++;
            } else if (one) {
                problems.add("seed " + seed + ": label \"" + f.candidates().get(0).title() + "\" for \"" + title + "\"");
            }
        }
        for (ArticleStructure.Mix mix : structure.mixes()) {
            mixes++;
            problems.add("seed " + seed + ": " + mix);
        }
        for (EvalReport.PageScore page : Evaluator.evaluate(truth, candidate).pages()) {
            double cer = page.scores().cer();
            pages++;
            pageCerSum += cer;
            if (cer <= PAGE_CER) {
                pagesInOrder++;
            } else {
                problems.add(String.format(Locale.ROOT, "seed %d: page %d CER in reading order %.1f %%", seed,
                        page.page(), 100 * cer));
            }
        }
    }

    /** The article's text blocks in METS order, each as its class and first characters (-Dverbose). */
    private static String blocks(Issue issue, Article article) {
        List<String> out = new ArrayList<>();
        for (org.newspaperingest.model.BlockRef ref : ArticleStructure.textRefs(article)) {
            issue.block(ref).ifPresent(b -> out.add("p" + ref.page() + " " + b.type().label() + " "
                    + b.text().substring(0, Math.min(12, b.text().length()))));
        }
        return String.join(" | ", out);
    }

    static boolean labelMatches(String headline, String label) {
        String truth = headline.replaceAll("\\s", "");
        String found = label == null ? "" : label.replaceAll("\\s", "");
        return Scores.of(List.of(truth), List.of(found)).cer() <= LABEL_CER;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d issues, %d stories: %d one ARTICLE with CER < 5 %% (%.1f %%), %d split,"
                        + " %d articles mixing stories, %d of %d continued joined, %d of %d labels; %d of %d pages in"
                        + " reading order with CER <= 3 %% (mean %.1f %%)%s",
                issues, stories, exact, 100.0 * exact / Math.max(1, stories), split, mixes, joined, continued, labels,
                stories, pagesInOrder, pages, 100 * pageCerSum / Math.max(1, pages), problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems));
    }

    /** Layout overlays under WORK/seedN/debug when the system property {@code debug} is set. */
    private static Optional<Path> debug(Path dir) {
        return System.getProperty("debug") == null ? Optional.empty() : Optional.of(dir.resolve("debug"));
    }

    /** The pipeline with each scan carrying its true characters as a text layer, read instead of OCR. */
    static Pipeline withTrueText(Pipeline pipeline, SampleGenerator.SampleIssue sample) {
        Map<String, List<Glyph>> glyphs = new HashMap<>();
        for (SampleGenerator.RenderedPage page : sample.pages()) {
            glyphs.put(page.fileName(), sample.truth().pages().stream()
                    .filter(p -> p.sequence() == page.sequence()).flatMap(p -> p.blocks().stream())
                    .flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())
                    .flatMap(w -> w.glyphs().stream()).toList());
        }
        PageImageReader scans = pipeline.reader();
        PageImageReader withText = file -> scans.read(file).stream()
                .map(scan -> new ScannedPage(scan.file(), scan.facts(), scan.grey(), scan.warnings(),
                        glyphs.getOrDefault(file.getFileName().toString(), List.of())))
                .toList();
        return new Pipeline(withText, pipeline.preprocessor(), pipeline.layout(), pipeline.ocrEngines(),
                pipeline.articles(), pipeline.writer(), pipeline.debugDir());
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[1]);
        if (args[0].equals("blocks")) {
            // what layout and OCR gave, block by block, and the articles assembled from it
            Issue read = PackageReader.read(work.resolve("seed" + args[2]).resolve("out").resolve(SampleGenerator.ISSUE_ID));
            for (org.newspaperingest.model.Page page : read.pages()) {
                page.blocks().forEach(b -> System.out.println("p" + page.sequence() + " " + b.id() + " " + b.type() + " "
                        + b.box() + " " + b.text().substring(0, Math.min(60, b.text().length()))));
            }
            for (Article a : new RuleGridArticleAssembler().assemble(read.pages())) {
                System.out.println(a.id() + " " + a.kind() + " \"" + a.title() + "\" " + a.allRefs());
            }
            return;
        }
        RandomIssueFigures figures = new RandomIssueFigures();
        SampleGenerator generator = new SampleGenerator();
        for (int i = 2; i < args.length; i++) {
            long seed = Long.parseLong(args[i]);
            Path dir = work.resolve("seed" + seed);
            Issue truth;
            Issue candidate;
            if (args[0].equals("text")) {
                Files.createDirectories(dir);
                SampleGenerator.SampleIssue sample = generator.generate(spec(seed));
                QualityRun run = QualityRun.ingest(sample, Pipelines.DEFAULT_ENGINE, dir, debug(dir), 1,
                        pipeline -> withTrueText(pipeline, sample));
                truth = run.truth();
                candidate = run.candidate();
                System.out.printf(Locale.ROOT, "seed %d: %d pages in %.0f s%n", seed, truth.pages().size(), run.wallSeconds());
            } else if (args[0].equals("ocr")) {
                Files.createDirectories(dir);
                QualityRun run = QualityRun.ingest(spec(seed), Pipelines.DEFAULT_ENGINE, dir, debug(dir), 1);
                truth = run.truth();
                candidate = run.candidate();
                System.out.printf(Locale.ROOT, "seed %d: %d pages in %.0f s%n", seed, truth.pages().size(), run.wallSeconds());
            } else {
                truth = generator.generate(spec(seed)).truth();
                Issue read = PackageReader.read(dir.resolve("out").resolve(SampleGenerator.ISSUE_ID));
                List<Article> articles = new RuleGridArticleAssembler().assemble(read.pages());
                candidate = new Issue(read.id(), read.metadata(), StoryOrder.apply(read.pages(), articles), articles,
                        read.warnings());
            }
            figures.add(seed, truth, candidate);
        }
        System.out.println(figures.summary());
    }
}
