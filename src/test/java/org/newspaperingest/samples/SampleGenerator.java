package org.newspaperingest.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.pack.PackageWriter;

/**
 * Renders the sample issue, 朝阳报 No. 3683 of 2026-03-13, from the seed text: four tabloid pages that look
 * scanned, and the exact ground truth of what is on them as an {@link Issue}.
 *
 * <pre>{@code
 * SampleIssue sample = new SampleGenerator().generate(SampleSpec.of(SampleSpec.Variant.BOXED));
 * BufferedImage scan = sample.pages().get(0).image();   // 8-bit grey, skewed, noisy
 * Page truth = sample.truth().page(1);                  // blocks, lines, words, glyphs, rules, photo
 * sample.writeScanFolder(dir);                          // 0001.tif ... + issue.json
 * }</pre>
 *
 * Equal specs give byte-identical TIFFs and truth.
 */
public final class SampleGenerator {

    public static final String ISSUE_ID = "chaoyang-2026-03-13";
    public static final String TITLE = "朝阳报";
    public static final LocalDate DATE = LocalDate.of(2026, 3, 13);
    public static final String NUMBER = "3683";
    /** The instant written as file and package dates, so that regenerated samples are byte-identical. */
    public static final Instant FIXED_TIME = DATE.atTime(12, 0).toInstant(ZoneOffset.UTC);

    private final SeedText seed;

    public SampleGenerator() {
        this.seed = SeedText.load();
    }

    /** One rendered page: the scan as pixels and as TIFF bytes, named as it is in the scan folder. */
    public record RenderedPage(int sequence, String label, String fileName, BufferedImage image, byte[] tiff) {
    }

    /** A rendered issue with its ground truth. */
    public record SampleIssue(SampleSpec spec, Issue truth, List<RenderedPage> pages) {
        public SampleIssue {
            pages = List.copyOf(pages);
        }

        public RenderedPage page(int sequence) {
            return pages.get(sequence - 1);
        }

        /**
         * Writes the scan folder a user would ingest: {@code 0001.tif...} and {@code issue.json}; returns it.
         * File times are set to {@link #FIXED_TIME} so that packages made from them are reproducible.
         */
        public Path writeScanFolder(Path dir) throws IOException {
            Files.createDirectories(dir);
            // scans of an earlier run with more pages would otherwise join this issue
            try (var old = Files.list(dir)) {
                for (Path file : old.filter(f -> f.getFileName().toString().matches("\\d{4}\\.tif")).toList()) {
                    if (pages.stream().noneMatch(p -> p.fileName().equals(file.getFileName().toString()))) {
                        Files.delete(file);
                    }
                }
            }
            for (RenderedPage page : pages) {
                Path file = dir.resolve(page.fileName());
                Files.write(file, page.tiff());
                Files.setLastModifiedTime(file, FileTime.from(FIXED_TIME));
            }
            Path json = dir.resolve("issue.json");
            Files.writeString(json, issueJson(truth.metadata()), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(json, FileTime.from(FIXED_TIME));
            return dir;
        }

        /** The scan files in page order, as written by {@link #writeScanFolder}. */
        public List<Path> scanFiles(Path dir) {
            return pages.stream().map(p -> dir.resolve(p.fileName())).toList();
        }
    }

    /** Renders every page of the issue as the spec says. */
    public SampleIssue generate(SampleSpec spec) {
        return generate(spec, new int[0]);
    }

    /**
     * Renders only some pages, by printed page number (1 to 4), in the order of the issue; quicker for tests
     * that need one page. The pages rendered are numbered 1, 2... in the result (ids {@code P1_TB0001}...),
     * and the articles hold only the blocks on them. No numbers: every page.
     */
    public SampleIssue generate(SampleSpec spec, int... printedPages) {
        if (spec.variant() == SampleSpec.Variant.RANDOM) {
            if (printedPages.length > 0) {
                throw new IllegalArgumentException("a random issue is rendered whole (its stories jump between pages)");
            }
            return generateRandom(spec);
        }
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        for (int p : printedPages) {
            if (p < 1 || p > 4) {
                throw new IllegalArgumentException("the sample issue has pages 1 to 4, not " + p);
            }
            wanted.add(p);
        }
        IssueLayout layout = new IssueLayout(seed, spec);
        List<IssueLayout.PagePlan> plans = layout.plan();
        boolean missingPage2 = spec.variant() == SampleSpec.Variant.MISSING_PARTNER;
        List<RenderedPage> rendered = new ArrayList<>();
        List<TruthBuilder.PageTruth> truths = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (IssueLayout.PagePlan plan : plans) {
            if (missingPage2 && plan.number() == 2 || !wanted.isEmpty() && !wanted.contains(plan.number())) {
                continue;
            }
            int sequence = rendered.size() + 1;
            String label = String.valueOf(plan.number());
            IssueLayout.ComposedPage composed = layout.compose(plan);
            double skew = spec.skewOfPage(plan.number());
            PageRaster raster = new PageRaster(spec.scale(), skew);
            BufferedImage image = raster.render(composed.content(), spec.noise(), spec.seed() * 1000 + plan.number());
            byte[] tiff = GreyTiff.encode(image, spec.dpi());
            String fileName = String.format("%04d.tif", sequence);
            ImageFile file = new ImageFile(fileName, "image/tiff", tiff.length, sha256(tiff), 0, raster.width(),
                    raster.height(), spec.dpi(), spec.dpi(), 8, 1, GreyTiff.COMPRESSION);
            truths.add(TruthBuilder.page(sequence, label, composed.content(), raster, skew, file, settings(spec)));
            rendered.add(new RenderedPage(sequence, label, fileName, image, tiff));
            labels.add(label);
        }
        Map<String, Optional<String>> unresolved = new LinkedHashMap<>();
        if (missingPage2 && wanted.isEmpty()) {
            unresolved.put("lead", Optional.of("（下转二版）"));
            unresolved.put("civility", Optional.of("（下转二版）"));
        }
        List<String> notes = List.of(seed.masthead().stream().filter(l -> l.startsWith("农历")).findFirst().orElseThrow());
        IssueMetadata metadata = new IssueMetadata(TITLE, Optional.of(DATE), Optional.of(NUMBER), Optional.empty(),
                "zh-Hans", labels, notes);
        List<String> warnings = missingPage2 ? List.of("page 2 is missing from the issue") : List.of();
        Issue issue = new Issue(ISSUE_ID, metadata, truths.stream().map(TruthBuilder.PageTruth::page).toList(),
                TruthBuilder.articles(truths, seed::story, unresolved), warnings);
        return new SampleIssue(spec, issue, rendered);
    }

