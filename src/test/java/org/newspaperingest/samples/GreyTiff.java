package org.newspaperingest.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes an 8-bit greyscale page as a single-image TIFF with Deflate compression (horizontal predictor),
 * strips of 64 rows,
 * and its resolution in the X/YResolution tags, using the JDK's own TIFF writer. No date or software tags,
 * so equal pixels give equal bytes.
 */
final class GreyTiff {

    /** As MIX names it; written as TIFF compression 8 (Adobe Deflate, the JDK writer's "ZLib"). */
    static final String COMPRESSION = "Deflate";
    private static final String WRITER_COMPRESSION = "ZLib";
    private static final int ROWS_PER_STRIP = 64;

    private GreyTiff() {
    }

    static byte[] encode(BufferedImage image, int dpi) {
        ImageWriter writer = jdkTiffWriter();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 << 20);
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(WRITER_COMPRESSION);
            param.setCompressionQuality(0.5f);
            IIOMetadata defaults = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(defaults);
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            long[][] resolution = {{dpi, 1}};
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1, resolution));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                    BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
            // strips of many rows: one Deflate stream per row would waste most of the compression
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_ROWS_PER_STRIP), TIFFTag.TIFF_LONG, 1,
                    new long[] {ROWS_PER_STRIP}));
            dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_PREDICTOR),
                    BaselineTIFFTagSet.PREDICTOR_HORIZONTAL_DIFFERENCING));
            writer.write(null, new IIOImage(image, null, dir.getAsMetadata()), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("cannot build TIFF metadata: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a TIFF page", e);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter jdkTiffWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter fallback = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.plugins.tiff")) {
                return w;
            }
            fallback = fallback == null ? w : fallback;
        }
        if (fallback == null) {
            throw new IllegalStateException("no TIFF writer in this Java runtime");
        }
        return fallback;
    }
}
