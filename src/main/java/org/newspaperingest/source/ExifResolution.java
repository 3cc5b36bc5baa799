package org.newspaperingest.source;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The resolution an EXIF segment records (tags XResolution, YResolution, ResolutionUnit of IFD0). */
final class ExifResolution {

    private static final int X_RESOLUTION = 282;
    private static final int Y_RESOLUTION = 283;
    private static final int RESOLUTION_UNIT = 296;
    private static final int RATIONAL = 5;
    private static final int SHORT = 3;

    private ExifResolution() {
    }

    /**
     * @param app1 the APP1 segment's payload, starting with {@code Exif\0\0}
     * @return dots per inch across and down, or null when the segment records none (or no unit)
     */
    static double[] parse(byte[] app1) {
        if (app1.length < 14 || !new String(app1, 0, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
            return null;
        }
        try {
            ByteBuffer tiff = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            double x = 0;
            double y = 0;
            int unit = 2; // inches, EXIF's default
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                int tag = tiff.getShort(entry) & 0xFFFF;
                int type = tiff.getShort(entry + 2) & 0xFFFF;
                if ((tag == X_RESOLUTION || tag == Y_RESOLUTION) && type == RATIONAL) {
                    int offset = tiff.getInt(entry + 8);
                    long numerator = tiff.getInt(offset) & 0xFFFFFFFFL;
                    long denominator = tiff.getInt(offset + 4) & 0xFFFFFFFFL;
                    double value = denominator == 0 ? 0 : numerator / (double) denominator;
                    if (tag == X_RESOLUTION) {
                        x = value;
                    } else {
                        y = value;
                    }
                } else if (tag == RESOLUTION_UNIT && type == SHORT) {
                    unit = tiff.getShort(entry + 8) & 0xFFFF;
                }
            }
            if (x < 1 || y < 1 || unit == 1) {
                return null;
            }
            double perInch = unit == 3 ? 2.54 : 1;
            return new double[] {x * perInch, y * perInch};
        } catch (IndexOutOfBoundsException e) {
            return null; // a damaged segment records nothing we can trust
        }
    }
}
