package org.newspaperingest.source;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalDouble;

/**
 * The facts a JPEG 2000 file states before its codestream: size and depth from the {@code ihdr} box (or the
 * codestream's SIZ marker for a bare codestream), and the resolution from the {@code res } box, capture
 * resolution preferred over display resolution. Read from the first bytes only, so absurd sizes are refused
 * before any pixel is decoded.
 */
record Jp2Header(int width, int height, int components, int bitsPerComponent, OptionalDouble dpiX,
                 OptionalDouble dpiY) {

    private static final int JP2H = 0x6a703268;
    private static final int IHDR = 0x69686472;
    private static final int RES = 0x72657320;
    private static final int RESC = 0x72657363;
    private static final int RESD = 0x72657364;
    private static final int JP2C = 0x6a703263;
    private static final int SOC_SIZ = 0xff4fff51;
    private static final double INCHES_PER_METRE = 0.0254;

    static Jp2Header read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int first = in.readInt();
        if (first == SOC_SIZ) {
            return fromSiz(in);
        }
        // JP2: a sequence of boxes; the first (already begun) is the 12-byte signature box.
        in.skipNBytes(8);
        Jp2Header ihdr = null;
        double[] capture = null;
        double[] display = null;
        while (true) {
            long length;
            int type;
            try {
                length = Integer.toUnsignedLong(in.readInt());
                type = in.readInt();
            } catch (EOFException end) {
                break;
            }
            long header = 8;
            if (length == 1) {
                length = in.readLong();
                header = 16;
            }
            if (type == JP2H) {
                long remaining = length == 0 ? Long.MAX_VALUE : length - header;
                while (remaining > 8) {
                    long childLength = Integer.toUnsignedLong(in.readInt());
                    int childType = in.readInt();
                    long body = childLength - 8;
                    if (childType == IHDR) {
                        int height = clamp(Integer.toUnsignedLong(in.readInt()));
                        int width = clamp(Integer.toUnsignedLong(in.readInt()));
                        int components = in.readUnsignedShort();
                        int bpc = (in.readUnsignedByte() & 0x7f) + 1;
                        in.skipNBytes(body - 11);
                        ihdr = new Jp2Header(width, height, components, bpc, OptionalDouble.empty(), OptionalDouble.empty());
                    } else if (childType == RES) {
                        long resRemaining = body;
                        while (resRemaining >= 18) {
                            long resLength = Integer.toUnsignedLong(in.readInt());
                            int resType = in.readInt();
                            double[] dpi = readResolution(in);
                            in.skipNBytes(resLength - 18);
                            if (resType == RESC) {
                                capture = dpi;
                            } else if (resType == RESD) {
                                display = dpi;
                            }
                            resRemaining -= resLength;
                        }
                        in.skipNBytes(resRemaining);
                    } else {
                        in.skipNBytes(body);
                    }
                    remaining -= childLength;
                }
                break;
            }
            if (type == JP2C) {
                if (in.readInt() == SOC_SIZ) {
                    return fromSiz(in);
                }
                break;
            }
            if (length == 0) {
                break;
            }
            in.skipNBytes(length - header);
        }
        if (ihdr == null) {
            throw new IOException("no image header box (ihdr) in the JPEG 2000 file");
        }
        double[] dpi = capture != null ? capture : display;
        return dpi == null ? ihdr : new Jp2Header(ihdr.width, ihdr.height, ihdr.components, ihdr.bitsPerComponent,
                OptionalDouble.of(dpi[1]), OptionalDouble.of(dpi[0]));
    }

    /** A resolution box body: vertical then horizontal grid points per metre, as N / D * 10^E. */
    private static double[] readResolution(DataInputStream in) throws IOException {
        int vn = in.readUnsignedShort();
        int vd = in.readUnsignedShort();
        int hn = in.readUnsignedShort();
        int hd = in.readUnsignedShort();
        byte ve = in.readByte();
        byte he = in.readByte();
        double vertical = vd == 0 ? 0 : (double) vn / vd * Math.pow(10, ve) * INCHES_PER_METRE;
        double horizontal = hd == 0 ? 0 : (double) hn / hd * Math.pow(10, he) * INCHES_PER_METRE;
        return new double[] {vertical, horizontal};
    }

    /** The SIZ marker segment, just after its marker code: image size minus offset, components and depth. */
    private static Jp2Header fromSiz(DataInputStream in) throws IOException {
        in.skipNBytes(4); // Lsiz, Rsiz
        long xsiz = Integer.toUnsignedLong(in.readInt());
        long ysiz = Integer.toUnsignedLong(in.readInt());
        long xosiz = Integer.toUnsignedLong(in.readInt());
        long yosiz = Integer.toUnsignedLong(in.readInt());
        in.skipNBytes(16); // tile size and offsets
        int components = in.readUnsignedShort();
        int bpc = (in.readUnsignedByte() & 0x7f) + 1;
        return new Jp2Header(clamp(xsiz - xosiz), clamp(ysiz - yosiz), components, bpc, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    private static int clamp(long size) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, size));
    }
}
