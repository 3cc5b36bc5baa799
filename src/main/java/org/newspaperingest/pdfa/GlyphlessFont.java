package org.newspaperingest.pdfa;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TrueType font of one empty glyph, one em wide, for the invisible text of a searchable PDF: every
 * character of the text layer is drawn with it, so any character the OCR read (rare hanzi, CJK extension
 * B) has a glyph, nothing is ever painted, and the font program embedded per document is under a kilobyte.
 * Scanned-book tools (Tesseract's and OCRmyPDF's PDF renderers) make their text layers the same way;
 * readers search and select through the ToUnicode map. Glyph 0 (.notdef) is a square no text refers to.
 */
final class GlyphlessFont {

    static final String NAME = "NewspaperIngestGlyphless";
    static final int UNITS_PER_EM = 1000;
    /** The glyph every character is drawn with. */
    static final int GLYPH = 1;

    private GlyphlessFont() {
    }

    /** The font program, as embedded in {@code FontFile2}. */
    static byte[] bytes() {
        Map<String, byte[]> tables = new TreeMap<>(); // the table directory is sorted by tag
        byte[] notdef = notdefGlyph();
        tables.put("OS/2", os2());
        tables.put("cmap", cmap());
        tables.put("glyf", notdef);
        tables.put("head", head(0));
        tables.put("hhea", hhea());
        tables.put("hmtx", hmtx());
        tables.put("loca", shorts(0, notdef.length / 2, notdef.length / 2));
        tables.put("maxp", maxp());
        tables.put("name", name());
        tables.put("post", post());
        byte[] font = assemble(tables);
        long adjustment = (0xB1B0AFBAL - checksum(font)) & 0xFFFFFFFFL;
        tables.put("head", head(adjustment));
        return assemble(tables);
    }

    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        ByteBuffer header = ByteBuffer.allocate(12 + 16 * count);
        header.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            offsets.put(table.getKey(), offset + body.size());
            byte[] padded = padded(table.getValue());
            body.writeBytes(padded);
        }
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            header.put(table.getKey().getBytes(StandardCharsets.US_ASCII));
            header.putInt((int) checksum(padded(table.getValue())));
            header.putInt(offsets.get(table.getKey()));
            header.putInt(table.getValue().length);
        }
        ByteArrayOutputStream font = new ByteArrayOutputStream();
        font.writeBytes(header.array());
        font.writeBytes(body.toByteArray());
        return font.toByteArray();
    }

    private static byte[] padded(byte[] table) {
        return java.util.Arrays.copyOf(table, (table.length + 3) / 4 * 4);
    }

    private static long checksum(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(padded(data));
        long sum = 0;
        while (buffer.hasRemaining()) {
            sum = (sum + (buffer.getInt() & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private static byte[] head(long checksumAdjustment) {
        return ByteBuffer.allocate(54).putInt(0x00010000).putInt(0x00010000).putInt((int) checksumAdjustment)
                .putInt(0x5F0F3CF5).putShort((short) 0x000B).putShort((short) UNITS_PER_EM)
                .putLong(0).putLong(0) // created, modified: none, so the bytes never change
                .putShort((short) 0).putShort((short) 0).putShort((short) UNITS_PER_EM).putShort((short) UNITS_PER_EM)
                .putShort((short) 0).putShort((short) 8).putShort((short) 2)
                .putShort((short) 0).putShort((short) 0).array();
    }

    private static byte[] hhea() {
        ByteBuffer b = ByteBuffer.allocate(36).putInt(0x00010000).putShort((short) UNITS_PER_EM).putShort((short) 0)
                .putShort((short) 0).putShort((short) UNITS_PER_EM).putShort((short) 0).putShort((short) 0)
                .putShort((short) UNITS_PER_EM).putShort((short) 1).putShort((short) 0).putShort((short) 0);
        b.putLong(0).putShort((short) 0).putShort((short) 2);
        return b.array();
    }

    private static byte[] maxp() {
        ByteBuffer b = ByteBuffer.allocate(32).putInt(0x00010000).putShort((short) 2).putShort((short) 4)
                .putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 2);
        return b.array();
    }

    private static byte[] hmtx() {
        return shorts(UNITS_PER_EM, 0, UNITS_PER_EM, 0);
    }

    /** A square outline: x and y deltas as 16-bit values, all points on the curve. */
    private static byte[] notdefGlyph() {
        ByteBuffer b = ByteBuffer.allocate(36).putShort((short) 1).putShort((short) 0).putShort((short) 0)
                .putShort((short) UNITS_PER_EM).putShort((short) UNITS_PER_EM).putShort((short) 3).putShort((short) 0);
        b.put(new byte[] {1, 1, 1, 1});
        for (int dx : new int[] {0, 0, UNITS_PER_EM, 0}) {
            b.putShort((short) dx);
        }
        for (int dy : new int[] {0, UNITS_PER_EM, 0, -UNITS_PER_EM}) {
            b.putShort((short) dy);
        }
        return b.array();
    }

    /** Windows Unicode cmap with the one terminating segment: the PDF maps codes to glyphs itself. */
    private static byte[] cmap() {
        return shorts(0, 1, 3, 1, 0, 12, 4, 24, 0, 2, 2, 0, 0, 0xFFFF, 0, 0xFFFF, 1, 0);
    }

    /** Format 2: glyph names from the standard Macintosh set, .notdef and space (readers log a font without). */
    private static byte[] post() {
        return ByteBuffer.allocate(38).putInt(0x00020000).putInt(0).putShort((short) 0).putShort((short) 0)
                .putInt(1).putInt(0).putInt(0).putInt(0).putInt(0)
                .putShort((short) 2).putShort((short) 0).putShort((short) 3).array();
    }

    private static byte[] os2() {
        ByteBuffer b = ByteBuffer.allocate(96);
        b.putShort((short) 4).putShort((short) UNITS_PER_EM).putShort((short) 400).putShort((short) 5)
                .putShort((short) 0); // version, xAvgCharWidth, weight, width, fsType: installable
        for (int i = 0; i < 11; i++) {
            b.putShort((short) 0); // sub/superscript, strikeout, family class
        }
        b.put(new byte[10]).putInt(0).putInt(0).putInt(0).putInt(0); // panose, unicode ranges
        b.put("NONE".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x40) // vendor, fsSelection: regular
                .putShort((short) 0xFFFF).putShort((short) 0xFFFF) // first, last char
                .putShort((short) UNITS_PER_EM).putShort((short) 0).putShort((short) 0) // typo ascender, descender, gap
                .putShort((short) UNITS_PER_EM).putShort((short) 0) // win ascent, descent
                .putInt(0).putInt(0) // code page ranges
                .putShort((short) 0).putShort((short) UNITS_PER_EM).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0);
        return b.array();
    }

    private static byte[] name() {
        String[] names = {NAME, "Regular", NAME, NAME};
        int[] ids = {1, 2, 4, 6};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer records = ByteBuffer.allocate(6 + 12 * names.length);
        records.putShort((short) 0).putShort((short) names.length).putShort((short) (6 + 12 * names.length));
        for (int i = 0; i < names.length; i++) {
            byte[] utf16 = names[i].getBytes(StandardCharsets.UTF_16BE);
            records.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) ids[i])
                    .putShort((short) utf16.length).putShort((short) strings.size());
            strings.writeBytes(utf16);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(records.array());
        all.writeBytes(strings.toByteArray());
        return all.toByteArray();
    }

    private static byte[] shorts(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }
}
