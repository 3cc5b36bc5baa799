package org.newspaperingest.pack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.source.ScannedPage;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.source.UnreadablePageException;
import org.opencv.core.Mat;

/**
 * A JPEG of each page for viewers and the searchable PDF ({@code access/0001.jpg}), at the size of the page
 * as ALTO measures it, so ALTO coordinates are pixel coordinates of the access image too. Grey masters give
 * grey JPEGs, colour masters colour ones; a PDF master is rendered at that size.
 */
public final class AccessImageFormat implements OutputFormat {

    public static final String NAME = "access";
    public static final String USE = "ACCESS";
    public static final String DIR = "access";
    private static final float QUALITY = 0.85f;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String use() {
        return USE;
    }

    @Override
    public String idPrefix() {
        return "ACCESS";
    }

    @Override
    public List<OutputFile> write(Issue issue, PackageSoFar written) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (Page page : issue.pages()) {
            Path master = written.resolve(written.layout().page(page.sequence()).image());
            files.add(new OutputFile(page.sequence(), href(page.sequence()), "image/jpeg", jpeg(master, page)));
        }
        return files;
    }

    public static String href(int sequence) {
        return DIR + "/" + MetsWriter.fourDigits(sequence) + ".jpg";
    }

    /** The page's access JPEG, made from its master image. */
    public static byte[] jpeg(Path master, Page page) throws IOException {
        return jpeg(fitted(decode(master, page), page));
    }

    /** The page's master image as the pipeline saw it: the page of a multi-page file, a PDF page rendered. */
    static BufferedImage decode(Path master, Page page) throws IOException {
        int index = page.image() == null ? 0 : page.image().pageInFile();
        String mime = page.image() == null ? "" : String.valueOf(page.image().mimeType());
        try {
            if (mime.equals("application/pdf") && page.image().compression() != null
                    && !page.image().compression().isBlank()) {
                return scanInPdf(master, index);
            }
            if (mime.equals("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(master.toFile())) {
                    PDRectangle box = pdf.getPage(index).getCropBox();
                    float scale = page.width() / box.getWidth();
                    return new PDFRenderer(pdf).renderImage(index, scale, colour(page) ? ImageType.RGB : ImageType.GRAY);
                }
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(master.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw new IOException("no image decoder for " + mime);
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return reader.read(index);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(master.getFileName() + ": cannot make the access image of page " + page.sequence()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A scanned PDF page: the scan itself, as the pipeline took it (a rendering of the page would include
     * the margins around a scan that does not fill it, and ALTO measures in the scan's pixels).
     */
    private static BufferedImage scanInPdf(Path master, int index) throws IOException {
        try (ScannedPage scan = new TikaPageImageReader().read(master, index)) {
            Mat grey = scan.grey();
            byte[] pixels = new byte[grey.cols() * grey.rows()];
            grey.get(0, 0, pixels);
            BufferedImage image = new BufferedImage(grey.cols(), grey.rows(), BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, grey.cols(), grey.rows(), pixels);
            return image;
        } catch (UnreadablePageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean colour(Page page) {
        return page.image() != null && page.image().samplesPerPixel() >= 3;
    }

    /** 8-bit grey or RGB at the page's size, whatever the decoder gave (16-bit, bitonal, palette, CMYK-less). */
    private static BufferedImage fitted(BufferedImage decoded, Page page) {
        int type = colour(page) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY;
        int width = page.width() > 0 ? page.width() : decoded.getWidth();
        int height = page.height() > 0 ? page.height() : decoded.getHeight();
        if (decoded.getType() == type && decoded.getWidth() == width && decoded.getHeight() == height) {
            return decoded;
        }
        BufferedImage result = new BufferedImage(width, height, type);
        Graphics2D g = result.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Transparent pixels become paper, as ingest read them (an RGBA scan's ink may be in its alpha alone).
        g.drawImage(decoded, 0, 0, width, height, Color.WHITE, null);
        g.dispose();
        return result;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
