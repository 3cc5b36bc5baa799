package org.newspaperingest.samples;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The CJK fonts shipped with the project: subsets of Noto Serif CJK SC (a Song-style face, for body text
 * and headlines) and Noto Sans CJK SC (a Hei-style face, for kickers, bylines and captions), regular and
 * bold. They cover GB2312, the traditional counterparts of its hanzi, ASCII and CJK punctuation; see
 * {@code src/fonts/subset-fonts.sh}. Licence: SIL OFL 1.1 ({@code OFL.txt} beside the fonts).
 *
 * <p>Each face is read from the classpath once; sizes are derived from it, so calls are cheap.
 */
public final class Fonts {

    /** The four faces, with their resource names. */
    public enum Face {
        SERIF_REGULAR("NotoSerifSC-Regular.otf"), SERIF_BOLD("NotoSerifSC-Bold.otf"),
        SANS_REGULAR("NotoSansSC-Regular.otf"), SANS_BOLD("NotoSansSC-Bold.otf");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    private static final String RESOURCE_DIR = "/org/newspaperingest/fonts/";
    private static final Map<Face, Font> LOADED = new EnumMap<>(Face.class);

    private Fonts() {
    }

    /** The Song-style serif (body text, headlines) at the given pixel size. */
    public static Font serif(boolean bold, float sizePx) {
        return face(bold ? Face.SERIF_BOLD : Face.SERIF_REGULAR, sizePx);
    }

    /** The Hei-style sans (kickers, bylines, captions, folios) at the given pixel size. */
    public static Font sans(boolean bold, float sizePx) {
        return face(bold ? Face.SANS_BOLD : Face.SANS_REGULAR, sizePx);
    }

    /** A face at the given pixel size (AWT font size = pixels when drawn without a scaling transform). */
    public static Font face(Face face, float sizePx) {
        return base(face).deriveFont(sizePx);
    }

    private static synchronized Font base(Face face) {
        Font font = LOADED.get(face);
        if (font == null) {
            font = load(face);
            LOADED.put(face, font);
        }
        return font;
    }

    private static Font load(Face face) {
        String path = RESOURCE_DIR + face.resource();
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the classpath: " + path);
            }
            // TRUETYPE_FONT also reads OpenType fonts with CFF outlines, as these are
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a usable font: " + path + ": " + e.getMessage(), e);
        }
    }
}
