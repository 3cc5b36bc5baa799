package org.newspaperingest.samples;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Direction;
import org.newspaperingest.samples.Drawn.Part;
import org.newspaperingest.samples.Typesetter.Align;
import org.newspaperingest.samples.Typesetter.Broken;

/**
 * Composes one page in design units (pixels at 300 dpi, before skew): headings, body text flowed into
 * balanced columns, bylines, jump lines, captions, rules, photos. Everything set is recorded in reading
 * order; nothing is rasterised here.
 */
final class PageComposer {

    static final double BODY_SIZE = 42;
    static final double BODY_PITCH = 72;
    static final double GUTTER = 45;

    final List<Drawn.Block> blocks = new ArrayList<>();
    final List<Drawn.RuleMark> rules = new ArrayList<>();
    final List<Drawn.Picture> pictures = new ArrayList<>();
    final String language;
    private final boolean traditional;

    PageComposer(boolean traditional) {
        this.traditional = traditional;
        this.language = traditional ? "zh-Hant" : "zh-Hans";
    }

    /** A scratch composer with the same script, for measuring. */
    PageComposer scratch() {
        return new PageComposer(traditional);
    }

    static Font body() {
        return Fonts.serif(false, (float) BODY_SIZE);
    }

    void rule(double x, double y, double w, double h) {
        rules.add(new Drawn.RuleMark(new Rectangle2D.Double(x, y, w, h)));
    }

    /** A frame drawn as its four sides, each a rule of its own (as ALTO GraphicalElements are). */
    void frame(double x, double y, double w, double h, double t) {
        rule(x, y, w, t);
        rule(x, y + t, t, h - 2 * t);
        rule(x + w - t, y + t, t, h - 2 * t);
        rule(x, y + h - t, w, t);
    }

    /**
     * Sets a text block of wrapped horizontal lines; returns the bottom of its last line box.
     *
     * @param pitch baseline-to-baseline distance
     */
    double text(String article, Part part, BlockType type, Font font, String text, double x, double top,
                double width, Align align, double pitch, boolean justify) {
        List<Broken> lines = Typesetter.breakParagraph(text, font, width, 0, false);
        List<Drawn.TextLine> set = new ArrayList<>();
        double baseline = top + 0.88 * font.getSize2D();
        for (Broken b : lines) {
            Broken line = justify ? b : new Broken(b.units(), b.indent(), false);
            set.add(Typesetter.horizontal(line, font, x, baseline, width, align, 0));
            baseline += pitch;
        }
        blocks.add(new Drawn.Block(article, part, type, Direction.HORIZONTAL, language, set));
        return baseline - pitch + 0.12 * font.getSize2D();
    }

    /** A single line with letter spacing (mastheads, kickers); returns the bottom of the line box. */
    double spacedLine(String article, Part part, BlockType type, Font font, String text, double x, double top,
                      double width, Align align, double letterSpacing) {
        Broken line = new Broken(Typesetter.units(text), 0, false);
        double baseline = top + 0.88 * font.getSize2D();
        blocks.add(new Drawn.Block(article, part, type, Direction.HORIZONTAL, language,
                List.of(Typesetter.horizontal(line, font, x, baseline, width, align, letterSpacing))));
        return baseline + 0.12 * font.getSize2D();
    }

    /** A line of the flowed body: what it is, in which font, and how it is set. */
    record FlowLine(BlockType type, Part part, Font font, Broken broken, Align align) {
    }

