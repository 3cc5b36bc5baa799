package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Document;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageLayout.PackageFile;
import org.newspaperingest.pack.PackageLayout.PageFiles;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.validate.SchemaSet;
import org.newspaperingest.validate.SchemaValidator;

class MetsWriterTest {
    private static final XPathContext NS = new XPathContext("m", PackageProfile.METS);
    private static final Instant CREATED = Instant.parse("2026-03-14T08:00:00Z");
    @TempDir
    static Path scans;
    static Issue issue;

    static {
        NS.addNamespace("mods", PackageProfile.MODS);
        NS.addNamespace("mix", PackageProfile.MIX);
        NS.addNamespace("premis", PackageProfile.PREMIS);
        NS.addNamespace("xlink", PackageProfile.XLINK);
    }

    @BeforeAll
    static void buildIssue() throws Exception {
        issue = TestIssues.issue(TestIssues.writeScans(scans));
    }

    static PackageLayout layout(Issue issue, boolean oneSourceFile) {
        List<PageFiles> pages = new ArrayList<>();
        List<PackageLayout.PlacedFile> alto = new ArrayList<>();
        for (Page page : issue.pages()) {
            int imageNumber = oneSourceFile ? 1 : page.sequence();
            pages.add(new PageFiles(page.sequence(),
                    new PackageFile("images/000" + imageNumber + ".png", "image/png", 1000 + imageNumber,
                            "ab".repeat(32), CREATED)));
            alto.add(new PackageLayout.PlacedFile(page.sequence(),
                    new PackageFile("alto/000" + page.sequence() + ".xml", "text/xml", 5000, "cd".repeat(32), CREATED)));
        }
        return new PackageLayout(pages, List.of(new PackageLayout.FileGroup(PackageProfile.TEXT_GROUP, "ALTO", alto)));
    }

    private static void assertValid(Document mets) {
        assertEquals(List.of(), new SchemaValidator(SchemaSet.shared())
                .validate(new ByteArrayInputStream(Xml.toBytes(mets)), "mets.xml"));
    }

    /** A BigTIFF master is said to be one: its media type is plain TIFF's. */
    @Test
    void mixNamesTheFormatVersionWhereTheMediaTypeDoesNot() {
        Page first = issue.pages().get(0);
        ImageFile f = first.image();
        ImageFile big = new ImageFile(f.fileName(), "image/tiff", f.size(), f.sha256(), 0, f.width(), f.height(),
                f.xResolution(), f.yResolution(), 4, 1, "Deflate", "BigTIFF");
        Page bigPage = new Page(first.sequence(), first.label(), big, first.width(), first.height(), first.skewAngle(),
                first.blocks(), first.rules(), first.illustrations(), first.processing());
        List<Page> pages = new ArrayList<>(issue.pages());
        pages.set(0, bigPage);
        Issue withBig = new Issue(issue.id(), issue.metadata(), pages, issue.articles(), issue.warnings());
        Document mets = MetsWriter.write(withBig, layout(withBig, false), CREATED);
        assertValid(mets);
        assertEquals(List.of("BigTIFF"), values(mets.query("//mix:formatVersion", NS)));
        assertEquals("4", value(mets, "(//m:techMD//mix:mix)[1]//mix:bitsPerSampleValue"));
        assertEquals("Deflate", value(mets, "(//m:techMD//mix:mix)[1]//mix:compressionScheme"));
    }

    @Test
    void fullIssueValidatesAndFollowsTheProfile() {
        Document mets = MetsWriter.write(issue, layout(issue, false), CREATED);
        assertValid(mets);
        assertEquals("2026-03-14T08:00:00Z", value(mets, "//m:metsHdr/@CREATEDATE"));
        assertTrue(value(mets, "//m:metsHdr/m:agent/m:name").startsWith("newspaper-ingest "));
        assertEquals("2026-03-13", value(mets, "//m:dmdSec[@ID='DMD_ISSUE']//mods:dateIssued"));
        assertEquals("3683", value(mets, "//m:dmdSec[@ID='DMD_ISSUE']//mods:detail[@type='issue']/mods:number"));
        assertEquals("2", value(mets, "//m:dmdSec[@ID='DMD_ISSUE']//mods:extent[@unit='pages']"));
        assertEquals("全市春耕备耕", value(mets, "//m:dmdSec[@ID='DMD_A0002']//mods:subTitle"));
        assertEquals("高鹏飞", value(mets, "//m:dmdSec[@ID='DMD_A0002']//mods:name/mods:namePart"));
        assertEquals("记者", value(mets, "//m:dmdSec[@ID='DMD_A0002']//mods:roleTerm[@type='text']"));
        assertEquals("article", value(mets, "//m:dmdSec[@ID='DMD_A0002']//mods:genre"));
        assertEquals(2, mets.query("//m:techMD//mix:mix", NS).size());
        assertEquals("success with warnings", value(mets, "//premis:eventOutcome"));
        assertEquals("page 2: folio read as 2 with low confidence", value(mets, "//premis:eventOutcomeDetailNote"));
        assertEquals("SHA-256", value(mets, "//m:fileGrp[@USE='MASTER']/m:file[1]/@CHECKSUMTYPE"));
        assertEquals("images/0002.png", value(mets, "//m:fileGrp[@USE='MASTER']/m:file[2]/m:FLocat/@xlink:href"));
        assertEquals("2", value(mets, "//m:structMap[@TYPE='PHYSICAL']//m:div[@TYPE='page'][2]/@ORDERLABEL"));

        // the continued article is one ARTICLE with body areas in both pages' ALTO files
        String article = "//m:structMap[@TYPE='LOGICAL']/m:div[@TYPE='Newspaper']/m:div[@TYPE='ISSUE']/m:div[@TYPE='ARTICLE']";
        assertEquals("农机手忙检修", value(mets, article + "/@LABEL"));
        assertEquals(List.of("ALTO_0001:P1_TB0004", "ALTO_0001:P1_TB0005", "ALTO_0002:P2_TB0002"),
                areas(mets.query(article + "/m:div[@TYPE='BODY']/m:fptr/m:seq/m:area", NS)));
        assertEquals(List.of("ALTO_0001:P1_TB0002", "ALTO_0001:P1_TB0003"),
                areas(mets.query(article + "/m:div[@TYPE='HEADING']//m:area", NS)));
        assertEquals(List.of("ALTO_0001:P1_TB0006", "ALTO_0002:P2_TB0001"),
                areas(mets.query(article + "/m:div[@TYPE='CONTINUATION']//m:area", NS)));
        assertEquals(List.of("ALTO_0001:P1_IL0001", "ALTO_0001:P1_TB0007"),
                areas(mets.query(article + "/m:div[@TYPE='ILLUSTRATION']//m:area", NS)));
        assertEquals(1, mets.query("//m:div[@TYPE='TITLE_SECTION']", NS).size());
        assertEquals(1, mets.query("//m:div[@TYPE='ADVERTISEMENT']", NS).size());
        assertEquals(List.of("PHYS_0001", "PHYS_0002"),
                values(mets.query("//m:smLink[@xlink:from='LOG_A0002']/@xlink:to", NS)));
    }