    /** A random issue ({@link RandomLayout}): two or three pages, every story as printed, no page missing. */
    private SampleIssue generateRandom(SampleSpec spec) {
        RandomLayout.Result layout = new RandomLayout(seed, spec).compose();
        List<RenderedPage> rendered = new ArrayList<>();
        List<TruthBuilder.PageTruth> truths = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (RandomLayout.PageOut plan : layout.pages()) {
            int sequence = plan.number();
            double skew = spec.skewOfPage(plan.number());
            PageRaster raster = new PageRaster(spec.scale(), skew);
            BufferedImage image = raster.render(plan.content(), layout.versos().get(plan.number()), spec.noise(),
                    spec.seed() * 1000 + plan.number());
            byte[] tiff = GreyTiff.encode(image, spec.dpi());
            String fileName = String.format("%04d.tif", sequence);
            ImageFile file = new ImageFile(fileName, "image/tiff", tiff.length, sha256(tiff), 0, raster.width(),
                    raster.height(), spec.dpi(), spec.dpi(), 8, 1, GreyTiff.COMPRESSION);
            truths.add(TruthBuilder.page(sequence, plan.label(), plan.content(), raster, skew, file, settings(spec)));
            rendered.add(new RenderedPage(sequence, plan.label(), fileName, image, tiff));
            labels.add(plan.label());
        }
        List<String> notes = List.of(seed.masthead().stream().filter(l -> l.startsWith("农历")).findFirst().orElseThrow());
        IssueMetadata metadata = new IssueMetadata(TITLE, Optional.of(DATE), Optional.of(NUMBER), Optional.empty(),
                "zh-Hans", labels, notes);
        Issue issue = new Issue(ISSUE_ID, metadata, truths.stream().map(TruthBuilder.PageTruth::page).toList(),
                TruthBuilder.articles(truths, key -> layout.stories().get(key), Map.of()), List.of());
        return new SampleIssue(spec, issue, rendered);
    }

    /**
     * Writes the sample as committed under {@code samples/}: the scan folder {@code <root>/chaoyang-2026-03-13/}
     * and its ground truth package {@code <root>/truth/chaoyang-2026-03-13/}, whose METS points at the scans
     * by relative path instead of copying them.
     *
     * @return the truth package folder
     */
    public Path writeSamples(SampleSpec spec, Path root) throws IOException {
        SampleIssue sample = generate(spec);
        Path scans = sample.writeScanFolder(root.resolve(ISSUE_ID));
        PackageWriter writer = new PackageWriter(PackageWriter.Images.REFERENCE, Clock.fixed(FIXED_TIME, ZoneOffset.UTC));
        return writer.write(sample.truth(), sample.scanFiles(scans), root.resolve("truth"));
    }

    static String issueJson(IssueMetadata m) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = mapper.createObjectNode();
        node.put("title", m.title());
        m.date().ifPresent(d -> node.put("date", d.toString()));
        m.number().ifPresent(n -> node.put("number", n));
        node.put("language", m.language());
        m.pageLabels().forEach(node.putArray("pageLabels")::add);
        try {
            return mapper.writeValueAsString(node).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> settings(SampleSpec spec) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("variant", spec.variant().name());
        s.put("dpi", String.valueOf(spec.dpi()));
        s.put("skew", String.valueOf(spec.skewDegrees()));
        s.put("noise", String.valueOf(spec.noise()));
        s.put("seed", String.valueOf(spec.seed()));
        return s;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
