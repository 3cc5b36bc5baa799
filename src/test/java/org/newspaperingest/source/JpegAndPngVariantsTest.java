package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JPEGs and PNGs as real files come: bytes after the end, no end marker, cut off, CMYK, ink in alpha, huge. */
class JpegAndPngVariantsTest {

    static final int W = 320;
    static final int H = 200;

    final TikaPageImageReader reader = new TikaPageImageReader();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "progressive {0}")
    @ValueSource(booleans = {false, true})
    void jpegWithBytesAfterItsEndMarkerIsReadWithoutComplaint(boolean progressive) throws Exception {
        byte[] whole = jpeg(progressive);
        Path plain = Files.write(dir.resolve("plain.jpg"), whole);
        byte[] trailing = Arrays.copyOf(whole, whole.length + 300);
        byte[] junk = "thumbnail data some cameras and e-paper systems append".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, trailing, whole.length + 10, junk.length);
        Path file = Files.write(dir.resolve("trailing.jpg"), trailing);

        try (ScannedPage page = reader.read(file, 0); ScannedPage reference = reader.read(plain, 0)) {
            assertArrayEquals(pixels(reference), pixels(page));
            // no resolution in the JDK writer's JFIF marker: that warning only, as for the plain file
            assertEquals(List.of("trailing.jpg: no resolution recorded in the file"), page.warnings());
        }
    }

    @ParameterizedTest(name = "progressive {0}")
    @ValueSource(booleans = {false, true})
    void jpegWithoutItsEndMarkerIsReadWithAWarningNamingTheFile(boolean progressive) throws Exception {
        byte[] whole = jpeg(progressive);
        Path plain = Files.write(dir.resolve("plain.jpg"), whole);
        Path file = Files.write(dir.resolve("e-paper 12.jpg"), Arrays.copyOf(whole, whole.length - 2));

        try (ScannedPage page = reader.read(file, 0); ScannedPage reference = reader.read(plain, 0)) {
            assertArrayEquals(pixels(reference), pixels(page));
            assertEquals(List.of("e-paper 12.jpg: the JPEG data ends without its end marker, but the picture is"
                    + " complete; read as it is", "e-paper 12.jpg: no resolution recorded in the file"),
                    page.warnings());
        }
    }

    @ParameterizedTest(name = "progressive {0}")
    @ValueSource(booleans = {false, true})
    void jpegCutShortIsRefusedAsTruncated(boolean progressive) throws Exception {
        byte[] whole = jpeg(progressive);
        for (int keep : new int[] {whole.length / 2, whole.length - 12}) {
            Path file = Files.write(dir.resolve("cut-" + keep + ".jpg"), Arrays.copyOf(whole, keep));
            UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> reader.read(file, 0));
            assertEquals(file, e.file());
            assertTrue(e.getMessage().startsWith("truncated"), e.getMessage());
        }
    }

    /** PIL writes a JFIF marker into a CMYK JPEG when given a resolution; the JDK calls that inconsistent. */
    @Test
    void cmykJpegWithAJfifMarkerIsRead() throws Exception {
        Path file = dir.resolve("cmyk-jfif.jpg");
        try (InputStream in = getClass().getResourceAsStream("formats/cmyk-jfif.jpg")) {
            Files.copy(in, file);
        }
        int[] expected = TiffVariantsTest.referenceGrey("cmyk-jfif.ppm");
        try (ScannedPage page = reader.read(file, 0)) {
            byte[] got = pixels(page);
            assertEquals(expected.length, got.length);
            for (int i = 0; i < got.length; i++) {
                assertEquals(expected[i], got[i] & 0xff, 2, "pixel " + i);
            }
            assertEquals(4, page.facts().samplesPerPixel());
            assertEquals(300.0, page.facts().xResolution());
        }
    }

    @Test
    void inkDrawnOnlyInAlphaIsLaidOnWhite() throws Exception {
        // black text through alpha on a fully transparent (and black) background
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        drawInk(image, new Color(0, 0, 0, 255));
        Path file = dir.resolve("alpha.png");
        ImageIO.write(image, "png", file.toFile());

        try (ScannedPage page = reader.read(file, 0)) {
            assertInkOnWhite(page);
            assertEquals(4, page.facts().samplesPerPixel());
        }
    }

    @Test
    void greyWithAlphaAndTransparentPaletteEntriesAreLaidOnWhite() throws Exception {
        ComponentColorModel greyAlpha = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true,
                false, java.awt.Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = greyAlpha.createCompatibleWritableRaster(W, H);
        BufferedImage grey = new BufferedImage(greyAlpha, raster, false, null);
        drawInk(grey, new Color(0, 0, 0, 255));
        Path greyFile = dir.resolve("grey-alpha.png");
        ImageIO.write(grey, "png", greyFile.toFile());

        // palette: entry 0 transparent black (the background), entry 1 opaque black (the ink)
        IndexColorModel palette = new IndexColorModel(8, 2, new byte[] {0, 0}, new byte[] {0, 0}, new byte[] {0, 0},
                new byte[] {0, (byte) 255});
        BufferedImage indexed = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, palette);
        drawInk(indexed, Color.BLACK);
        Path paletteFile = dir.resolve("palette-trns.png");
        ImageIO.write(indexed, "png", paletteFile.toFile());

        for (Path file : List.of(greyFile, paletteFile)) {
            try (ScannedPage page = reader.read(file, 0)) {
                assertInkOnWhite(page);
            }
        }
    }

    /** A 20000 × 20000 white PNG is a few hundred kilobytes; decoded, several gigabytes. */
    @Test
    void hugeImageInATinyFileIsRefusedByNameAndSize() throws Exception {
        Path file = dir.resolve("bomb.png");
        writeWhitePng(file, 20_000, 20_000);
        assertTrue(Files.size(file) < 1_000_000, "a small file: " + Files.size(file));

        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> reader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("claims 20000×20000 pixels (400 million), more than accepted"),
                e.getMessage());
    }

    private static void drawInk(BufferedImage image, Color ink) {
        Graphics2D g = image.createGraphics();
        g.setColor(ink);
        g.fillRect(20, 20, 120, 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("INK", 170, 140);
        g.dispose();
    }

    private static void assertInkOnWhite(ScannedPage page) {
        assertEquals(W, page.grey().cols());
        assertEquals(255, page.grey().get(5, 5)[0], 0, "paper is white");
        assertEquals(255, page.grey().get(H - 5, W - 5)[0], 0, "paper is white");
        assertEquals(0, page.grey().get(50, 60)[0], 0, "ink is black");
    }

    private static byte[] pixels(ScannedPage page) {
        byte[] pixels = new byte[page.grey().cols() * page.grey().rows()];
        page.grey().get(0, 0, pixels);
        return pixels;
    }

    /** A grey page with text, as the JDK's JPEG writer encodes it. */
    private static byte[] jpeg(boolean progressive) throws IOException {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
        for (int y = 30; y < H; y += 34) {
            g.drawString("Neue Zürcher Zeitung " + y, 8, y);
        }
        g.dispose();
        ImageWriter writer = TikaPageImageReaderTest.jdkWriter("jpeg");
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] data = bytes.toByteArray();
        assertEquals(0xd9, data[data.length - 1] & 0xff, "the writer ends with the end marker");
        return data;
    }

    /** A real PNG, 8-bit grey, every row white, deflated row by row (no image in memory). */
    private static void writeWhitePng(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[width + 1];
            Arrays.fill(row, 1, row.length, (byte) 0xff);
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 0, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
