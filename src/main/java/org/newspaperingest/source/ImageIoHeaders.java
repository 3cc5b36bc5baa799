package org.newspaperingest.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the header and metadata of TIFF, JPEG and PNG files with the JDK's own ImageIO plugins, which read
 * the directory, markers or chunks without decoding pixels.
 */
final class ImageIoHeaders {

    private static final double MM_PER_INCH = 25.4;

    private ImageIoHeaders() {
    }

    static RasterHeader read(Path file, PageFormat format, int pageIndex) throws UnreadablePageException {
        String formatName = switch (format) {
            case TIFF -> "tiff";
            case JPEG -> "jpeg";
            case PNG -> "png";
            default -> throw new IllegalArgumentException(format + " is not read with ImageIO");
        };
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadablePageException(file, "cannot be opened");
            }
            ImageReader reader = jdkReader(formatName);
            try {
                reader.setInput(in, false, false);
                int pages = format == PageFormat.TIFF ? reader.getNumImages(true) : 1;
                if (pageIndex >= pages) {
                    return new RasterHeader(pages, 0, 0, 0, 0, "", OptionalDouble.empty(), OptionalDouble.empty());
                }
                int width = reader.getWidth(pageIndex);
                int height = reader.getHeight(pageIndex);
                IIOMetadata metadata = reader.getImageMetadata(pageIndex);
                return switch (format) {
                    case TIFF -> tiff(pages, width, height, metadata);
                    case JPEG -> jpeg(width, height, metadata);
                    default -> png(width, height, metadata);
                };
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadablePageException(file, "damaged or truncated " + format.name() + " file (its header cannot"
                    + " be read: " + reason + ")", e);
        }
    }

    /** The JDK's plugin, not a third-party one registered for the same format (its metadata differs). */
    private static ImageReader jdkReader(String formatName) throws IOException {
        ImageReader other = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName); readers.hasNext(); ) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.imageio.")) {
                if (other != null) {
                    other.dispose();
                }
                return reader;
            }
            if (other == null) {
                other = reader;
            } else {
                reader.dispose();
            }
        }
        if (other == null) {
            throw new IOException("no " + formatName + " reader in this Java");
        }
        return other;
    }

    private static RasterHeader tiff(int pages, int width, int height, IIOMetadata metadata) throws IOException {
        TIFFDirectory ifd = TIFFDirectory.createFromMetadata(metadata);
        int compression = intTag(ifd, BaselineTIFFTagSet.TAG_COMPRESSION, 1);
        int bits = intTag(ifd, BaselineTIFFTagSet.TAG_BITS_PER_SAMPLE, 1);
        int samples = intTag(ifd, BaselineTIFFTagSet.TAG_SAMPLES_PER_PIXEL, 1);
        int unit = intTag(ifd, BaselineTIFFTagSet.TAG_RESOLUTION_UNIT, BaselineTIFFTagSet.RESOLUTION_UNIT_INCH);
        OptionalDouble x = OptionalDouble.empty();
        OptionalDouble y = OptionalDouble.empty();
        if (unit != BaselineTIFFTagSet.RESOLUTION_UNIT_NONE) {
            double perInch = unit == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER ? 2.54 : 1;
            x = rationalTag(ifd, BaselineTIFFTagSet.TAG_X_RESOLUTION, perInch);
            y = rationalTag(ifd, BaselineTIFFTagSet.TAG_Y_RESOLUTION, perInch);
        }
        return new RasterHeader(pages, width, height, bits, samples, tiffCompression(compression), x, y);
    }

    /** TIFF compression codes as MIX 2.0 and the NDNP/LoC technical metadata name them. */
    static String tiffCompression(int code) {
        return switch (code) {
            case 1 -> "Uncompressed";
            case 2 -> "CCITT 1D";
            case 3 -> "CCITT Group 3";
            case 4 -> "CCITT Group 4";
            case 5 -> "LZW";
            case 6, 7 -> "JPEG";
            case 8, 32946 -> "Deflate";
            case 32773 -> "PackBits";
            case 34712 -> "JPEG 2000";
            default -> "TIFF compression " + code;
        };
    }

    private static int intTag(TIFFDirectory ifd, int tag, int absent) {
        TIFFField field = ifd.getTIFFField(tag);
        return field == null || field.getCount() == 0 ? absent : field.getAsInt(0);
    }

    private static OptionalDouble rationalTag(TIFFDirectory ifd, int tag, double factor) {
        TIFFField field = ifd.getTIFFField(tag);
        if (field == null || field.getCount() == 0) {
            return OptionalDouble.empty();
        }
        double value = field.getAsDouble(0);
        return Double.isFinite(value) && value > 0 ? OptionalDouble.of(value * factor) : OptionalDouble.empty();
    }

    private static RasterHeader png(int width, int height, IIOMetadata metadata) {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_png_1.0");
        Element ihdr = (Element) root.getElementsByTagName("IHDR").item(0);
        int bits = Integer.parseInt(ihdr.getAttribute("bitDepth"));
        int samples = switch (ihdr.getAttribute("colorType")) {
            case "RGB" -> 3;
            case "GrayAlpha" -> 2;
            case "RGBAlpha" -> 4;
            default -> 1; // Gray, Palette
        };
        return new RasterHeader(1, width, height, bits, samples, "Deflate",
                standardDpi(metadata, "HorizontalPixelSize"), standardDpi(metadata, "VerticalPixelSize"));
    }

    /** JFIF's density where it gives units; else EXIF's resolution (cameras and many scanners write only that). */
    private static RasterHeader jpeg(int width, int height, IIOMetadata metadata) {
        OptionalDouble x = standardDpi(metadata, "HorizontalPixelSize");
        OptionalDouble y = standardDpi(metadata, "VerticalPixelSize");
        if (x.isEmpty() || y.isEmpty()) {
            double[] exif = exifResolution(metadata);
            if (exif != null) {
                x = OptionalDouble.of(exif[0]);
                y = OptionalDouble.of(exif[1]);
            }
        }
        return new RasterHeader(1, width, height, 8, channels(metadata), "JPEG", x, y);
    }

    /** XResolution and YResolution of the EXIF APP1 segment's first directory, in dots per inch, or null. */
    private static double[] exifResolution(IIOMetadata metadata) {
        IIOMetadataNode root;
        try {
            root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        } catch (IllegalArgumentException e) {
            return null;
        }
        NodeList unknown = root.getElementsByTagName("unknown");
        for (int i = 0; i < unknown.getLength(); i++) {
            IIOMetadataNode node = (IIOMetadataNode) unknown.item(i);
            if ("225".equals(node.getAttribute("MarkerTag")) && node.getUserObject() instanceof byte[] bytes) {
                double[] dpi = ExifResolution.parse(bytes);
                if (dpi != null) {
                    return dpi;
                }
            }
        }
        return null;
    }

    private static int channels(IIOMetadata metadata) {
        NodeList nodes = standard(metadata).getElementsByTagName("NumChannels");
        return nodes.getLength() == 0 ? 1 : Integer.parseInt(((Element) nodes.item(0)).getAttribute("value"));
    }

    /** ImageIO's neutral metadata gives pixel size in millimetres (from JFIF density or PNG pHYs). */
    private static OptionalDouble standardDpi(IIOMetadata metadata, String pixelSize) {
        NodeList nodes = standard(metadata).getElementsByTagName(pixelSize);
        if (nodes.getLength() == 0) {
            return OptionalDouble.empty();
        }
        double millimetres = Double.parseDouble(((Element) nodes.item(0)).getAttribute("value"));
        return millimetres > 0 ? OptionalDouble.of(MM_PER_INCH / millimetres) : OptionalDouble.empty();
    }

    private static IIOMetadataNode standard(IIOMetadata metadata) {
        return (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    }
}
