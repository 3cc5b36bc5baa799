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
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The header of a JPEG the JDK's plugin refuses although it is sound: a CMYK or YCCK JPEG with a JFIF
 * marker (the JDK calls that "inconsistent metadata"; PIL writes it whenever a resolution is given), read
 * with TwelveMonkeys' JPEG plugin, which takes such files as they are.
 */
final class JpegHeaders {

    private static final double MM_PER_INCH = 25.4;

    private JpegHeaders() {
    }

    static RasterHeader read(Path file) throws UnreadablePageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadablePageException(file, "cannot be opened");
            }
            ImageReader reader = twelveMonkeysReader();
            try {
                reader.setInput(in, true, false);
                IIOMetadataNode standard = (IIOMetadataNode) reader.getImageMetadata(0)
                        .getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
                NodeList channels = standard.getElementsByTagName("NumChannels");
                int samples = channels.getLength() == 0 ? 1
                        : Integer.parseInt(((Element) channels.item(0)).getAttribute("value"));
                return new RasterHeader(1, reader.getWidth(0), reader.getHeight(0), 8, samples, "JPEG",
                        dpi(standard, "HorizontalPixelSize"), dpi(standard, "VerticalPixelSize"));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadablePageException(file, "damaged or truncated JPEG file (its header cannot be read: "
                    + reason + ")", e);
        }
    }

    private static ImageReader twelveMonkeysReader() throws IOException {
        ImageReader chosen = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg"); readers.hasNext(); ) {
            ImageReader reader = readers.next();
            if (chosen == null && reader.getClass().getName().startsWith("com.twelvemonkeys.")) {
                chosen = reader;
            } else {
                reader.dispose();
            }
        }
        if (chosen == null) {
            throw new IOException("no TwelveMonkeys JPEG reader on the class path");
        }
        return chosen;
    }

    /** ImageIO's neutral metadata gives pixel size in millimetres (from the JFIF density). */
    private static OptionalDouble dpi(IIOMetadataNode standard, String pixelSize) {
        NodeList nodes = standard.getElementsByTagName(pixelSize);
        if (nodes.getLength() == 0) {
            return OptionalDouble.empty();
        }
        double millimetres = Double.parseDouble(((Element) nodes.item(0)).getAttribute("value"));
        return millimetres > 0 ? OptionalDouble.of(MM_PER_INCH / millimetres) : OptionalDouble.empty();
    }
}
