package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Shape;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.validate.PackageValidator;

class PackageReaderTest {
    private static final Path REFERENCE = TestIssues.reference().resolve("alto-samples");
    @TempDir
    Path work;

    @Test
    void packageReadsBackAsTheIssueThatWasWritten() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue written = TestIssues.issue(scans);
        Path pkg = new PackageWriter(PackageWriter.Images.COPY, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .write(written, scans, work.resolve("out"));

        Issue read = PackageReader.read(pkg);
        assertEquals(written.id(), read.id());
        assertEquals(written.metadata(), read.metadata());
        assertEquals(written.articles(), read.articles());
        assertEquals(written.warnings(), read.warnings());
        assertEquals(written.pages().size(), read.pages().size());
        for (int i = 0; i < written.pages().size(); i++) {
            Page before = written.pages().get(i);
            Page after = read.pages().get(i);
            assertEquals(before.image(), after.image());
            assertEquals(before.label(), after.label());
            assertEquals(before.processing(), after.processing());
            assertEquals(before.rules(), after.rules());
            assertEquals(before.illustrations(), after.illustrations());
            assertEquals(describe(before), describe(after));
            assertEquals(before.text(), after.text());
        }
    }

    @Test
    void committedGroundTruthSurvivesReadWriteRead() throws IOException {
        Path truth = Path.of("samples/truth/chaoyang-2026-03-13");
        Issue read = PackageReader.read(truth);
        assertEquals(4, read.pages().size());
        assertTrue(read.articles().size() >= 5);
        List<Path> scans = read.pages().stream()
                .map(p -> Path.of("samples/chaoyang-2026-03-13").resolve(p.image().fileName())).toList();
        Path again = new PackageWriter(PackageWriter.Images.REFERENCE, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .write(read, scans, work.resolve("truth"));
        assertTrue(Files.readString(again.resolve("mets.xml")).contains("../../"), "images referenced relatively");
        Issue reread = PackageReader.read(again);
        assertEquals(read.metadata(), reread.metadata());
        assertEquals(read.articles(), reread.articles());
        for (int i = 0; i < read.pages().size(); i++) {
            assertEquals(describe(read.pages().get(i)), describe(reread.pages().get(i)));
            assertEquals(read.pages().get(i).image(), reread.pages().get(i).image());
        }
    }

    @Test
    void anOutlineThatIsNoRectangleIsWrittenAsAPolygonThatValidatesAndReadsBack() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue plain = TestIssues.issue(scans);
        // an article set round a photo: two columns of text beside it and one across the page under it
        TextBlock body = plain.page(1).blocks().stream().filter(b -> b.id().equals("P1_TB0005")).findFirst().orElseThrow();
        Box box = body.box();
        Shape outline = Shape.union(List.of(Box.ofCorners(box.x(), box.y(), box.x() + box.width() / 2, box.bottom()),
                Box.ofCorners(box.x(), box.y() + box.height() / 2, box.right(), box.bottom())));
        TextBlock lShaped = new TextBlock(body.id(), body.type(), box, body.direction(), body.language(), body.lines(),
                outline);
        Page page = plain.page(1).withBlocks(plain.page(1).blocks().stream().map(b -> b == body ? lShaped : b).toList());
        Issue written = new Issue(plain.id(), plain.metadata(), List.of(page, plain.page(2)), plain.articles(),
                plain.warnings());
        Path pkg = new PackageWriter(PackageWriter.Images.COPY, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .write(written, scans, work.resolve("out"));

        assertEquals(List.of(), new PackageValidator().validate(pkg));
        String alto = Files.readString(pkg.resolve("alto/0001.xml"));
        int x = box.x(), y = box.y(), midX = box.x() + box.width() / 2, midY = box.y() + box.height() / 2;
        String points = x + "," + y + " " + midX + "," + y + " " + midX + "," + midY + " " + box.right() + "," + midY
                + " " + box.right() + "," + box.bottom() + " " + x + "," + box.bottom();
        assertTrue(alto.replaceAll(">\\s+<", "><").contains("<Shape><Polygon POINTS=\"" + points + "\"/></Shape>"), alto);
        assertEquals(1, alto.split("<Shape>", -1).length - 1, "rectangular blocks carry no Shape");
        TextBlock read = PackageReader.read(pkg).block(new BlockRef(1, "P1_TB0005")).orElseThrow();
        assertEquals(outline, read.outline());
        assertEquals(box, read.box());
        assertTrue(!read.rectangular());
    }

    @Test
    void readsTheLuxembourgArticleMets() throws IOException {
        Issue issue = PackageReader.read(TestIssues.reference().resolve("bnl-luxzeit-1858-12-07"),
                "2385348_newspaper_luxzeit1858_1858-12-07_01-mets.xml");
        assertEquals(4, issue.pages().size());
        assertEquals(12, issue.articles().stream().filter(a -> a.kind() == org.newspaperingest.model.Article.Kind.ARTICLE).count());
        assertEquals(5, issue.articles().stream().filter(a -> a.kind() == org.newspaperingest.model.Article.Kind.ADVERTISEMENT).count());
        var revue = issue.articles().stream().filter(a -> a.title().equals("Revue politique.")).findFirst().orElseThrow();
        assertEquals(List.of(new org.newspaperingest.model.BlockRef(1, "P1_TB00009")), revue.heading());
        assertEquals(5, revue.body().size()); // P1_TB00010 to P1_TB00014, in three paragraphs
        assertTrue(issue.block(revue.body().get(0)).orElseThrow().text().length() > 100);
    }

    @Test
    void readsTheAltoBoardsChineseGlyphSample() throws IOException {
        Path sample = REFERENCE.resolve("Glyph_Sample04_Chinese.alto4.xml");
        Page page = PackageReader.readAlto(sample, sample.getFileName().toString(), 1, null);
        assertEquals("義禮說選", page.text());
        assertEquals(1003, page.width());
        assertEquals(4, page.blocks().get(0).lines().get(0).words().size());
        assertEquals(0.7, page.blocks().get(0).lines().get(0).words().get(0).glyphs().get(0).confidence(), 1e-9);
    }

    @Test
    void readsAnAlto2NewspaperPage() throws IOException {
        Path sample = REFERENCE.resolve("sbb_newspaper_27971740_1890-04-01_38_077_0_001.alto2.xml");
        Page page = PackageReader.readAlto(sample, "sbb.xml", 1, null);
        assertEquals(10, page.blocks().size());
        assertTrue(page.text().contains("Berlin"), page.text().substring(0, 200));
        assertTrue(page.text().length() > 5000);
    }

    @Test
    void brokenMetsIsReportedWithFileAndPosition() throws IOException {
        Path pkg = Files.createDirectories(work.resolve("broken"));
        Files.writeString(pkg.resolve("mets.xml"), "<mets:mets xmlns:mets='http://www.loc.gov/METS/'>\n<oops>");
        IOException error = assertThrows(IOException.class, () -> PackageReader.read(pkg));
        assertTrue(error.getMessage().startsWith("mets.xml:2:"), error.getMessage());
        IOException missing = assertThrows(IOException.class, () -> PackageReader.read(work.resolve("none")));
        assertEquals("mets.xml: missing", missing.getMessage());
    }

    /** Blocks down to glyphs as text, confidences at the three decimals ALTO keeps. */
    static String describe(Page page) {
        return page.blocks().stream().map(PackageReaderTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(TextBlock block) {
        return block.id() + " " + block.type() + " " + block.box() + " " + block.outline() + " " + block.direction()
                + " " + block.language() + "\n"
                + block.lines().stream().map(line -> "  " + line.box() + " " + line.words().stream()
                        .map(w -> w.text() + w.box() + String.format(Locale.ROOT, "%.3f", w.confidence())
                                + w.glyphs().stream().map(g -> g.text() + g.box() + String.format(Locale.ROOT, "%.3f", g.confidence()))
                                .collect(Collectors.joining(",", "[", "]")))
                        .collect(Collectors.joining(" "))).collect(Collectors.joining("\n"));
    }
}
