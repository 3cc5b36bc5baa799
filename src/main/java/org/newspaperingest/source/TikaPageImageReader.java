package org.newspaperingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.tika.mime.MediaType;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Range;
import org.opencv.imgcodecs.Imgcodecs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads page files of any supported format into 8-bit greyscale pixels and the facts of the file.
 *
 * <p>The format is found from the content with Apache Tika. Headers are read first (ImageIO for TIFF, JPEG
 * and PNG; the box structure for JPEG 2000; PDFBox for PDF), so that an absurd image size is refused before
 * any pixel is decoded. Pixels are decoded by OpenCV (libtiff, libjpeg-turbo, libpng, OpenJPEG) straight to
 * grey, one page at a time; the scanned images inside a PDF are taken at their own resolution, not
 * re-rendered.
 */
public final class TikaPageImageReader implements PageImageReader {

    /** Longest side accepted, in pixels: larger than any newspaper scanned at 1200 dpi. */
    public static final int MAX_SIDE = 30_000;
    /**
     * Most pixels accepted in one page image: a double broadsheet spread at 600 dpi (about 246 million), or
     * a broadsheet page at 800 dpi. Every stage after decoding holds the page several times over, so a
     * larger one (a tiny PNG can claim 20000 × 20000) would take several gigabytes; it is refused, by name.
     */
    public static final long MAX_PIXELS = 250_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(TikaPageImageReader.class);
    private static final int DECODE_FLAGS = Imgcodecs.IMREAD_GRAYSCALE | Imgcodecs.IMREAD_IGNORE_ORIENTATION;
    /** Unchanged: alpha kept, to be laid on white here (this also ignores orientation). */
    private static final int PNG_FLAGS = Imgcodecs.IMREAD_UNCHANGED;
    private static final Map<String, String> KNOWN_NON_IMAGES = Map.of(
            "text/plain", "a text file", "application/xml", "an XML file", "text/html", "an HTML page",
            "application/zip", "a ZIP archive", "application/octet-stream", "of no recognisable format");

    public TikaPageImageReader() {
        OpenCvLoader.load();
    }

