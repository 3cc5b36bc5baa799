package org.newspaperingest.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Tells a cut-off JPEG or PNG from a whole one before it is decoded: their decoders fill a cut-off picture
 * with grey and carry on, so a file cut short must be caught here.
 *
 * <p>A JPEG is whole when its marker structure reaches the end-of-image marker (whatever follows it: many
 * real files carry bytes after it). One whose data simply stops is whole if it decodes without running out
 * of data once the missing marker is added (writers that forget the marker, or cut it off, exist); then it
 * is read, with a warning. A PNG is whole when its {@code IEND} chunk is there.
 */
final class TruncationCheck {

    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    private static final int SAMPLING = 8;

    private TruncationCheck() {
    }

    /**
     * Refuses a truncated file; adds a warning for a JPEG that lacks only its end marker.
     *
     * @return for such a JPEG, its data with the end marker added (to be decoded without the decoder's
     *     complaint on the console); null otherwise
     */
    static byte[] check(Path file, PageFormat format, List<String> warnings) throws UnreadablePageException {
        if (format == PageFormat.JPEG) {
            return checkJpeg(file, warnings);
        }
        if (format == PageFormat.PNG) {
            checkPng(file);
        }
        return null;
    }

    private static byte[] checkJpeg(Path file, List<String> warnings) throws UnreadablePageException {
        byte[] data = TikaPageImageReader.readAll(file);
        if (reachesEndMarker(data)) {
            return null;
        }
        byte[] ended = Arrays.copyOf(data, data.length + 2);
        ended[data.length] = (byte) 0xff;
        ended[data.length + 1] = (byte) EOI;
        List<String> decoderWarnings = new ArrayList<>();
        String failure = null;
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(ended))) {
            ImageIoDecoder.decode(in, PageFormat.JPEG, 0, SAMPLING, decoderWarnings);
        } catch (ImageIoDecoder.DecodeFailure | IOException e) {
            failure = e.getMessage();
        }
        boolean ranOut = decoderWarnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.contains("premature end") || w.contains("end of data"));
        if (failure != null || ranOut) {
            throw new UnreadablePageException(file, "truncated: the JPEG data stops before the picture is complete"
                    + " (an interrupted copy or download?)");
        }
        warnings.add(file.getFileName() + ": the JPEG data ends without its end marker, but the picture is"
                + " complete; read as it is");
        return ended;
    }

    /**
     * Walks the markers (segments skipped by their lengths, entropy-coded data scanned for the next marker)
     * until the end-of-image marker or the end of the data.
     */
    static boolean reachesEndMarker(byte[] data) {
        int pos = 2; // after SOI
        int n = data.length;
        while (pos < n) {
            if ((data[pos] & 0xff) != 0xff) {
                return false; // not at a marker: damaged; the decoder will say more
            }
            while (pos < n && (data[pos] & 0xff) == 0xff) {
                pos++; // fill bytes
            }
            if (pos >= n) {
                return false;
            }
            int marker = data[pos++] & 0xff;
            if (marker == EOI) {
                return true;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // no length
            }
            if (pos + 2 > n) {
                return false;
            }
            int length = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
            pos += length;
            if (marker == SOS) {
                pos = nextMarker(data, pos);
            }
        }
        return false;
    }

    /** The position of the next marker after entropy-coded data (stuffed zeros and restarts skipped). */
    private static int nextMarker(byte[] data, int pos) {
        int n = data.length;
        while (pos + 1 < n) {
            if ((data[pos] & 0xff) == 0xff) {
                int next = data[pos + 1] & 0xff;
                if (next != 0x00 && next != 0xff && (next < 0xd0 || next > 0xd7)) {
                    return pos;
                }
                pos += next == 0xff ? 1 : 2;
            } else {
                pos++;
            }
        }
        return n;
    }

    /**
     * Whether a PNG can be transparent: an alpha channel (grey or RGB with alpha), or a {@code tRNS} chunk
     * (transparent palette entries or a transparent colour) before the image data.
     */
    static boolean pngMayBeTransparent(Path file) throws UnreadablePageException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8); // signature
            for (int chunk = 0; chunk < 10_000; chunk++) {
                int length = in.readInt();
                byte[] type = in.readNBytes(4);
                String name = new String(type, StandardCharsets.ISO_8859_1);
                if (name.equals("IHDR")) {
                    byte[] ihdr = in.readNBytes(length);
                    int colourType = length >= 10 ? ihdr[9] & 0xff : 0;
                    if (colourType == 4 || colourType == 6) {
                        return true;
                    }
                    in.skipNBytes(4); // CRC
                    continue;
                }
                if (name.equals("tRNS")) {
                    return true;
                }
                if (name.equals("IDAT") || name.equals("IEND")) {
                    return false;
                }
                in.skipNBytes(Integer.toUnsignedLong(length) + 4);
            }
            return false;
        } catch (IOException e) {
            return false; // the decoder will say what is wrong
        }
    }

    private static void checkPng(Path file) throws UnreadablePageException {
        byte[] tail;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.position(channel.size() - buffer.capacity());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // fill
            }
            tail = buffer.array();
        } catch (IOException e) {
            throw new UnreadablePageException(file, "cannot be read (" + TikaPageImageReader.plain(e) + ")", e);
        }
        // the IEND chunk with its fixed CRC, possibly followed by bytes some writers append
        String haystack = new String(tail, StandardCharsets.ISO_8859_1);
        if (!haystack.contains(new String(PNG_END, StandardCharsets.ISO_8859_1))) {
            throw new UnreadablePageException(file, "truncated: the PNG data stops before its end chunk"
                    + " (an interrupted copy or download?)");
        }
    }
}
