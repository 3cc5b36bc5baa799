package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.validate.Problem;
import org.newspaperingest.validate.SchemaSet;
import org.newspaperingest.validate.SchemaValidator;

// One test changes the default locale for a moment: runs while no other test class does.
@Isolated
class AltoWriterTest {
    private static final XPathContext NS = new XPathContext("a", PackageProfile.ALTO);
    @TempDir
    static Path scans;
    static Issue issue;

    @BeforeAll
    static void buildIssue() throws Exception {
        issue = TestIssues.issue(TestIssues.writeScans(scans));
    }

    private static Document page(int sequence) {
        return AltoWriter.write(issue.page(sequence), "images/000" + sequence + ".png",
                issue.page(sequence).image().sha256(), issue.articles());
    }

    @Test
    void pagesValidateAgainstAlto44() {
        SchemaValidator validator = new SchemaValidator(SchemaSet.shared());
        for (int sequence = 1; sequence <= 2; sequence++) {
            List<Problem> problems = validator.validate(new ByteArrayInputStream(Xml.toBytes(page(sequence))), "p");
            assertEquals(List.of(), problems, "page " + sequence);
        }
    }

    @Test
    void describesImageAndProcessing() {
        Document alto = page(1);
        assertEquals("pixel", value(alto, "//a:Description/a:MeasurementUnit"));
        assertEquals("images/0001.png", value(alto, "//a:sourceImageInformation/a:fileName"));
        assertEquals(issue.page(1).image().sha256(), value(alto, "//a:sourceImageInformation/a:fileIdentifier"));
        assertEquals("Tesseract", value(alto, "//a:Processing[@ID='PROC_OCR']//a:softwareName"));
        assertEquals("model=chi_sim; oem=1; psm=6", value(alto, "//a:Processing[@ID='PROC_OCR']/a:processingStepSettings"));
        assertEquals("newspaper-ingest", value(alto, "//a:Processing[@ID='PROC_INGEST']//a:softwareName"));
    }

    @Test
    void pageBlocksLinesWordsAndGlyphs() {
        Document alto = page(1);
        Element page = (Element) alto.query("//a:Page", NS).get(0);
        assertEquals("400", page.getAttributeValue("WIDTH"));
        assertEquals("1", page.getAttributeValue("PRINTED_IMG_NR"));
        assertEquals("1", page.getAttributeValue("PHYSICAL_IMG_NR"));
        assertEquals("PROC_OCR PROC_INGEST", page.getAttributeValue("PROCESSINGREFS"));
        Element headline = (Element) alto.query("//a:TextBlock[@ID='P1_TB0003']", NS).get(0);
        assertEquals("TAG_headline", headline.getAttributeValue("TAGREFS"));
        assertEquals("zh-Hans", headline.getAttributeValue("LANG"));
        assertEquals("ltr", headline.getAttributeValue("BASEDIRECTION"));
        assertEquals("农机 手 忙 检修", strings(headline));
        assertEquals(6, headline.query(".//a:Glyph", NS).size());
        Element vertical = (Element) alto.query("//a:TextBlock[@ID='P1_TB0009']", NS).get(0);
        assertEquals("ttb", vertical.getAttributeValue("BASEDIRECTION"));
        assertEquals("ttb", ((Element) vertical.query("a:TextLine", NS).get(0)).getAttributeValue("BASEDIRECTION"));
        assertEquals(1, alto.query("//a:Illustration[@ID='P1_IL0001']", NS).size());
        assertEquals(1, alto.query("//a:GraphicalElement[@ID='P1_GE0001']", NS).size());
        Set<String> labels = new HashSet<>();
        alto.query("//a:LayoutTag/@LABEL", NS).forEach(n -> labels.add(n.getValue()));
        assertEquals(Set.of("masthead", "kicker", "headline", "byline", "body", "jump", "caption", "folio"), labels);
    }

    @Test
    void spaceOnlyBetweenLatinOrDigitWords() {
        Document alto = page(2);
        Element line = (Element) alto.query("//a:TextBlock[@ID='P2_TB0002']/a:TextLine[2]", NS).get(0);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < line.getChildElements().size(); i++) {
            Element child = line.getChildElements().get(i);
            children.add(child.getLocalName().equals("SP") ? "_" : child.getAttributeValue("CONTENT"));
        }
        assertEquals(List.of("ABC", "_", "Company", "参与", "其中"), children);
        Element first = (Element) alto.query("//a:TextBlock[@ID='P2_TB0002']/a:TextLine[1]", NS).get(0);
        assertEquals(0, first.query("a:SP", NS).size(), "no SP between Chinese words and digits next to them");
    }

    @Test
    void readingOrderNestsArticles() {
        Document alto = page(1);
        Nodes top = alto.query("//a:ReadingOrder/a:OrderedGroup/*", NS);
        List<String> refs = new ArrayList<>();
        top.forEach(n -> {
            Element e = (Element) n;
            refs.add(e.getLocalName().equals("ElementRef") ? e.getAttributeValue("REF")
                    : "[" + String.join(",", values(e.query("a:ElementRef/@REF", NS))) + "]");
        });
        assertEquals(List.of("[P1_TB0001]", "[P1_TB0002,P1_TB0003,P1_TB0004,P1_TB0005,P1_TB0006,P1_IL0001,P1_TB0007]",
                "P1_TB0009", "P1_TB0008"), refs);
    }

    @Test
    void idsAreUniqueAndOutputStableAcrossRunsAndLocales() {
        byte[] first = Xml.toBytes(page(1));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertArrayEquals(first, Xml.toBytes(page(1)));
        } finally {
            Locale.setDefault(saved);
        }
        Set<String> ids = new HashSet<>();
        page(1).query("//@ID").forEach(n -> assertTrue(ids.add(n.getValue()), "duplicate " + n.getValue()));
        assertTrue(ids.size() > 100);
        assertTrue(new String(first, java.nio.charset.StandardCharsets.UTF_8).contains("WC=\"0.8"));
    }

    @Test
    void controlCharactersAreDroppedAndDuplicateIdsRefused() {
        Page page = issue.page(2);
        TextBlock odd = TestIssues.block("P2_TB0009", BlockType.BODY, 20, 400, "A\u0007B|C");
        Page withOdd = page.withBlocks(java.util.List.of(odd));
        String xml = new String(Xml.toBytes(AltoWriter.write(withOdd, "i", "s", java.util.List.of())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("CONTENT=\"AB\""), xml);
        assertEquals(List.of(), new SchemaValidator(SchemaSet.shared()).validate(
                new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "odd.xml"));
        TextBlock modelName = new TextBlock("P2_TB0010", BlockType.BODY, odd.box(), odd.direction(), "chi_sim", odd.lines());
        String withModelName = new String(Xml.toBytes(AltoWriter.write(page.withBlocks(List.of(modelName)), "i", "s",
                List.of())), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!withModelName.contains("LANG="), "no LANG=\"chi_sim\": not a language tag");
        Page duplicate = page.withBlocks(java.util.List.of(odd, odd));
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AltoWriter.write(duplicate, "i", "s", java.util.List.of()));
        assertEquals("page 2: element ID P2_TB0009 is used twice", error.getMessage());
    }

    private static String strings(Element block) {
        return String.join(" ", values(block.query(".//a:String/@CONTENT", NS)));
    }

    private static List<String> values(Nodes nodes) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.getValue()));
        return values;
    }

    private static String value(Document doc, String xpath) {
        return doc.query(xpath, NS).get(0).getValue();
    }
}
