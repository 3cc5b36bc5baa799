package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newspaperingest.model.ImageFile;
import org.opencv.core.CvType;

class TikaPageImageReaderTest {

    static final int W = 240;
    static final int H = 160;

    final TikaPageImageReader reader = new TikaPageImageReader();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "TIFF {0}")
    @CsvSource({"none, Uncompressed", "LZW, LZW", "Deflate, Deflate", "PackBits, PackBits"})
    void decodesEightBitGreyTiffInEachCompression(String writerCompression, String mixName) throws Exception {
        Path file = dir.resolve("page.tif");
        writeTiff(file, List.of(page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK)), writerCompression, 400);

        try (ScannedPage page = reader.read(file, 0)) {
            assertPagePixels(page);
            ImageFile facts = page.facts();
            assertEquals("image/tiff", facts.mimeType());
            assertEquals(mixName, facts.compression());
            assertEquals(400.0, facts.xResolution());
            assertEquals(8, facts.bitsPerSample());
            assertEquals(1, facts.samplesPerPixel());
            assertEquals(Files.size(file), facts.size());
            assertEquals(sha256(file), facts.sha256());
            assertTrue(page.warnings().isEmpty(), page.warnings().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"朝阳报 第1版.tif", "page-\uD840\uDC00.tif"})
    void readsFilesWhateverTheirNames(String name) throws Exception {
        Path file = dir.resolve(name);
        writeTiff(file, List.of(page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK)), "LZW", 300);
        try (ScannedPage page = reader.read(file, 0)) {
            assertPagePixels(page);
            assertEquals(name, page.facts().fileName());
        }
    }

    @Test
    void decodesBitonalCcittGroup4Tiff() throws Exception {
        Path file = dir.resolve("bitonal.tif");
        writeTiff(file, List.of(page(BufferedImage.TYPE_BYTE_BINARY, Color.BLACK)), "CCITT T.6", 300);

        try (ScannedPage page = reader.read(file, 0)) {
            assertPagePixels(page);
            assertEquals("CCITT Group 4", page.facts().compression());
            assertEquals(1, page.facts().bitsPerSample());
        }
    }

    @Test
    void scalesSixteenBitGreyToEightBits() throws Exception {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((java.awt.image.DataBufferUShort) image.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(data, (short) 0x8000);
        Path file = dir.resolve("sixteen.tif");
        writeTiff(file, List.of(image), "Deflate", 300);

        try (ScannedPage page = reader.read(file, 0)) {
            assertEquals(CvType.CV_8UC1, page.grey().type());
            assertEquals(128, (int) page.grey().get(H / 2, W / 2)[0]);
            assertEquals(16, page.facts().bitsPerSample());
        }
    }

    @Test
    void readsEachPageOfAMultiPageTiffOnItsOwn() throws Exception {
        Path file = dir.resolve("three.tif");
        writeTiff(file, List.of(page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK),
                page(BufferedImage.TYPE_BYTE_GRAY, Color.GRAY), page(BufferedImage.TYPE_BYTE_GRAY, Color.DARK_GRAY)),
                "LZW", 300);

        assertEquals(3, reader.pageCount(file));
        try (ScannedPage third = reader.read(file, 2)) {
            assertEquals(2, third.facts().pageInFile());
            assertEquals(Color.DARK_GRAY.getRed(), (int) third.grey().get(20, 30)[0]);
        }
        List<ScannedPage> all = reader.read(file);
        assertEquals(3, all.size());
        all.forEach(ScannedPage::close);
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> reader.read(file, 3));
        assertTrue(e.getMessage().contains("has no page 4"), e.getMessage());
    }

    @Test
    void decodesColourJpegToGreyWithItsJfifResolution() throws Exception {
        Path file = dir.resolve("colour.jpg");
        BufferedImage image = page(BufferedImage.TYPE_INT_RGB, Color.RED);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        javax.imageio.metadata.IIOMetadataNode tree = (javax.imageio.metadata.IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        javax.imageio.metadata.IIOMetadataNode jfif = (javax.imageio.metadata.IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", "200");
        jfif.setAttribute("Ydensity", "200");
        metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        write(writer, file, new IIOImage(image, null, metadata), param);

        try (ScannedPage page = reader.read(file, 0)) {
            assertEquals("image/jpeg", page.facts().mimeType());
            assertEquals(200.0, page.facts().xResolution());
            assertEquals(3, page.facts().samplesPerPixel());
            assertEquals(255, (int) page.grey().get(5, 5)[0], 3);
            // pure red has luma 0.299 × 255
            assertEquals(76, page.grey().get(20, 30)[0], 4);
        }
    }

    @Test
    void pngWithoutResolutionHasNoneAndAWarning() throws Exception {
        Path file = dir.resolve("page.png");
        ImageIO.write(page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK), "png", file.toFile());

        try (ScannedPage page = reader.read(file, 0)) {
            assertPagePixels(page);
            assertEquals("image/png", page.facts().mimeType());
            assertEquals(0, page.facts().xResolution());
            assertEquals(List.of("page.png: no resolution recorded in the file"), page.warnings());
        }
    }

    @Test
    void takesTheScannedImagesOfAPdfAtTheirOwnResolution() throws Exception {
        Path file = dir.resolve("scans.pdf");
        try (PDDocument pdf = new PDDocument()) {
            addImagePage(pdf, LosslessFactory.createFromImage(pdf, page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK)), 150);
            addImagePage(pdf, JPEGFactory.createFromImage(pdf, page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK), 0.95f), 200);
            pdf.save(file.toFile());
        }

        assertEquals(2, reader.pageCount(file));
        try (ScannedPage first = reader.read(file, 0); ScannedPage second = reader.read(file, 1)) {
            assertPagePixels(first);
            assertEquals("application/pdf", first.facts().mimeType());
            assertEquals(150.0, first.facts().xResolution(), 0.01);
            assertEquals("Deflate", first.facts().compression());
            assertEquals(sha256(file), first.facts().sha256());
            assertEquals(200.0, second.facts().xResolution(), 0.01);
            assertEquals("JPEG", second.facts().compression());
            assertEquals(0, second.grey().get(20, 30)[0], 8);
        }
    }

    @Test
    void pdfMadeOfTypeIsRenderedWithItsTextLayerInThePixelsOfTheRendering() throws Exception {
        Path file = dir.resolve("text.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Typed, not scanned: an e-paper page");
                content.endText();
            }
            pdf.save(file.toFile());
        }
        try (ScannedPage page = reader.read(file, 0)) {
            assertEquals(Math.round(PDRectangle.A4.getWidth() * 300 / 72), page.grey().cols(), 1, "rendered at 300 dpi");
            assertEquals("Typed,notscanned:ane-paperpage",
                    String.join("", page.textLayer().stream().map(org.newspaperingest.model.Glyph::text).toList()));
            org.newspaperingest.model.Box first = page.textLayer().get(0).box();
            assertEquals(300, first.x(), 2, "72 pt from the left");
            assertEquals(Math.round((PDRectangle.A4.getHeight() - 700) * 300 / 72), first.bottom(), 10, "on the baseline");
            assertEquals(List.of(), page.warnings());
        }
    }

    @Test
    void decodesAnNdnpJpeg2000Master() throws Exception {
        Path file = ScanTreeTest.NDNP.resolve("sn85058233/17082901001/1935080201/1289.jp2");
        try (ScannedPage page = reader.read(file, 0)) {
            ImageFile facts = page.facts();
            assertEquals(CvType.CV_8UC1, page.grey().type());
            assertEquals(facts.width(), page.grey().cols());
            assertEquals(facts.height(), page.grey().rows());
            assertEquals(1200, facts.width(), facts.toString());
            assertEquals(1500, facts.height(), facts.toString());
            assertEquals("image/jp2", facts.mimeType());
            assertEquals("JPEG 2000", facts.compression());
            assertEquals(8, facts.bitsPerSample());
            assertEquals("a41d1fccd14235782e826c84b4ccfd1ae13a752a566cbba19cc35690bc46dd30", facts.sha256());
            // this file carries no resolution box: the fallback is used and said
            assertEquals(1, page.warnings().size());
        }
    }

    @Test
    void zeroByteFileIsRefused() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.tif"));
        assertUnreadable(file, "is empty (0 bytes)");
    }

    @Test
    void truncatedTiffIsRefused() throws Exception {
        Path whole = dir.resolve("whole.tif");
        writeTiff(whole, List.of(page(BufferedImage.TYPE_BYTE_GRAY, Color.BLACK)), "none", 300);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tif"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertUnreadable(cut, "damaged or truncated TIFF file");
    }

    @Test
    void truncatedJpegIsRefused() throws Exception {
        Path whole = dir.resolve("whole.jpg");
        ImageIO.write(page(BufferedImage.TYPE_INT_RGB, Color.BLUE), "jpeg", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertUnreadable(cut, "truncated");
    }

    @Test
    void absurdDimensionsAreRefusedFromTheHeaderAlone() throws IOException {
        Path file = Files.write(dir.resolve("huge.tif"), tiffHeaderClaiming(100_000, 100_000));
        assertUnreadable(file, "claims 100000×100000 pixels");
    }

    @Test
    void textFileNamedAsTiffIsRecognisedByItsContent() throws IOException {
        Path file = Files.writeString(dir.resolve("page3.tif"), "This is a list of pages, not a scan.\n");
        assertUnreadable(file, "is not a page image: its content is a text file");
    }

    private void assertUnreadable(Path file, String reasonPart) {
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> reader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(reasonPart), e.getMessage());
        assertTrue(!e.getMessage().contains("Exception"), "no Java class names for the user: " + e.getMessage());
    }

    /** White page with a dark rectangle at x 10..59, y 10..39. */
    static BufferedImage page(int type, Color ink) {
        BufferedImage image = new BufferedImage(W, H, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(ink);
        g.fillRect(10, 10, 50, 30);
        g.dispose();
        return image;
    }

    private static void assertPagePixels(ScannedPage page) {
        assertEquals(CvType.CV_8UC1, page.grey().type());
        assertEquals(W, page.grey().cols());
        assertEquals(H, page.grey().rows());
        assertEquals(W, page.facts().width());
        assertEquals(H, page.facts().height());
        assertEquals(255, page.grey().get(5, 5)[0], 2);
        assertEquals(0, page.grey().get(20, 30)[0], 2);
    }

    /** The JDK's own writer (TwelveMonkeys' registers first, with other compression names and metadata). */
    static ImageWriter jdkWriter(String format) {
        for (java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format); writers.hasNext(); ) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
        }
        throw new AssertionError("no JDK " + format + " writer");
    }

    static void writeTiff(Path file, List<BufferedImage> pages, String compression, int dpi) throws IOException {
        ImageWriter writer = jdkWriter("tiff");
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression.equals("none")) {
            param.setCompressionMode(ImageWriteParam.MODE_DISABLED);
        } else {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage image : pages) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                TIFFDirectory ifd = TIFFDirectory.createFromMetadata(metadata);
                BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
                ifd.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                        new long[][] {{dpi, 1}}));
                ifd.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                        new long[][] {{dpi, 1}}));
                ifd.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                        BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
                writer.writeToSequence(new IIOImage(image, null, ifd.getAsMetadata()), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void write(ImageWriter writer, Path file, IIOImage image, ImageWriteParam param) throws IOException {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
    }

    /** A page with a margin around the scan, so that only the drawn size gives the scan's resolution. */
    private static void addImagePage(PDDocument pdf, PDImageXObject image, int dpi) throws IOException {
        float width = image.getWidth() * 72f / dpi;
        float height = image.getHeight() * 72f / dpi;
        PDPage page = new PDPage(new PDRectangle(width + 72, height + 72));
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(image, 36, 36, width, height);
        }
    }

    /** A little-endian TIFF with one IFD claiming a huge 8-bit grey image, and almost no data. */
    static byte[] tiffHeaderClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 8 * 12 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 8);
        entry(b, 256, 4, width);          // ImageWidth, LONG
        entry(b, 257, 4, height);         // ImageLength
        entry(b, 258, 3, 8);              // BitsPerSample, SHORT
        entry(b, 259, 3, 1);              // Compression none
        entry(b, 262, 3, 1);              // BlackIsZero
        entry(b, 273, 4, 8 + 2 + 8 * 12 + 4); // StripOffsets
        entry(b, 278, 4, height);         // RowsPerStrip
        entry(b, 279, 4, 16);             // StripByteCounts
        b.putInt(0);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
