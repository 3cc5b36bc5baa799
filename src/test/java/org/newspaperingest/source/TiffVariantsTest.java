package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.CvType;

/**
 * Every baseline TIFF variant a scan archive holds, made by libtiff's {@code tiffcp} from one crop of the
 * sample page ({@code formats/make.sh}), each decoded and compared pixel by pixel with what libtiff's own
 * decoder shows for it (the reference PGM/PPM beside it).
 */
class TiffVariantsTest {

    final TikaPageImageReader reader = new TikaPageImageReader();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, reference, tolerance, bits per sample, samples per pixel, compression as MIX names it
            "g8-none.tif, grey8.pgm, 0, 8, 1, Uncompressed",
            "g8-lzw.tif, grey8.pgm, 0, 8, 1, LZW",
            "g8-lzw-predictor.tif, grey8.pgm, 0, 8, 1, LZW",
            "g8-deflate.tif, grey8.pgm, 0, 8, 1, Deflate",
            "g8-deflate-predictor.tif, grey8.pgm, 0, 8, 1, Deflate",
            "g8-deflate-32946.tif, grey8.pgm, 0, 8, 1, Deflate",
            "g8-packbits.tif, grey8.pgm, 0, 8, 1, PackBits",
            "g8-tiles-lzw.tif, grey8.pgm, 0, 8, 1, LZW",
            "g8-bigtiff-deflate.tif, grey8.pgm, 0, 8, 1, Deflate",
            "g8-bigtiff-tiles-none.tif, grey8.pgm, 0, 8, 1, Uncompressed",
            "g8-jpeg.tif, g8-jpeg.pgm, 2, 8, 1, JPEG",
            "g16-none.tif, grey8.pgm, 0, 16, 1, Uncompressed",
            "g16-deflate-predictor.tif, grey8.pgm, 0, 16, 1, Deflate",
            "g16-bigtiff-lzw.tif, grey8.pgm, 0, 16, 1, LZW",
            "g4-deflate.tif, grey4.pgm, 0, 4, 1, Deflate",
            "g4-none.tif, grey4.pgm, 0, 4, 1, Uncompressed",
            "g4-lzw.tif, grey4.pgm, 0, 4, 1, LZW",
            "g4-packbits.tif, grey4.pgm, 0, 4, 1, PackBits",
            "g4-tiles-deflate.tif, grey4.pgm, 0, 4, 1, Deflate",
            "g4-bigtiff-deflate.tif, grey4.pgm, 0, 4, 1, Deflate",
            "g4-white-deflate.tif, grey4.pgm, 0, 4, 1, Deflate",
            "g2-lzw.tif, grey2.pgm, 0, 2, 1, LZW",
            "g2-white-none.tif, grey2.pgm, 0, 2, 1, Uncompressed",
            "b1-none.tif, bitonal.pgm, 0, 1, 1, Uncompressed",
            "b1-black-none.tif, bitonal.pgm, 0, 1, 1, Uncompressed",
            "b1-packbits.tif, bitonal.pgm, 0, 1, 1, PackBits",
            "b1-lzw.tif, bitonal.pgm, 0, 1, 1, LZW",
            "b1-g3.tif, bitonal.pgm, 0, 1, 1, CCITT Group 3",
            "b1-g3-2d.tif, bitonal.pgm, 0, 1, 1, CCITT Group 3",
            "b1-g4.tif, bitonal.pgm, 0, 1, 1, CCITT Group 4",
            "b1-tiles-g4.tif, bitonal.pgm, 0, 1, 1, CCITT Group 4",
            "b1-bigtiff-g4.tif, bitonal.pgm, 0, 1, 1, CCITT Group 4",
            "rgb-none.tif, rgb.ppm, 1, 8, 3, Uncompressed",
            "rgb-lzw-predictor.tif, rgb.ppm, 1, 8, 3, LZW",
            "rgb-deflate.tif, rgb.ppm, 1, 8, 3, Deflate",
            "rgb-packbits.tif, rgb.ppm, 1, 8, 3, PackBits",
            "rgb-planar-lzw.tif, rgb.ppm, 1, 8, 3, LZW",
            "rgb-tiles-deflate.tif, rgb.ppm, 1, 8, 3, Deflate",
            "rgb-bigtiff-lzw.tif, rgb.ppm, 1, 8, 3, LZW",
            "rgb-jpeg-ycbcr.tif, rgb-jpeg-ycbcr.ppm, 3, 8, 3, JPEG",
            "rgb-jpeg-rgb.tif, rgb-jpeg-rgb.ppm, 3, 8, 3, JPEG",
            "rgb16-deflate-predictor.tif, rgb.ppm, 1, 16, 3, Deflate",
            "pal8-lzw.tif, palette8.ppm, 1, 8, 1, LZW",
            "pal4-packbits.tif, palette4.ppm, 1, 4, 1, PackBits",
    })
    void decodesToTheReferencePixels(String name, String reference, int tolerance, int bits, int samples,
                                     String compression) throws Exception {
        Path file = copy(name);
        int[] expected = referenceGrey(reference);

        try (ScannedPage page = reader.read(file, 0)) {
            assertEquals(CvType.CV_8UC1, page.grey().type());
            assertEquals(160, page.grey().cols());
            assertEquals(120, page.grey().rows());
            byte[] got = new byte[160 * 120];
            page.grey().get(0, 0, got);
            int worst = 0;
            int at = -1;
            for (int i = 0; i < got.length; i++) {
                int difference = Math.abs((got[i] & 0xff) - expected[i]);
                if (difference > worst) {
                    worst = difference;
                    at = i;
                }
            }
            assertTrue(worst <= tolerance, name + ": pixel (" + (at % 160) + ", " + (at / 160) + ") is "
                    + (at < 0 ? 0 : got[at] & 0xff) + ", the reference " + (at < 0 ? 0 : expected[at]));
            assertEquals(bits, page.facts().bitsPerSample(), "bits per sample");
            assertEquals(samples, page.facts().samplesPerPixel(), "samples per pixel");
            assertEquals(compression, page.facts().compression());
            assertEquals(name.contains("bigtiff") ? "BigTIFF" : "", page.facts().formatVersion(), "MIX formatVersion");
            assertEquals(Files.size(file), page.facts().size());
        }
        assertEquals(1, reader.pageCount(file));
    }

    /** The tool lacks a decoder: the message says so, and does not call the file damaged. */
    @Test
    void compressionNoReaderKnowsIsUnsupportedNotDamaged() throws Exception {
        Path file = copy("g8-zstd.tif");
        UnreadablePageException e = assertThrows(UnreadablePageException.class,
                () -> reader.read(file, 0));
        assertTrue(e.getMessage().startsWith("unsupported: TIFF with 8 bits per sample, 1 sample per pixel,"
                + " compression TIFF compression 50000"), e.getMessage());
        assertTrue(!e.getMessage().contains("damaged"), e.getMessage());
    }

    /** Sound header, broken Deflate data (in a 4-bit page, which TwelveMonkeys decodes): damaged. */
    @Test
    void brokenImageDataIsDamaged() throws Exception {
        Path file = copy("g4-deflate.tif");
        byte[] bytes = Files.readAllBytes(file);
        // libtiff writes the image data first, the directory after it
        for (int i = 8; i < 400; i++) {
            bytes[i] = (byte) (i * 37);
        }
        Files.write(file, bytes);
        UnreadablePageException e = assertThrows(UnreadablePageException.class,
                () -> reader.read(file, 0));
        assertTrue(e.getMessage().startsWith("damaged: the image data of this TIFF with 4 bits per sample"),
                e.getMessage());
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = resource(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TiffVariantsTest.class.getResourceAsStream("formats/" + name);
        if (in == null) {
            throw new IOException("test resource formats/" + name + " missing");
        }
        return in;
    }

    /**
     * The reference as 8-bit grey: a PGM as it is; a PPM through the luma weights OpenCV and Java 2D both
     * use (ITU-R BT.601), which is what the reader hands on for colour scans.
     */
    static int[] referenceGrey(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = resource(name)) {
            bytes = in.readAllBytes();
        }
        // binary PNM: magic, width, height, maxval, one whitespace, samples
        int[] header = new int[3];
        int pos = 2;
        for (int i = 0; i < 3; i++) {
            while (Character.isWhitespace(bytes[pos])) {
                pos++;
            }
            int value = 0;
            while (Character.isDigit(bytes[pos])) {
                value = value * 10 + (bytes[pos++] - '0');
            }
            header[i] = value;
        }
        pos++;
        assertEquals(255, header[2], name + " maxval");
        int pixels = header[0] * header[1];
        boolean colour = bytes[1] == '6';
        int[] grey = new int[pixels];
        for (int i = 0; i < pixels; i++) {
            if (colour) {
                int r = bytes[pos + 3 * i] & 0xff;
                int g = bytes[pos + 3 * i + 1] & 0xff;
                int b = bytes[pos + 3 * i + 2] & 0xff;
                grey[i] = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
            } else {
                grey[i] = bytes[pos + i] & 0xff;
            }
        }
        return grey;
    }
}
