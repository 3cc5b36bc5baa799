package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scanned PDFs as libraries and vendors make them: bitonal pages as JBIG2, grey and colour ones as JPEG 2000.
 * Both are made here from a known page and must decode to exactly its pixels.
 */
class PdfImageCodecsTest {

    static final int W = 400;
    static final int H = 240;
    static final int DPI = 300;

    final TikaPageImageReader reader = new TikaPageImageReader();

    @TempDir
    Path dir;

    @Test
    void jbig2PageImageIsRead() throws Exception {
        BufferedImage page = page(BufferedImage.TYPE_BYTE_BINARY);
        Path file = dir.resolve("jbig2.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(jbig2(page)),
                    COSName.JBIG2_DECODE, W, H, 1, PDDeviceGray.INSTANCE);
            addImagePage(pdf, image);
            pdf.save(file.toFile());
        }

        try (ScannedPage scanned = reader.read(file, 0)) {
            assertArrayEquals(greyOf(page), pixels(scanned));
            assertEquals("JBIG2", scanned.facts().compression());
            assertEquals(1, scanned.facts().bitsPerSample());
            assertEquals(DPI, scanned.facts().xResolution(), 0.01);
        }
    }

    @ParameterizedTest(name = "codestream only {0}")
    @ValueSource(booleans = {false, true})
    void jpeg2000PageImageIsRead(boolean codestreamOnly) throws Exception {
        BufferedImage page = page(BufferedImage.TYPE_BYTE_GRAY);
        Path file = dir.resolve("jpx.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(losslessJp2(page, codestreamOnly)),
                    COSName.JPX_DECODE, W, H, 8, PDDeviceGray.INSTANCE);
            addImagePage(pdf, image);
            pdf.save(file.toFile());
        }

        try (ScannedPage scanned = reader.read(file, 0)) {
            assertArrayEquals(greyOf(page), pixels(scanned));
            assertEquals("JPEG 2000", scanned.facts().compression());
            assertEquals(DPI, scanned.facts().xResolution(), 0.01);
        }
    }

    /** White paper, black blocks and text (bitonal pages stay bitonal: no anti-aliasing). */
    static BufferedImage page(int type) {
        BufferedImage image = new BufferedImage(W, H, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 60, 30);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
        g.drawString("JBIG2 and JPEG 2000 scans", 12, 100);
        g.drawString("Bibliothèque nationale 1871", 12, 160);
        g.dispose();
        return image;
    }

    private static byte[] greyOf(BufferedImage image) {
        byte[] grey = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                grey[y * W + x] = (byte) (image.getRGB(x, y) & 0xff);
            }
        }
        return grey;
    }

    private static byte[] pixels(ScannedPage page) {
        assertEquals(W, page.grey().cols());
        assertEquals(H, page.grey().rows());
        byte[] pixels = new byte[W * H];
        page.grey().get(0, 0, pixels);
        return pixels;
    }

    private static void addImagePage(PDDocument pdf, PDImageXObject image) throws IOException {
        float width = W * 72f / DPI;
        float height = H * 72f / DPI;
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(image, 0, 0, width, height);
        }
    }

    /** Lossless JPEG 2000, a JP2 file or a bare codestream (PDF allows both), by jai-imageio's encoder. */
    static byte[] losslessJp2(BufferedImage image, boolean codestreamOnly) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
        param.setLossless(true);
        param.setWriteCodeStreamOnly(codestreamOnly);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A JBIG2 stream in the organisation PDF embeds (ITU-T T.88 annex D.3: segments without a file header):
     * a page information segment and one immediate lossless generic region coded with MMR, whose data is
     * the page's CCITT T.6 coding (T.88 6.2.6), here taken from the JDK's TIFF encoder.
     */
    static byte[] jbig2(BufferedImage bitonal) throws IOException {
        int width = bitonal.getWidth();
        int height = bitonal.getHeight();
        byte[] mmr = ccittT6(bitonal);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        // page information, segment 0, type 48
        ByteArrayOutputStream pageInfo = new ByteArrayOutputStream();
        DataOutputStream info = new DataOutputStream(pageInfo);
        info.writeInt(width);
        info.writeInt(height);
        info.writeInt(0); // x resolution unknown
        info.writeInt(0);
        info.writeByte(0); // flags: default pixel 0, OR
        info.writeShort(0); // no striping
        segment(out, 0, 48, pageInfo.toByteArray());
        // immediate lossless generic region, segment 1, type 39
        ByteArrayOutputStream region = new ByteArrayOutputStream();
        DataOutputStream generic = new DataOutputStream(region);
        generic.writeInt(width);
        generic.writeInt(height);
        generic.writeInt(0); // x, y on the page
        generic.writeInt(0);
        generic.writeByte(0); // combination operator OR
        generic.writeByte(1); // generic region flags: MMR
        generic.write(mmr);
        segment(out, 1, 39, region.toByteArray());
        // end of page, segment 2, type 49
        segment(out, 2, 49, new byte[0]);
        return bytes.toByteArray();
    }

    private static void segment(DataOutputStream out, int number, int type, byte[] data) throws IOException {
        out.writeInt(number);
        out.writeByte(type); // page association in one byte, not deferred
        out.writeByte(0); // refers to no segment
        out.writeByte(1); // page 1
        out.writeInt(data.length);
        out.write(data);
    }

    /** The page's CCITT T.6 (Group 4) data: the one tile of a TIFF written by the JDK's encoder. */
    private static byte[] ccittT6(BufferedImage bitonal) throws IOException {
        ImageWriter writer = TikaPageImageReaderTest.jdkWriter("tiff");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("CCITT T.6");
        // one tile the size of the page: one T.6 stream (strips would each restart the coding)
        param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
        param.setTiling(bitonal.getWidth(), bitonal.getHeight(), 0, 0); // multiples of 16
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(bitonal, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] tiff = bytes.toByteArray();
        ImageReader tiffReader = ImageIO.getImageReadersByFormatName("tiff").next();
        for (var readers = ImageIO.getImageReadersByFormatName("tiff"); readers.hasNext(); ) {
            ImageReader candidate = readers.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                tiffReader = candidate;
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            tiffReader.setInput(in);
            TIFFDirectory ifd = TIFFDirectory.createFromMetadata(tiffReader.getImageMetadata(0));
            assertEquals(1, ifd.getTIFFField(BaselineTIFFTagSet.TAG_TILE_OFFSETS).getCount(), "one tile");
            assertTrue(ifd.getTIFFField(BaselineTIFFTagSet.TAG_FILL_ORDER) == null
                    || ifd.getTIFFField(BaselineTIFFTagSet.TAG_FILL_ORDER).getAsInt(0) == 1, "MSB first");
            int offset = ifd.getTIFFField(BaselineTIFFTagSet.TAG_TILE_OFFSETS).getAsInt(0);
            int length = ifd.getTIFFField(BaselineTIFFTagSet.TAG_TILE_BYTE_COUNTS).getAsInt(0);
            return java.util.Arrays.copyOfRange(tiff, offset, offset + length);
        } finally {
            tiffReader.dispose();
        }
    }
}
