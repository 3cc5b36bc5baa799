package org.newspaperingest.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.pack.AccessImageFormat;
import org.newspaperingest.pack.MetsWriter;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageLayout.PackageFile;
import org.newspaperingest.pack.PackageLayout;
import org.newspaperingest.pdfa.SearchablePdfFormat;
import org.newspaperingest.profile.PackageProfile;

/**
 * An IIIF Presentation 3 manifest of the issue ({@code manifest.json}), for IIIF viewers such as Mirador:
 * one Canvas per page at the page's pixel size, painted with its access JPEG (or with an IIIF Image
 * service's image), its ALTO linked with {@code seeAlso}; the issue's metadata; and one Range per article,
 * labelled with its headline, whose items are the canvas regions ({@code #xywh=}) of its blocks, across
 * pages for a continued story.
 *
 * <p>IDs are the package's own paths under {@code baseUrl} (where the output folder is published, e.g.
 * {@code https://library.example/newspapers/}), or relative to the manifest without one.
 */
public final class IiifManifestFormat implements OutputFormat {

    public static final String NAME = "iiif";
    public static final String USE = "IIIF";
    public static final String FILE = "manifest.json";
    public static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
    public static final String ALTO_PROFILE = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Optional<String> baseUrl;
    private final Optional<String> imageService;

    /**
     * @param baseUrl      where the output folder is published; the issue's files are under {@code <baseUrl>/<issue-id>/}
     * @param imageService an IIIF Image API 3 service whose identifiers are {@code <issue-id>-0001}...: pages are
     *                     painted from it instead of from the access JPEGs
     */
    public IiifManifestFormat(Optional<String> baseUrl, Optional<String> imageService) {
        this.baseUrl = baseUrl.map(IiifManifestFormat::withSlash);
        this.imageService = imageService.map(IiifManifestFormat::withSlash);
    }

    public IiifManifestFormat() {
        this(Optional.empty(), Optional.empty());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String use() {
        return USE;
    }

    @Override
    public String idPrefix() {
        return "IIIF";
    }

    @Override
    public List<OutputFile> write(Issue issue, PackageSoFar written) throws IOException {
        byte[] json = JSON.writeValueAsBytes(manifest(issue, written.layout()));
        return List.of(new OutputFile(OutputFile.WHOLE_ISSUE, FILE, "application/ld+json", json));
    }

    ObjectNode manifest(Issue issue, PackageLayout files) {
        String base = baseUrl.map(b -> b + segment(issue.id()) + "/").orElse("");
        String language = language(issue.metadata().language());
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("@context", CONTEXT);
        manifest.put("id", base + FILE);
        manifest.put("type", "Manifest");
        manifest.set("label", text(language, label(issue.metadata(), issue.id())));
        manifest.set("metadata", metadata(issue));
        issue.metadata().date().ifPresent(d -> manifest.put("navDate", d + "T00:00:00Z"));
        manifest.put("viewingDirection", "left-to-right");
        ArrayNode seeAlso = manifest.putArray("seeAlso");
        seeAlso.add(resource(base + PackageProfile.METS_FILE, "Dataset", "application/xml", "METS", "http://www.loc.gov/METS/"));
        files.file(SearchablePdfFormat.USE, OutputFile.WHOLE_ISSUE).ifPresent(pdf -> manifest.putArray("rendering")
                .add(resource(base + pdf.href(), "Text", "application/pdf", "PDF/A", null)));

        ArrayNode canvases = manifest.putArray("items");
        for (Page page : issue.pages()) {
            canvases.add(canvas(base, issue, page, files));
        }
        ArrayNode ranges = manifest.putArray("structures");
        int number = 0;
        for (Article article : issue.articles()) {
            number++;
            ranges.add(range(base, issue, article, number, language));
        }
        return manifest;
    }

    private ObjectNode canvas(String base, Issue issue, Page page, PackageLayout files) {
        String id = canvasId(base, page.sequence());
        ObjectNode canvas = JSON.createObjectNode();
        canvas.put("id", id);
        canvas.put("type", "Canvas");
        canvas.set("label", text("none", page.label().filter(l -> !l.isBlank()).orElse(Integer.toString(page.sequence()))));
        canvas.put("width", page.width());
        canvas.put("height", page.height());

        ObjectNode body = JSON.createObjectNode();
        if (imageService.isPresent()) {
            String service = imageService.get() + segment(issue.id() + "-" + MetsWriter.fourDigits(page.sequence()));
            body.put("id", service + "/full/max/0/default.jpg");
            body.put("type", "Image");
            body.put("format", "image/jpeg");
            ObjectNode imageApi = body.putArray("service").addObject();
            imageApi.put("id", service);
            imageApi.put("type", "ImageService3");
            imageApi.put("profile", "level1");
        } else {
            PackageFile image = files.file(AccessImageFormat.USE, page.sequence())
                    .orElseThrow(() -> new IllegalStateException("the IIIF manifest needs the access images (output "
                            + AccessImageFormat.NAME + ") or an IIIF image service"));
            body.put("id", base + image.href());
            body.put("type", "Image");
            body.put("format", image.mimeType());
        }
        body.put("width", page.width());
        body.put("height", page.height());
        ObjectNode annotationPage = canvas.putArray("items").addObject();
        annotationPage.put("id", id + "/page");
        annotationPage.put("type", "AnnotationPage");
        ObjectNode painting = annotationPage.putArray("items").addObject();
        painting.put("id", id + "/image");
        painting.put("type", "Annotation");
        painting.put("motivation", "painting");
        painting.set("body", body);
        painting.put("target", id);

        files.file(PackageProfile.TEXT_GROUP, page.sequence()).ifPresent(alto -> canvas.putArray("seeAlso")
                .add(resource(base + alto.href(), "Dataset", "application/xml", "ALTO", ALTO_PROFILE)));
        return canvas;
    }

    private static ObjectNode range(String base, Issue issue, Article article, int number, String language) {
        ObjectNode range = JSON.createObjectNode();
        range.put("id", base + "range/" + number);
        range.put("type", "Range");
        boolean titled = article.title() != null && !article.title().isBlank();
        range.set("label", titled ? text(language, article.title()) : text("en", kind(article.kind())));
        ArrayNode items = range.putArray("items");
        for (BlockRef ref : article.allRefs()) {
            region(issue, ref).ifPresent(box -> items.addObject()
                    .put("id", canvasId(base, ref.page()) + "#xywh=" + box.x() + "," + box.y() + "," + box.width()
                            + "," + box.height())
                    .put("type", "Canvas"));
        }
        return range;
    }

    private static Optional<Box> region(Issue issue, BlockRef ref) {
        if (ref.page() < 1 || ref.page() > issue.pages().size()) {
            return Optional.empty();
        }
        Page page = issue.page(ref.page());
        return page.block(ref.id()).map(TextBlock::box).or(() -> page.illustration(ref.id()).map(Illustration::box));
    }

    private static ArrayNode metadata(Issue issue) {
        IssueMetadata metadata = issue.metadata();
        String language = language(metadata.language());
        ArrayNode entries = JSON.createArrayNode();
        if (metadata.title() != null && !metadata.title().isBlank()) {
            entry(entries, "Title", text(language, metadata.title()));
        }
        metadata.date().ifPresent(d -> entry(entries, "Date", text("none", d.toString())));
        metadata.number().ifPresent(n -> entry(entries, "Issue number", text("none", n)));
        metadata.edition().ifPresent(e -> entry(entries, "Edition", text(language, e)));
        if (metadata.language() != null && !metadata.language().isBlank()) {
            entry(entries, "Language", text("none", metadata.language()));
        }
        entry(entries, "Pages", text("none", Integer.toString(issue.pages().size())));
        entry(entries, "Articles", text("none", Long.toString(issue.articles().stream()
                .filter(a -> a.kind() == Article.Kind.ARTICLE).count())));
        return entries;
    }

    private static void entry(ArrayNode entries, String label, ObjectNode value) {
        ObjectNode entry = entries.addObject();
        entry.set("label", text("en", label));
        entry.set("value", value);
    }

    private static ObjectNode resource(String id, String type, String format, String label, String profile) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("id", id);
        resource.put("type", type);
        resource.set("label", text("none", label));
        resource.put("format", format);
        if (profile != null) {
            resource.put("profile", profile);
        }
        return resource;
    }

