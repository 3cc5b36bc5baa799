package org.newspaperingest.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;

/** The committed sample (standard spec at 300 dpi): what it looks like on disk and what its truth says. */
@Tag("slow")
class SampleGeneratorTest {

    private static SampleGenerator generator;
    private static SampleGenerator.SampleIssue sample;

    @BeforeAll
    static void render() {
        generator = new SampleGenerator();
        sample = generator.generate(SampleSpec.STANDARD);
    }

    @Test
    void pagesAreTabloidGreyTiffsWithTheirResolution() throws IOException {
        assertEquals(4, sample.pages().size());
        for (SampleGenerator.RenderedPage page : sample.pages()) {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(page.tiff()))) {
                ImageReader reader = jdkTiffReader();
                reader.setInput(in);
                BufferedImage image = reader.read(0);
                assertEquals(3000, image.getWidth());
                assertEquals(4300, image.getHeight());
                assertEquals(1, image.getRaster().getNumBands());
                assertEquals(8, image.getColorModel().getPixelSize());
                IIOMetadata metadata = reader.getImageMetadata(0);
                TIFFDirectory dir = TIFFDirectory.createFromMetadata(metadata);
                long[] xres = dir.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0);
                assertEquals(300.0, (double) xres[0] / xres[1]);
                assertEquals(BaselineTIFFTagSet.COMPRESSION_ZLIB,
                        dir.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0));
                // paper is not white and ink not black: it looks scanned
                int[] histogram = new int[256];
                for (int v : image.getRaster().getPixels(0, 0, 3000, 4300, (int[]) null)) {
                    histogram[v]++;
                }
                assertEquals(0, histogram[255], page.fileName() + " has pure white pixels");
            }
            assertTrue(page.tiff().length < 8_000_000, page.fileName() + " is " + page.tiff().length + " bytes");
        }
        Page first = sample.truth().page(1);
        assertTrue(first.skewAngle() != 0 && Math.abs(first.skewAngle()) < 1);
        assertEquals(sha256(sample.page(1).tiff()), first.image().sha256());
    }

    @Test
    void everyBoxNestsInsideItsParentAndThePage() {
        for (Page page : sample.truth().pages()) {
            Box frame = new Box(0, 0, page.width(), page.height());
            Set<String> ids = new HashSet<>();
            for (TextBlock block : page.blocks()) {
                assertTrue(block.id().matches("P" + page.sequence() + "_TB\\d{4}"), block.id());
                assertTrue(ids.add(block.id()), "duplicate " + block.id());
                assertTrue(frame.contains(block.box()), block.id() + " outside the page");
                assertFalse(block.lines().isEmpty(), block.id() + " has no lines");
                for (Line line : block.lines()) {
                    assertTrue(block.box().contains(line.box()), block.id() + ": line outside its block");
                    for (Word word : line.words()) {
                        assertTrue(line.box().contains(word.box()), block.id() + ": word " + word.text() + " outside its line");
                        assertEquals(word.text(), word.glyphs().stream().map(Glyph::text).collect(Collectors.joining()));
                        assertEquals(1.0, word.confidence());
                        for (Glyph glyph : word.glyphs()) {
                            assertTrue(word.box().contains(glyph.box()), block.id() + ": glyph " + glyph.text() + " outside " + word.text());
                            assertTrue(glyph.box().width() > 0 && glyph.box().height() > 0);
                        }
                    }
                }
            }
            page.rules().forEach(r -> assertTrue(r.id().matches("P" + page.sequence() + "_GE\\d{3}") && ids.add(r.id())));
            page.illustrations().forEach(i -> assertTrue(i.id().matches("P" + page.sequence() + "_IL\\d{3}") && ids.add(i.id())));
            assertTrue(page.rules().size() >= 3, "page " + page.sequence() + " has rules between its stories");
        }
        assertEquals(1, sample.truth().pages().stream().mapToInt(p -> p.illustrations().size()).sum());
    }

    @Test
    void everyPieceOfTheSeedIsPrintedInReadingOrder() {
        String printed = issueText(sample.truth());
        List<String> missing = new ArrayList<>();
        for (String paragraph : SeedText.raw().split("\\n\\s*\\n")) {
            for (String piece : paragraph.replaceAll("(?m)^#+ ", "").split("\\s*\\n\\s*| {1,}")) {
                String expected = PrintedForm.of(piece.strip()).replace("（下转二版）", "");
                if (!expected.isEmpty() && !printed.contains(expected)) {
                    missing.add(expected);
                }
            }
        }
        assertEquals(List.of(), missing, "seed text not found in the truth");
        // the column breaks of the OCR are mended
        for (String mended : List.of("代表委员带来发展", "城市文明稳步提升", "高标准做好", "全力推动年度", "现场有350多名",
                "5栋摄影棚", "建设氛围扑面而来", "本报讯（首席记者张世玉）3月11日上午")) {
            assertTrue(printed.contains(mended), mended);
        }
    }

    @Test
    void leadArticleJumpsFromPageOneToPageTwo() {
        Issue issue = sample.truth();
        Article lead = article(issue, "政绩观连着发展观");
        assertEquals(List.of(1, 2), lead.pages());
        assertEquals("树立和践行正确政绩观", lead.subtitle());
        assertEquals(List.of("（下转二版）", "（上接一版）"), lead.continuations().stream()
                .map(r -> issue.block(r).orElseThrow().text()).toList());
        lead.continuations().forEach(r -> assertEquals(BlockType.JUMP, issue.block(r).orElseThrow().type()));
        BlockRef out = lead.continuations().get(0);
        BlockRef lastBodyOnPage1 = lead.body().stream().filter(r -> r.page() == 1).reduce((a, b) -> b).orElseThrow();
        assertTrue(index(issue, out) > index(issue, lastBodyOnPage1), "（下转二版） follows the text it continues");
        assertEquals(List.of(BlockType.HEADLINE, BlockType.SUBHEADLINE),
                lead.heading().stream().map(r -> issue.block(r).orElseThrow().type()).toList());

        Article university = article(issue, "深化区校战略合作以产学研深度融合赋能区域高质量发展");
        assertEquals("吴小杰调研首都经济贸易大学时强调", university.subtitle());
        assertEquals(List.of(new Article.Name("张世玉", "首席记者", "本报讯（首席记者张世玉）")), university.names());
        assertTrue(index(issue, university.heading().get(0)) < index(issue, university.body().get(0)),
                "the headline the seed read last stands above its article");
        Article industry = article(issue, "朝阳集体产业项目建设“加速跑”");
        assertEquals("跑出加速度 实现开门红", industry.subtitle());
        assertEquals(2, industry.illustrations().size());
        assertTrue(industry.names().stream().anyMatch(n -> n.name().equals("陈芳芳")));
        assertEquals(Article.Kind.TITLE_SECTION, issue.articles().get(0).kind());
    }

    @Test
    void sameSpecGivesTheSamePixelsAndAnotherSeedOthers() {
        SampleSpec small = SampleSpec.STANDARD.withDpi(120);
        SampleGenerator.SampleIssue a = generator.generate(small);
        SampleGenerator.SampleIssue b = generator.generate(small);
        SampleGenerator.SampleIssue c = generator.generate(small.withSeed(7));
        for (int i = 1; i <= 4; i++) {
            assertEquals(sha256(a.page(i).tiff()), sha256(b.page(i).tiff()), "page " + i);
            assertNotEquals(sha256(a.page(i).tiff()), sha256(c.page(i).tiff()), "page " + i);
        }
        assertEquals(a.truth(), b.truth());
        assertEquals(1200, a.page(1).image().getWidth());
    }

    /** The JDK's own reader: another on the classpath (jai-imageio) reports resolution in other units. */
    static ImageReader jdkTiffReader() {
        java.util.Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.plugins.tiff")) {
                return reader;
            }
        }
        throw new AssertionError("no JDK TIFF reader");
    }

    static String issueText(Issue issue) {
        return issue.pages().stream().map(Page::text).collect(Collectors.joining());
    }

    static Article article(Issue issue, String title) {
        return issue.articles().stream().filter(a -> title.equals(a.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + title));
    }

    static int index(Issue issue, BlockRef ref) {
        return ref.page() * 10_000 + issue.page(ref.page()).blocks().indexOf(issue.block(ref).orElseThrow());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
