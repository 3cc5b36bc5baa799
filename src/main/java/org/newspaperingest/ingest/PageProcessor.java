package org.newspaperingest.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newspaperingest.layout.DebugOverlay;
import org.newspaperingest.layout.InkCoverage;
import org.newspaperingest.layout.LineLayoutAnalyzer;
import org.newspaperingest.layout.PageLayout;
import org.newspaperingest.layout.Region;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;
import org.newspaperingest.ocr.ChineseScript;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.ocr.PaddleLineDetector;
import org.newspaperingest.ocr.TextLayerEngine;
import org.newspaperingest.ocr.WordSegmenter;
import org.newspaperingest.preprocess.PreparedPage;
import org.newspaperingest.source.ScannedPage;

/** One page through preprocessing, layout analysis and OCR, into the model in the stored image's frame. */
final class PageProcessor {
    private static final String TRADITIONAL = "zh-Hant";
    /** Below this share of its text-like ink read into lines, a page's layout missed text. */
    static final double ENOUGH_INK_READ = 0.9;
    /**
     * Body type is some 3 mm high (Chinese 9 to 10.5 point): about 38 px at 300 dpi. Old and small papers
     * set smaller, so the estimate only tells a resolution that is wrong by far.
     */
    static final double DPI_PER_CHARACTER_PIXEL = 300 / 38.0;
    /** A recorded resolution this far from the type's is worth a warning. */
    static final double RESOLUTION_DOUBT = 1.8;

    /**
     * Body characters (as {@link InkCoverage#characterSize} measures them) smaller than this are below the
     * scale the layout's thresholds were proven at (200 to 300 dpi pages); such a page is enlarged.
     */
    static final double SMALL_CHARACTER_PIXELS = 20;
    /** The body character's size on a 300 dpi page (the sample issue's measures so), where layout works best. */
    static final double NORMAL_CHARACTER_PIXELS = 300 / DPI_PER_CHARACTER_PIXEL;
    /** Enlarging further only invents detail and costs memory. */
    static final double MAX_ENLARGEMENT = 4;

    private final Pipeline pipeline;

    PageProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    Page process(String issueId, ScannedPage scan, int sequence, String language, OcrEngine ocr) throws IOException {
        String where = "page " + sequence + " (" + scan.file().getFileName() + ")";
        List<String> warnings = new ArrayList<>(scan.warnings().stream().map(w -> "page " + sequence + ": " + w)
                .toList());
        double recorded = scan.facts().xResolution();
        PreparedPage provisional = pipeline.preprocessor().prepare(scan.grey(), recorded);
        InkCoverage ink = InkCoverage.of(provisional.binary());
        double typeDpi = ink.characterSize() * DPI_PER_CHARACTER_PIXEL;
        double dpi = recorded;
        if (recorded <= 0) {
            dpi = Math.round(typeDpi);
            warnings.add(where + ": read at about " + (int) dpi + " dpi, as its type size suggests");
        } else if (recorded > RESOLUTION_DOUBT * typeDpi || typeDpi > RESOLUTION_DOUBT * recorded) {
            warnings.add(where + ": the file records " + (int) recorded + " dpi, but its type size suggests about "
                    + (int) Math.round(typeDpi) + " dpi (layout by text lines follows the type)");
        }
        // a text layer's boxes are in the rendered page's own frame, and its type is never small there
        double scale = scan.textLayer().isEmpty() ? layoutScale(ink.characterSize()) : 1.0;
        PreparedPage normalised = provisional;
        if (scale > 1) {
            // the ink, not the header, says the type is small: lay the page out enlarged to the usual scale
            provisional.close();
            normalised = pipeline.preprocessor().prepareEnlarged(scan.grey(), dpi, scale);
            ink = InkCoverage.of(normalised.binary());
        } else if (dpi != recorded) {
            normalised = provisional.withScale(provisional.originalWidth(), provisional.originalHeight(), dpi, 1.0);
        }
        double readDpi = dpi * scale;
        try (PreparedPage prepared = normalised) {
            PageLayout layout = pipeline.layout().analyze(prepared);
            // A born-digital PDF page brings its own text: read from it, not recognised.
            boolean textLayer = !scan.textLayer().isEmpty();
            OcrEngine reader = textLayer
                    ? new TextLayerEngine(scan.textLayer(), prepared,
                    layout.regions().stream().map(RegionsForOcr::of).toList(), new WordSegmenter()) : ocr;
            List<Reading> readings = read(layout.regions(), prepared, language, reader, readDpi);
            double coverage = ink.share(layout.illustrations(), lineBoxes(readings));
            if (coverage < ENOUGH_INK_READ && !textLayer) {
                // the layout missed text: find every line on the page first, and keep whichever read more
                PageLayout byLines = new LineLayoutAnalyzer(PaddleLineDetector.shared())
                        .analyze(prepared, layout, ink.characterSize());
                List<Reading> lineReadings = read(byLines.regions(), prepared, language, ocr, readDpi);
                double lineCoverage = ink.share(byLines.illustrations(), lineBoxes(lineReadings));
                if (lineCoverage > coverage) {
                    layout = byLines;
                    readings = lineReadings;
                    coverage = lineCoverage;
                }
            }
            if (coverage < ENOUGH_INK_READ) {
                warnings.add(String.format(Locale.ROOT, "%s: only %.0f %% of the text-like ink was read into text"
                        + " lines; some text may be missing", where, 100 * coverage));
            }
            if (pipeline.debugDir().isPresent()) {
                Path png = pipeline.debugDir().get().resolve(String.format("%s-p%d.png", issueId, sequence));
                Files.createDirectories(png.getParent());
                DebugOverlay.write(prepared.grey(), layout, png);
            }
            String prefix = "P" + sequence + "_";
            List<TextClasses.Draft> drafts = new ArrayList<>();
            for (Reading reading : readings) {
                Region region = reading.region();
                TextClasses.Draft read = new TextClasses.Draft(region.type(), prepared.toOriginal(region.box()),
                        region.direction(), reading.lines().stream().map(line -> toOriginal(line, prepared)).toList(),
                        prepared.toOriginal(region.outline()), reading.language());
                if (read.text().isBlank()) {
                    continue; // a speck or a smudge layout took for text: nothing a reader could search
                }
                drafts.addAll(TextClasses.refine(read));
            }
            List<TextBlock> blocks = new ArrayList<>();
            for (TextClasses.Draft block : TextClasses.joinWrapped(drafts)) {
                String id = prefix + String.format("TB%04d", blocks.size() + 1);
                blocks.add(new TextBlock(id, block.type(), block.box(), block.direction(), block.language(),
                        block.lines(), block.outline()));
            }
            List<Rule> rules = new ArrayList<>();
            for (Box rule : layout.rules()) {
                rules.add(new Rule(prefix + String.format("GE%03d", rules.size() + 1), prepared.toOriginal(rule)));
            }
            List<Illustration> illustrations = new ArrayList<>();
            for (Box photo : layout.illustrations()) {
                illustrations.add(new Illustration(prefix + String.format("IL%03d", illustrations.size() + 1),
                        prepared.toOriginal(photo)));
            }
            return new Page(sequence, Optional.empty(), scan.facts(), scan.grey().cols(), scan.grey().rows(),
                    prepared.skewAngle(), blocks, rules, illustrations, reader.describe(), warnings);
        }
    }