    /** An IIIF language map with one value. */
    private static ObjectNode text(String language, String value) {
        ObjectNode map = JSON.createObjectNode();
        map.putArray(language).add(value);
        return map;
    }

    static String canvasId(String base, int sequence) {
        return base + "canvas/" + sequence;
    }

    private static String label(IssueMetadata metadata, String fallback) {
        StringBuilder label = new StringBuilder(metadata.title() == null || metadata.title().isBlank() ? fallback : metadata.title());
        metadata.date().ifPresent(d -> label.append(' ').append(d));
        metadata.number().ifPresent(n -> label.append(" 第").append(n).append("期"));
        return label.toString();
    }

    private static String kind(Article.Kind kind) {
        return switch (kind) {
            case ARTICLE -> "Article";
            case TITLE_SECTION -> "Masthead";
            case ADVERTISEMENT -> "Advertisement";
            case ILLUSTRATION -> "Illustration";
        };
    }

    private static String language(String tag) {
        return tag == null || tag.isBlank() ? "none" : tag;
    }

    /** A URL path segment: an issue ID of Chinese characters or with spaces percent-encoded as UTF-8. */
    static String segment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** The manifest's required parts: what a viewer needs to open it at all. */
    @Override
    public List<String> check(Path file) {
        List<String> problems = new ArrayList<>();
        try {
            JsonNode manifest = JSON.readTree(file.toFile());
            if (!CONTEXT.equals(manifest.path("@context").asText())) {
                problems.add("@context is not " + CONTEXT);
            }
            if (!"Manifest".equals(manifest.path("type").asText())) {
                problems.add("type is not Manifest");
            }
            for (String field : List.of("id", "label", "items")) {
                if (manifest.path(field).isMissingNode()) {
                    problems.add("no " + field);
                }
            }
            for (JsonNode canvas : manifest.path("items")) {
                if (!"Canvas".equals(canvas.path("type").asText()) || canvas.path("width").asInt() <= 0
                        || canvas.path("height").asInt() <= 0) {
                    problems.add("item " + canvas.path("id").asText() + " is not a Canvas with a size");
                }
            }
        } catch (IOException e) {
            problems.add("not readable as JSON: " + e.getMessage());
        }
        return problems;
    }
}
