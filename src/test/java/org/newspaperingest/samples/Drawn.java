package org.newspaperingest.samples;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Direction;

/** What the renderer put on a page, in the unskewed frame of the page as designed. */
final class Drawn {

    private Drawn() {
    }

    /** Which part of which article a drawn element belongs to (for building the Articles). */
    enum Part { HEADING, BODY, CONTINUATION, ILLUSTRATION, NONE }

    /**
     * One character: the text the truth records, the glyph drawn (a vertical form may differ), the font,
     * where its origin is, and its cell on the em grid.
     */
    record Cell(String text, String glyph, Font font, double originX, double originY, Rectangle2D box) {
    }

    record TextLine(List<Cell> cells) {
        TextLine {
            cells = List.copyOf(cells);
        }

        Rectangle2D box() {
            Rectangle2D r = null;
            for (Cell c : cells) {
                r = r == null ? (Rectangle2D) c.box().clone() : r.createUnion(c.box());
            }
            return r;
        }
    }

    record Block(String article, Part part, BlockType type, Direction direction, String language,
                 List<TextLine> lines) {
        Block {
            lines = List.copyOf(lines);
        }

        Rectangle2D box() {
            Rectangle2D r = null;
            for (TextLine l : lines) {
                r = r == null ? l.box() : r.createUnion(l.box());
            }
            return r;
        }
    }

    /** A rule or one side of a frame. */
    record RuleMark(Rectangle2D box) {
    }

    /** What a picture shows: a photo, a QR code or a logo (an emblem in a tone). */
    enum PictureKind { PHOTO, QR_CODE, LOGO }

    /** A photo (or QR code, logo), with the seed of the picture drawn into it. */
    record Picture(String article, Rectangle2D box, long seed, PictureKind kind) {
        Picture(String article, Rectangle2D box, long seed) {
            this(article, box, seed, PictureKind.PHOTO);
        }
    }
}