    /**
     * How much to enlarge a page for layout analysis: by as much as brings its body characters to
     * {@link #NORMAL_CHARACTER_PIXELS} where they are under {@link #SMALL_CHARACTER_PIXELS}, else not at all.
     */
    static double layoutScale(double characterPixels) {
        if (characterPixels >= SMALL_CHARACTER_PIXELS) {
            return 1.0;
        }
        return Math.min(MAX_ENLARGEMENT, NORMAL_CHARACTER_PIXELS / characterPixels);
    }

    private record Reading(Region region, String language, List<Line> lines) {
    }

    /**
     * Every region read in the issue's language, then in traditional Chinese where the reading shows
     * traditional writing: the whole page when most of its text does (an issue catalogued as simplified
     * may carry a traditional page), else the regions that do (a heading or an advertisement). A masthead
     * is often set in traditional calligraphy on a simplified paper and says nothing about its page.
     */
    private static List<Reading> read(List<Region> regions, PreparedPage prepared, String language, OcrEngine ocr,
            double dpi) {
        List<Reading> readings = new ArrayList<>();
        for (Region region : regions) {
            readings.add(new Reading(region, language,
                    ocr.read(prepared.grey(), RegionsForOcr.of(region), language, dpi)));
        }
        if (ChineseScript.isTraditionalTag(language)) {
            return readings;
        }
        boolean traditionalPage = ChineseScript.looksTraditionalPage(readings.stream()
                .filter(r -> r.region().type() != BlockType.MASTHEAD).map(PageProcessor::text)
                .collect(Collectors.joining()));
        List<Reading> reread = new ArrayList<>();
        for (Reading reading : readings) {
            boolean traditional = traditionalPage || reading.region().type() != BlockType.MASTHEAD
                    && ChineseScript.looksTraditional(text(reading));
            reread.add(traditional ? new Reading(reading.region(), TRADITIONAL,
                    ocr.read(prepared.grey(), RegionsForOcr.of(reading.region()), TRADITIONAL, dpi)) : reading);
        }
        return reread;
    }

    private static List<Box> lineBoxes(List<Reading> readings) {
        return readings.stream().flatMap(r -> r.lines().stream()).map(Line::box).toList();
    }

    private static String text(Reading reading) {
        return reading.lines().stream().map(Line::text).collect(Collectors.joining());
    }

    /*
     * Boxes are mapped one by one: the enclosing box of a rotated box contains the enclosing boxes of the
     * rotated boxes inside it, so glyphs stay inside their words and words inside their lines.
     */
    private static Line toOriginal(Line line, PreparedPage prepared) {
        List<Word> words = line.words().stream().map(word -> new Word(word.text(), prepared.toOriginal(word.box()),
                word.confidence(), word.glyphs().stream()
                        .map(g -> new Glyph(g.text(), prepared.toOriginal(g.box()), g.confidence())).toList()))
                .toList();
        return new Line(prepared.toOriginal(line.box()), words);
    }
}
