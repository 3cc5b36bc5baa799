package org.newspaperingest.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.newspaperingest.model.ImageFile;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * The pages of a PDF. A scanned page is the largest image drawn on it, taken at its own pixel size, its
 * resolution its pixel size over the size the page draws it at. A page made of type (an e-paper PDF, with
 * a visible text layer, or with no image at all) is rendered instead, and its text layer handed on with it.
 */
final class PdfPages {

    private static final int MAX_FORM_DEPTH = 4;
    private static final double POINTS_PER_INCH = 72;
    /** Resolution born-digital pages are rendered at: that of a newspaper scan, for which layout is tuned. */
    static final double RENDER_DPI = 300;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PdfPages.class);

    private PdfPages() {
    }

    static int pageCount(Path file) throws UnreadablePageException {
        try (PDDocument pdf = open(file)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UnreadablePageException(file, "damaged PDF (" + TikaPageImageReader.plain(e) + ")", e);
        }
    }

    static ScannedPage read(Path file, int pageIndex) throws UnreadablePageException {
        try (PDDocument pdf = open(file)) {
            if (pageIndex < 0 || pageIndex >= pdf.getNumberOfPages()) {
                throw new UnreadablePageException(file, "has no page " + (pageIndex + 1) + " (it holds "
                        + pdf.getNumberOfPages() + ")");
            }
            PDPage page = pdf.getPage(pageIndex);
            PdfTextLayer text = textLayer(file, pdf, pageIndex);
            PDImageXObject image = largestImage(page.getResources(), 0);
            if (image == null || text.characters().size() >= PdfTextLayer.MIN_CHARACTERS) {
                return bornDigital(file, pdf, pageIndex, text);
            }
            TikaPageImageReader.checkSize(file, image.getWidth(), image.getHeight(), pageIndex);
            Mat grey = decode(image);
            if (grey.empty() || grey.cols() != image.getWidth() || grey.rows() != image.getHeight()) {
                grey.release();
                throw new UnreadablePageException(file, "the image on page " + (pageIndex + 1) + " could not be decoded"
                        + " (damaged image data)");
            }
            // the size the page draws the scan at; failing that, the page's own size
            PDRectangle box = page.getCropBox();
            double[] drawn = PdfImagePlacements.of(page, image).map(p -> new double[] {p.width(), p.height()})
                    .orElse(new double[] {box.getWidth(), box.getHeight()});
            List<String> warnings = new ArrayList<>();
            double[] dpi = TikaPageImageReader.resolution(file,
                    perInch(image.getWidth(), drawn[0]), perInch(image.getHeight(), drawn[1]), warnings);
            ImageFile facts = new ImageFile(file.getFileName().toString(), PageFormat.PDF.mimeType(), Files.size(file),
                    FileDigests.sha256(file), pageIndex, image.getWidth(), image.getHeight(), dpi[0], dpi[1],
                    image.getBitsPerComponent(), components(image), compression(image));
            return new ScannedPage(file, facts, grey, warnings);
        } catch (IOException e) {
            throw new UnreadablePageException(file, "damaged PDF (" + TikaPageImageReader.plain(e) + ")", e);
        }
    }

    /** The page's text layer; one PDFBox cannot read is taken as none, and the page read as a scan would be. */
    private static PdfTextLayer textLayer(Path file, PDDocument pdf, int pageIndex) {
        try {
            return PdfTextLayer.read(pdf, pageIndex, RENDER_DPI / POINTS_PER_INCH);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: page {}: text layer not readable ({}); the page is read from its pixels", file.getFileName(),
                    pageIndex + 1, e.getMessage());
            return new PdfTextLayer(List.of(), 0, 0, 0);
        }
    }

    /**
     * A page made of type and drawings (an e-paper page): rendered for layout analysis, its text taken from
     * its text layer where that can stand in for OCR. The PDF stays the master; the rendering's pixels are
     * the frame ALTO measures in, at {@link #RENDER_DPI}.
     */
    private static ScannedPage bornDigital(Path file, PDDocument pdf, int pageIndex, PdfTextLayer text)
            throws IOException, UnreadablePageException {
        PDRectangle box = pdf.getPage(pageIndex).getCropBox();
        double scale = RENDER_DPI / POINTS_PER_INCH;
        TikaPageImageReader.checkSize(file, Math.round(box.getWidth() * scale), Math.round(box.getHeight() * scale),
                pageIndex);
        BufferedImage rendered = new PDFRenderer(pdf).renderImage(pageIndex, (float) scale, ImageType.GRAY);
        Mat grey = GreyImages.toGrey(rendered);
        List<String> warnings = new ArrayList<>();
        java.util.Optional<String> problem = text.problem();
        if (problem.isPresent()) {
            String warning = file.getFileName() + ": page " + (pageIndex + 1) + " is made of type, not of a scan, but "
                    + problem.get() + "; its rendering is read by OCR instead";
            LOG.warn("{}", warning);
            warnings.add(warning);
        }
        // What the page renders to, in colour (e-paper is printed in colour); the pipeline works on its grey.
        ImageFile facts = new ImageFile(file.getFileName().toString(), PageFormat.PDF.mimeType(), Files.size(file),
                FileDigests.sha256(file), pageIndex, grey.cols(), grey.rows(), RENDER_DPI, RENDER_DPI, 8, 3, "");
        return new ScannedPage(file, facts, grey, warnings, problem.isPresent() ? List.of() : text.characters());
    }

    private static PDDocument open(Path file) throws IOException, UnreadablePageException {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new UnreadablePageException(file, "is protected by a password");
        }
    }

    private static OptionalDouble perInch(int pixels, double points) {
        return points > 0 ? OptionalDouble.of(pixels / (points / POINTS_PER_INCH)) : OptionalDouble.empty();
    }

    /** The largest image on the page, looking into form XObjects as well. */
    private static PDImageXObject largestImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return null;
        }
        PDImageXObject largest = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            PDImageXObject candidate = null;
            if (object instanceof PDImageXObject image) {
                candidate = image;
            } else if (object instanceof PDFormXObject form) {
                candidate = largestImage(form.getResources(), depth + 1);
            }
            if (candidate != null && (largest == null || area(candidate) > area(largest))) {
                largest = candidate;
            }
        }
        return largest;
    }

    private static long area(PDImageXObject image) {
        return (long) image.getWidth() * image.getHeight();
    }

    /**
     * JPEG and JPEG 2000 data are handed to OpenCV as they are (fast, and no colour round trip); other images,
     * and those OpenCV refuses, are decoded by PDFBox.
     */
    private static Mat decode(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        COSName last = filters.isEmpty() ? null : filters.get(filters.size() - 1);
        if ((COSName.DCT_DECODE.equals(last) || COSName.JPX_DECODE.equals(last)) && !image.isStencil()) {
            byte[] encoded;
            try (InputStream in = image.getStream().createInputStream(
                    List.of(COSName.DCT_DECODE.getName(), COSName.JPX_DECODE.getName()))) {
                encoded = in.readAllBytes();
            }
            MatOfByte buffer = new MatOfByte(encoded);
            Mat grey = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_GRAYSCALE | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
            buffer.release();
            if (!grey.empty()) {
                if (invertedDecode(image)) {
                    Core.bitwise_not(grey, grey);
                }
                return grey;
            }
            // what OpenCV cannot decode (a JPX codestream variant, a CMYK JPEG) PDFBox decodes through
            // ImageIO: jai-imageio's JPEG 2000 reader, TwelveMonkeys' JPEG reader
            grey.release();
        }
        // everything else (Flate, LZW, CCITT, JBIG2 through jbig2-imageio, RunLength) PDFBox decodes
        return GreyImages.toGrey(image.getImage());
    }

    /** A {@code /Decode [1 0]} array: the image's values are to be read inverted. */
    private static boolean invertedDecode(PDImageXObject image) {
        COSBase decode = image.getCOSObject().getDictionaryObject(COSName.DECODE, COSName.D);
        return decode instanceof COSArray array && array.size() >= 2 && array.getObject(0) instanceof COSNumber lo
                && array.getObject(1) instanceof COSNumber hi && lo.floatValue() > hi.floatValue();
    }

    private static int components(PDImageXObject image) {
        try {
            return image.getColorSpace().getNumberOfComponents();
        } catch (IOException e) {
            return 1;
        }
    }

    private static String compression(PDImageXObject image) {
        List<COSName> filters = image.getStream().getFilters();
        if (filters.isEmpty()) {
            return "Uncompressed";
        }
        COSName last = filters.get(filters.size() - 1);
        if (COSName.CCITTFAX_DECODE.equals(last)) {
            COSBase parms = image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
            int k = parms instanceof org.apache.pdfbox.cos.COSDictionary d ? d.getInt(COSName.K, 0) : 0;
            return k < 0 ? "CCITT Group 4" : "CCITT Group 3";
        }
        String name = last.getName();
        return switch (name) {
            case "DCTDecode" -> "JPEG";
            case "JPXDecode" -> "JPEG 2000";
            case "FlateDecode" -> "Deflate";
            case "LZWDecode" -> "LZW";
            case "JBIG2Decode" -> "JBIG2";
            case "RunLengthDecode" -> "PackBits";
            default -> name;
        };
    }
}
