package org.newspaperingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The header of a BigTIFF (64-bit offsets, which many capture stations write by default), which the JDK's
 * TIFF plugin does not read: its image directories through TwelveMonkeys' TIFF metadata reader, without
 * decoding pixels.
 */
final class BigTiffHeaders {

    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int X_RESOLUTION = 282;
    private static final int Y_RESOLUTION = 283;
    private static final int RESOLUTION_UNIT = 296;

    private BigTiffHeaders() {
    }

    /** Whether the file starts as a BigTIFF does: {@code II+\0} or {@code MM\0+}. */
    static boolean isBigTiff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PageFormat.isBigTiffMagic(in.readNBytes(4));
        }
    }

    static RasterHeader read(Path file, int pageIndex) throws UnreadablePageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadablePageException(file, "cannot be opened");
            }
            Directory read = new TIFFReader().read(in);
            int pages = read instanceof CompoundDirectory all ? all.directoryCount() : 1;
            if (pageIndex >= pages) {
                return new RasterHeader(pages, 0, 0, 0, 0, "", OptionalDouble.empty(), OptionalDouble.empty());
            }
            Directory ifd = read instanceof CompoundDirectory all ? all.getDirectory(pageIndex) : read;
            int unit = (int) number(ifd, RESOLUTION_UNIT, 2);
            OptionalDouble x = OptionalDouble.empty();
            OptionalDouble y = OptionalDouble.empty();
            if (unit != 1) {
                double perInch = unit == 3 ? 2.54 : 1;
                x = resolution(ifd, X_RESOLUTION, perInch);
                y = resolution(ifd, Y_RESOLUTION, perInch);
            }
            return new RasterHeader(pages, (int) number(ifd, IMAGE_WIDTH, 0), (int) number(ifd, IMAGE_LENGTH, 0),
                    (int) number(ifd, BITS_PER_SAMPLE, 1), (int) number(ifd, SAMPLES_PER_PIXEL, 1),
                    ImageIoHeaders.tiffCompression((int) number(ifd, COMPRESSION, 1)), x, y);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadablePageException(file, "damaged or truncated BigTIFF file (its header cannot be read: "
                    + reason + ")", e);
        }
    }

    private static OptionalDouble resolution(Directory ifd, int tag, double factor) {
        double value = number(ifd, tag, 0);
        return Double.isFinite(value) && value > 0 ? OptionalDouble.of(value * factor) : OptionalDouble.empty();
    }

    /** A tag's first value (tags with one value per sample hold an array). */
    private static double number(Directory ifd, int tag, double absent) {
        Entry entry = ifd.getEntryById(tag);
        Object value = entry == null ? null : entry.getValue();
        if (value != null && value.getClass().isArray()) {
            value = Array.getLength(value) == 0 ? null : Array.get(value, 0);
        }
        return value instanceof Number number ? number.doubleValue() : absent;
    }
}