    @Override
    public List<ScannedPage> read(Path file) throws UnreadablePageException {
        int count = pageCount(file);
        List<ScannedPage> pages = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                pages.add(read(file, i));
            }
        } catch (UnreadablePageException | RuntimeException e) {
            pages.forEach(ScannedPage::close);
            throw e;
        }
        return pages;
    }

    @Override
    public int pageCount(Path file) throws UnreadablePageException {
        PageFormat format = formatOf(file);
        return switch (format) {
            case PDF -> PdfPages.pageCount(file);
            case TIFF -> header(file, format, 0).pages();
            default -> 1;
        };
    }

    @Override
    public ScannedPage read(Path file, int pageIndex) throws UnreadablePageException {
        PageFormat format = formatOf(file);
        try {
            return format == PageFormat.PDF ? PdfPages.read(file, pageIndex) : readRaster(file, format, pageIndex);
        } catch (OutOfMemoryError e) {
            throw new UnreadablePageException(file, "not enough memory to decode page " + (pageIndex + 1)
                    + " (give Java more memory with -Xmx, or run fewer threads)");
        }
    }

    private static ScannedPage readRaster(Path file, PageFormat format, int pageIndex) throws UnreadablePageException {
        RasterHeader header = header(file, format, pageIndex);
        if (pageIndex < 0 || pageIndex >= header.pages()) {
            throw new UnreadablePageException(file, "has no page " + (pageIndex + 1) + " (it holds " + header.pages() + ")");
        }
        checkSize(file, header.width(), header.height(), pageIndex);
        List<String> warnings = new ArrayList<>();
        byte[] repaired = TruncationCheck.check(file, format, warnings);
        warnings.forEach(warning -> LOG.warn("{}", warning));
        Mat grey = decode(file, format, pageIndex, header, repaired);
        if (grey.cols() != header.width() || grey.rows() != header.height()) {
            String got = grey.cols() + "×" + grey.rows();
            grey.release();
            throw new UnreadablePageException(file, "the header says " + header.width() + "×" + header.height()
                    + " pixels but the image data gives " + got + " (damaged file)");
        }
        double[] dpi = resolution(file, header.dpiX(), header.dpiY(), warnings);
        try {
            ImageFile facts = new ImageFile(file.getFileName().toString(), format.mimeType(), Files.size(file),
                    FileDigests.sha256(file), pageIndex, header.width(), header.height(), dpi[0], dpi[1],
                    header.bitsPerSample(), header.samplesPerPixel(), header.compression(),
                    format == PageFormat.TIFF && BigTiffHeaders.isBigTiff(file) ? "BigTIFF" : "");
            return new ScannedPage(file, facts, grey, warnings);
        } catch (IOException e) {
            grey.release();
            throw new UnreadablePageException(file, "cannot be read (" + plain(e) + ")", e);
        }
    }

    /**
     * The header: the JDK's ImageIO plugins for TIFF, JPEG and PNG; BigTIFF, JPEG 2000 and the JPEGs the
     * JDK refuses their own way.
     */
    private static RasterHeader header(Path file, PageFormat format, int pageIndex) throws UnreadablePageException {
        if (format == PageFormat.JPEG_2000) {
            return jp2Header(file);
        }
        try {
            if (format == PageFormat.TIFF && BigTiffHeaders.isBigTiff(file)) {
                return BigTiffHeaders.read(file, pageIndex);
            }
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + plain(e) + ")", e);
        }
        try {
            return ImageIoHeaders.read(file, format, pageIndex);
        } catch (UnreadablePageException e) {
            if (format != PageFormat.JPEG) {
                throw e;
            }
            // a CMYK/YCCK JPEG with a JFIF marker is sound, but the JDK's plugin refuses it
            RasterHeader header = JpegHeaders.read(file);
            LOG.debug("{}: header read with TwelveMonkeys after the JDK refused it ({})", file, e.getMessage());
            return header;
        }
    }

    /**
     * OpenCV first (libtiff, libjpeg-turbo, libpng, OpenJPEG: native and lean); what it cannot decode (2- and
     * 4-bit grey TIFF, old-style JPEG in TIFF, some CMYK JPEGs) through TwelveMonkeys' ImageIO plugins.
     * Failing both, the message says whether the file is damaged or the variant is one no reader here knows.
     */
    private static Mat decode(Path file, PageFormat format, int pageIndex, RasterHeader header, byte[] repaired)
            throws UnreadablePageException {
        // OpenCV takes 2- and 4-bit TIFF only as palette, and says so on the console: grey goes straight on
        boolean openCvReads = !(format == PageFormat.TIFF && header.samplesPerPixel() == 1
                && (header.bitsPerSample() == 2 || header.bitsPerSample() == 4));
        Mat grey = openCvReads ? decodeWithOpenCv(file, format, pageIndex, repaired) : new Mat();
        if (!grey.empty() || (format != PageFormat.TIFF && format != PageFormat.JPEG)) {
            if (grey.empty()) {
                throw new UnreadablePageException(file, "damaged: the " + format.name().replace('_', ' ')
                        + " image data cannot be decoded");
            }
            return grey;
        }
        grey.release();
        LOG.debug("{}: decoding with ImageIO", file);
        try {
            return ImageIoDecoder.decodeGrey(file, format, pageIndex);
        } catch (ImageIoDecoder.DecodeFailure e) {
            String variant = format == PageFormat.TIFF
                    ? "TIFF with " + header.bitsPerSample() + " bits per sample, " + header.samplesPerPixel()
                    + (header.samplesPerPixel() == 1 ? " sample" : " samples") + " per pixel, compression "
                    + header.compression()
                    : "JPEG with " + header.samplesPerPixel() + " colour components";
            if (e.unsupported()) {
                throw new UnreadablePageException(file, "unsupported: " + variant + " (" + e.getMessage()
                        + "); convert it, e.g. to an uncompressed or Deflate TIFF", e);
            }
            throw new UnreadablePageException(file, "damaged: the image data of this " + variant + " cannot be"
                    + " decoded (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + plain(e) + ")", e);
        }
    }

    /**
     * Decodes straight from the file where OpenCV can open it by name, so that one page of a long
     * multi-page TIFF is read without the rest; from the bytes otherwise (names with characters outside the
     * Basic Multilingual Plane do not survive the trip to native code), or from the repaired bytes when
     * there are some. A PNG that may be transparent is read with its alpha channel, to be laid on white (ink
     * drawn through alpha alone is otherwise lost on a black page).
     */
    private static Mat decodeWithOpenCv(Path file, PageFormat format, int pageIndex, byte[] repaired)
            throws UnreadablePageException {
        int flags = format == PageFormat.PNG && TruncationCheck.pngMayBeTransparent(file) ? PNG_FLAGS : DECODE_FLAGS;
        String name = file.toAbsolutePath().toString();
        Mat decoded;
        if (repaired == null && name.codePoints().allMatch(c -> c > 0 && c < 0x10000)) {
            if (format == PageFormat.TIFF) {
                List<Mat> pages = new ArrayList<>(1);
                boolean ok = Imgcodecs.imreadmulti(name, pages, pageIndex, 1, flags);
                decoded = first(ok, pages);
            } else {
                decoded = Imgcodecs.imread(name, flags);
            }
        } else {
            MatOfByte buffer = new MatOfByte(repaired != null ? repaired : readAll(file));
            try {
                if (format == PageFormat.TIFF) {
                    List<Mat> pages = new ArrayList<>(1);
                    boolean ok = Imgcodecs.imdecodemulti(buffer, flags, pages, new Range(pageIndex, pageIndex + 1));
                    decoded = first(ok, pages);
                } else {
                    decoded = Imgcodecs.imdecode(buffer, flags);
                }
            } finally {
                buffer.release();
            }
        }
        return decoded.empty() ? decoded : GreyImages.toGrey(decoded);
    }

    private static Mat first(boolean ok, List<Mat> pages) {
        if (!ok || pages.isEmpty()) {
            pages.forEach(Mat::release);
            return new Mat();
        }
        for (int i = 1; i < pages.size(); i++) {
            pages.get(i).release();
        }
        return pages.get(0);
    }

    /** Refuses absurd sizes from the header alone, before memory is spent on pixels. */
    static void checkSize(Path file, long width, long height, int pageIndex) throws UnreadablePageException {
        String page = pageIndex > 0 ? "page " + (pageIndex + 1) + " " : "";
        if (width <= 0 || height <= 0) {
            throw new UnreadablePageException(file, page + "has no pixels according to its header (" + width + "×" + height + ")");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new UnreadablePageException(file, page + "claims " + width + "×" + height + " pixels ("
                    + Math.round(width * height / 1e6) + " million), more than accepted (" + MAX_SIDE + " a side, "
                    + MAX_PIXELS / 1_000_000 + " million in all: a double broadsheet page at 600 dpi); scale it"
                    + " down or split it, or, if it is not that large, its header is damaged");
        }
    }

    /**
     * Resolution as recorded, or 0 (unknown) with a warning saying so: the pipeline then reads the page at
     * the resolution its type suggests, and the package records none as fact.
     */
    static double[] resolution(Path file, OptionalDouble x, OptionalDouble y, List<String> warnings) {
        boolean usable = x.isPresent() && x.getAsDouble() >= 1 && y.isPresent() && y.getAsDouble() >= 1;
        if (!usable) {
            String warning = file.getFileName() + ": no resolution recorded in the file";
            LOG.warn("{}", warning);
            warnings.add(warning);
            return new double[] {0, 0};
        }
        return new double[] {round(x.getAsDouble()), round(y.getAsDouble())};
    }

    private static double round(double dpi) {
        return Math.round(dpi * 100) / 100.0;
    }

    private static RasterHeader jp2Header(Path file) throws UnreadablePageException {
        try (InputStream in = Files.newInputStream(file)) {
            Jp2Header jp2 = Jp2Header.read(in);
            return new RasterHeader(1, jp2.width(), jp2.height(), jp2.bitsPerComponent(), jp2.components(),
                    "JPEG 2000", jp2.dpiX(), jp2.dpiY());
        } catch (IOException e) {
            throw new UnreadablePageException(file, "damaged JPEG 2000 header (" + plain(e) + ")", e);
        }
    }

    /** Checks the file can be read at all and finds its format from its content. */
    static PageFormat formatOf(Path file) throws UnreadablePageException {
        if (!Files.exists(file)) {
            throw new UnreadablePageException(file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadablePageException(file, "is not a file");
        }
        MediaType type;
        try {
            if (Files.size(file) == 0) {
                throw new UnreadablePageException(file, "is empty (0 bytes)");
            }
            type = PageFormat.detectContent(file);
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + plain(e) + ")", e);
        }
        return PageFormat.of(type).orElseThrow(() -> new UnreadablePageException(file, "is not a page image: its"
                + " content is " + KNOWN_NON_IMAGES.getOrDefault(type.getBaseType().toString(), type.toString())
                + " (readable: TIFF, JPEG, PNG, JPEG 2000, PDF)"));
    }

    static byte[] readAll(Path file) throws UnreadablePageException {
        try {
            if (Files.size(file) > Integer.MAX_VALUE - 16) {
                throw new UnreadablePageException(file, "is larger than 2 GB; split it into one file per page");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + plain(e) + ")", e);
        }
    }

    /** An I/O failure in words, without Java class names. */
    static String plain(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "read error" : message;
    }
}