    /** The lines of a story's text as they flow through its columns: byline, jump lines, paragraphs. */
    static List<FlowLine> bodyLines(Story story, int fromParagraph, int toParagraph, Optional<String> jumpIn,
                                    Optional<String> jumpOut, double measure) {
        List<FlowLine> out = new ArrayList<>();
        Font body = body();
        Font sans = Fonts.sans(false, (float) BODY_SIZE - 4);
        jumpIn.ifPresent(j -> out.add(new FlowLine(BlockType.JUMP, Part.CONTINUATION, sans,
                new Broken(Typesetter.units(j), 0, false), Align.LEFT)));
        if (fromParagraph == 0 && story.byline().isPresent()) {
            out.add(new FlowLine(BlockType.BYLINE, Part.BODY, Fonts.sans(true, (float) BODY_SIZE - 2),
                    new Broken(Typesetter.units(story.byline().get().printed()), 0, false), Align.LEFT));
        }
        int last = story.paragraphs().size() - 1;
        for (int p = fromParagraph; p < toParagraph; p++) {
            int keep = p == last ? story.closingName().map(n -> n.printed().length()).orElse(0) : 0;
            for (Broken b : Typesetter.breakParagraph(story.paragraphs().get(p), body, measure, 2 * BODY_SIZE, false, keep)) {
                out.add(new FlowLine(BlockType.BODY, Part.BODY, body, b, Align.LEFT));
            }
        }
        jumpOut.ifPresent(j -> out.add(new FlowLine(BlockType.JUMP, Part.CONTINUATION, sans,
                new Broken(Typesetter.units(j), 0, false), Align.RIGHT)));
        return out;
    }

    /**
     * Flows lines into {@code columns} balanced columns from {@code top}; each run of lines of one class in a
     * column becomes a block. Returns the bottom of the longest column.
     */
    double flow(String article, List<FlowLine> lines, double x, double top, double colWidth, int columns) {
        int perColumn = (int) Math.ceil(lines.size() / (double) columns);
        int i = 0;
        for (int col = 0; col < columns && i < lines.size(); col++) {
            double cx = x + col * (colWidth + GUTTER);
            int end = Math.min(lines.size(), i + perColumn);
            List<Drawn.TextLine> run = new ArrayList<>();
            FlowLine runHead = null;
            for (int row = 0; i < end; i++, row++) {
                FlowLine fl = lines.get(i);
                if (runHead != null && (fl.type() != runHead.type())) {
                    blocks.add(new Drawn.Block(article, runHead.part(), runHead.type(), Direction.HORIZONTAL, language, run));
                    run = new ArrayList<>();
                }
                if (run.isEmpty()) {
                    runHead = fl;
                }
                double baseline = top + row * BODY_PITCH + 0.88 * BODY_SIZE;
                run.add(Typesetter.horizontal(fl.broken(), fl.font(), cx, baseline, colWidth, fl.align(), 0));
            }
            blocks.add(new Drawn.Block(article, runHead.part(), runHead.type(), Direction.HORIZONTAL, language, run));
        }
        return top + perColumn * BODY_PITCH - (BODY_PITCH - BODY_SIZE);
    }

    /** A photo with its caption under it; returns the caption's bottom. */
    double photo(String article, String caption, long seed, double x, double top, double width, double height) {
        pictures.add(new Drawn.Picture(article, new Rectangle2D.Double(x, top, width, height), seed));
        Font font = Fonts.sans(false, 34f);
        return text(article, Part.ILLUSTRATION, BlockType.CAPTION, font, caption, x, top + height + 18, width,
                Align.LEFT, 50, true);
    }

    /**
     * A QR code, square, at the top of the place a photo would take, with a caption under that place (so that a
     * story is fitted the same either way); returns the caption's bottom.
     */
    double qrCode(String article, String caption, long seed, double x, double top, double width, double height) {
        double side = Math.min(width, height);
        pictures.add(new Drawn.Picture(article, new Rectangle2D.Double(x + (width - side) / 2, top, side, side), seed,
                Drawn.PictureKind.QR_CODE));
        Font font = Fonts.sans(false, 34f);
        return text(article, Part.ILLUSTRATION, BlockType.CAPTION, font, caption, x, top + height + 18, width,
                Align.LEFT, 50, true);
    }

    /** Sets vertical columns from {@code right} leftwards; one block; returns the x of its left edge. */
    double verticalBlock(String article, Part part, BlockType type, Font font, List<Broken> columns, double right,
                         double top, double height, double columnPitch) {
        List<Drawn.TextLine> set = new ArrayList<>();
        double center = right - columnPitch / 2;
        for (Broken column : columns) {
            set.add(Typesetter.vertical(column, font, center, top, height));
            center -= columnPitch;
        }
        blocks.add(new Drawn.Block(article, part, type, Direction.VERTICAL, language, set));
        return center + columnPitch / 2;
    }
}
