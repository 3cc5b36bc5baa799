package org.newspaperingest.iiif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Builder;
import nu.xom.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;
import org.newspaperingest.pack.Xml;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.validate.PackageValidator;

/** The manifest of a small issue: IIIF Presentation 3's required parts, its canvases and ranges as in METS. */
class IiifManifestTest {

    @TempDir
    static Path work;
    static Path pkg;
    static JsonNode manifest;
    static Element mets;

    @BeforeAll
    static void writePackage() throws Exception {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        PackageWriter writer = new PackageWriter(PackageWriter.Images.COPY, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                Pipelines.outputs(List.of("iiif"), Optional.of("https://library.example/newspapers"), Optional.empty()));
        pkg = writer.write(issue, scans, work.resolve("out"));
        manifest = new ObjectMapper().readTree(pkg.resolve(IiifManifestFormat.FILE).toFile());
        mets = new Builder().build(pkg.resolve("mets.xml").toFile()).getRootElement();
    }

    @Test
    void manifestHasWhatPresentation3Requires() {
        assertEquals(IiifManifestFormat.CONTEXT, manifest.path("@context").asText());
        assertEquals("Manifest", manifest.path("type").asText());
        assertEquals("https://library.example/newspapers/chaoyang-2026-03-13/manifest.json", manifest.path("id").asText());
        assertTrue(manifest.path("label").path("zh-Hans").get(0).asText().startsWith("朝阳报 2026-03-13"));
        assertEquals("2026-03-13T00:00:00Z", manifest.path("navDate").asText());
        assertEquals(List.of(), new PackageValidator(Pipelines.allOutputs()).validate(pkg));
    }

    @Test
    void oneCanvasPerMetsPagePaintedWithItsAccessImageAndLinkedToItsAlto() throws Exception {
        List<Element> pages = Xml.descendants(mets, PackageProfile.METS, "div").stream()
                .filter(d -> "page".equals(d.getAttributeValue("TYPE"))).toList();
        JsonNode canvases = manifest.path("items");
        assertEquals(pages.size(), canvases.size());
        for (JsonNode canvas : canvases) {
            assertEquals("Canvas", canvas.path("type").asText());
            assertEquals(TestIssues.WIDTH, canvas.path("width").asInt());
            assertEquals(TestIssues.HEIGHT, canvas.path("height").asInt());
            JsonNode body = canvas.at("/items/0/items/0/body");
            String image = body.path("id").asText().replace("https://library.example/newspapers/chaoyang-2026-03-13/", "");
            assertTrue(Files.isRegularFile(pkg.resolve(image)), image);
            assertEquals(TestIssues.WIDTH, javax.imageio.ImageIO.read(pkg.resolve(image).toFile()).getWidth());
            assertEquals(IiifManifestFormat.ALTO_PROFILE, canvas.at("/seeAlso/0/profile").asText());
            String alto = canvas.at("/seeAlso/0/id").asText();
            assertTrue(alto.endsWith("/alto/000" + canvas.path("label").path("none").get(0).asText() + ".xml"), alto);
        }
    }

    @Test
    void withAnImageServiceCanvasesArePaintedFromItAndNoAccessImagesAreNeeded() throws Exception {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans-service"));
        PackageWriter writer = new PackageWriter(PackageWriter.Images.COPY, Clock.systemUTC(),
                Pipelines.outputs(List.of("iiif"), Optional.empty(), Optional.of("https://images.example/iiif/3")));
        Path served = writer.write(TestIssues.issue(scans), scans, work.resolve("out-service"));
        JsonNode body = new ObjectMapper().readTree(served.resolve(IiifManifestFormat.FILE).toFile())
                .at("/items/1/items/0/items/0/body");
        assertEquals("https://images.example/iiif/3/chaoyang-2026-03-13-0002/full/max/0/default.jpg", body.path("id").asText());
        assertEquals("ImageService3", body.at("/service/0/type").asText());
        assertEquals("https://images.example/iiif/3/chaoyang-2026-03-13-0002", body.at("/service/0/id").asText());
        assertTrue(Files.notExists(served.resolve("access")));
        assertEquals("manifest.json", new ObjectMapper().readTree(served.resolve(IiifManifestFormat.FILE).toFile())
                .path("id").asText(), "without a base URL, IDs are relative to the manifest");
    }

    @Test
    void issueIdsThatAreNoPlainUrlSegmentsAreEncoded() {
        assertEquals("%E6%9C%9D%E9%98%B3%E6%8A%A5%202026", IiifManifestFormat.segment("朝阳报 2026"));
        assertEquals("chaoyang-2026-03-13", IiifManifestFormat.segment("chaoyang-2026-03-13"));
    }

    @Test
    void anUnknownOutputIsAUsageError() {
        assertEquals(2, org.newspaperingest.cli.Main.run("ingest", work.toString(), "--out", work.resolve("x").toString(),
                "--outputs", "alto,epub"));
    }

    @Test
    void oneRangePerLogicalUnitLabelledWithItsHeadlineContinuationsInOne() {
        List<Element> units = new ArrayList<>();
        for (Element div : Xml.descendants(mets, PackageProfile.METS, "div")) {
            if (div.getAttributeValue("DMDID") != null && div.getAttributeValue("DMDID").startsWith("DMD_A")) {
                units.add(div);
            }
        }
        JsonNode ranges = manifest.path("structures");
        assertEquals(units.size(), ranges.size());
        JsonNode story = ranges.get(1);
        assertEquals("农机手忙检修", story.path("label").path("zh-Hans").get(0).asText());
        List<String> targets = new ArrayList<>();
        story.path("items").forEach(item -> targets.add(item.path("id").asText()));
        assertTrue(targets.stream().anyMatch(t -> t.contains("/canvas/1#xywh=")), targets.toString());
        assertTrue(targets.stream().anyMatch(t -> t.contains("/canvas/2#xywh=")), "continued on page 2: " + targets);
        assertTrue(targets.stream().allMatch(t -> t.matches(".*#xywh=\\d+,\\d+,\\d+,\\d+")), targets.toString());
    }
}