    @Test
    void anArticleInTraditionalTypeSaysSoInItsMods() {
        // the issue is catalogued zh-Hans; P1_TB0009 was read as zh-Hant
        Article traditional = new Article("A0004", Article.Kind.ARTICLE, "春風", null, List.of(), List.of(),
                List.of(new BlockRef(1, "P1_TB0009")), List.of(), List.of(), Optional.empty());
        List<Article> articles = new ArrayList<>(issue.articles());
        articles.add(traditional);
        Issue mixed = new Issue(issue.id(), issue.metadata(), issue.pages(), articles, issue.warnings());
        Document mets = MetsWriter.write(mixed, layout(mixed, false), CREATED);
        assertValid(mets);
        assertEquals("zh-Hant", value(mets, "//m:dmdSec[@ID='DMD_A0004']//mods:languageTerm"));
        assertEquals("zh-Hans", value(mets, "//m:dmdSec[@ID='DMD_A0002']//mods:languageTerm"));
        assertEquals("zh-Hans", value(mets, "//m:dmdSec[@ID='DMD_ISSUE']//mods:languageTerm"));
    }

    @Test
    void multiPageSourceIsListedOnce() {
        Document mets = MetsWriter.write(issue, layout(issue, true), CREATED);
        assertValid(mets);
        assertEquals(1, mets.query("//m:fileGrp[@USE='MASTER']/m:file", NS).size());
        assertEquals("TECHMD_0001 TECHMD_0002", value(mets, "//m:fileGrp[@USE='MASTER']/m:file/@ADMID"));
        assertEquals(List.of("IMG_0001", "IMG_0001"),
                values(mets.query("//m:div[@TYPE='page']/m:fptr[1]/@FILEID", NS)));
    }

    @Test
    void issueWithoutArticlesStillValidates() {
        Issue bare = new Issue(issue.id(), issue.metadata(), issue.pages(), List.of(), List.of());
        Document mets = MetsWriter.write(bare, layout(bare, false), CREATED);
        assertValid(mets);
        assertEquals("success", value(mets, "//premis:eventOutcome"));
        assertEquals(List.of("ALTO_0001:P1", "ALTO_0002:P2"),
                areas(mets.query("//m:div[@TYPE='ISSUE']/m:div[@TYPE='PAGE']//m:area", NS)));
        assertEquals(0, mets.query("//m:structLink", NS).size());
    }

    @Test
    void issueWithoutDateOrNumber() {
        Issue undated = new Issue("x", new org.newspaperingest.model.IssueMetadata("朝阳报", Optional.empty(),
                Optional.empty(), Optional.empty(), "zh-Hans", List.of(), List.of()), issue.pages(), issue.articles(), List.of());
        assertValid(MetsWriter.write(undated, layout(undated, false), CREATED));
    }

    static List<String> areas(Nodes nodes) {
        List<String> result = new ArrayList<>();
        nodes.forEach(n -> {
            nu.xom.Element area = (nu.xom.Element) n;
            result.add(area.getAttributeValue("FILEID") + ":" + area.getAttributeValue("BEGIN"));
        });
        return result;
    }

    static List<String> values(Nodes nodes) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.getValue()));
        return values;
    }

    private static String value(Document doc, String xpath) {
        Nodes nodes = doc.query(xpath, NS);
        assertTrue(nodes.size() > 0, "nothing at " + xpath);
        return nodes.get(0).getValue();
    }
}
