package org.newspaperingest.samples;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets Chinese text on the em grid: breaks it into lines of a given measure with the usual rules (no line
 * starts with closing punctuation, none ends with an opening bracket, Latin and digit runs stay whole),
 * justifies full lines, and places every character in its own cell.
 */
final class Typesetter {

    static final String NO_LINE_START = "，。、；：？！）》」』”’…—·%︐︑︒︓︔︕︖︶︾﹂﹄";
    static final String NO_LINE_END = "（《「『“‘";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<String, Double> ADVANCES = new HashMap<>();

    private Typesetter() {
    }

    /** The horizontal advance of one unit (a character or a Latin run) in the font. */
    static synchronized double advance(Font font, String unit) {
        if (unit.equals(SPACE)) {
            return font.getSize2D();
        }
        if (unit.codePoints().allMatch(PrintedForm::isWide)) {
            return font.getSize2D() * unit.codePointCount(0, unit.length());
        }
        return ADVANCES.computeIfAbsent(font.getFontName() + '\u0000' + font.getSize2D() + '\u0000' + unit,
                k -> font.getStringBounds(unit, FRC).getWidth());
    }

    /** A gap the text asks for (a space in a headline), set as one em and recorded as no character. */
    static final String SPACE = " ";

    /**
     * Splits text into units: one per wide character, one per run of Latin letters, digits and their marks,
     * one {@link #SPACE} per run of spaces between wide characters.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (PrintedForm.isWide(cp) || Character.isWhitespace(cp)) {
                if (run.length() > 0) {
                    units.add(run.toString());
                    run.setLength(0);
                }
                if (!Character.isWhitespace(cp)) {
                    units.add(new String(Character.toChars(cp)));
                } else if (!units.isEmpty() && !units.get(units.size() - 1).equals(SPACE)) {
                    units.add(SPACE);
                }
            } else {
                run.appendCodePoint(cp);
            }
        });
        if (run.length() > 0) {
            units.add(run.toString());
        }
        return units;
    }

    /** A line as broken: its units, the indent before them, and whether it is justified to the measure. */
    record Broken(List<String> units, double indent, boolean justify) {
    }

    /**
     * Breaks a paragraph into lines of the measure. {@code unitAdvance} is the font size for vertical text
     * (every character one cell) or the horizontal advance otherwise.
     */
    static List<Broken> breakParagraph(String text, Font font, double measure, double firstIndent, boolean vertical) {
        return breakParagraph(text, font, measure, firstIndent, vertical, 0);
    }

    /** @param keepTail the number of characters at the end that stay on one line (a closing {@code （陈芳芳）}) */
    static List<Broken> breakParagraph(String text, Font font, double measure, double firstIndent, boolean vertical,
                                       int keepTail) {
        List<String> units = vertical ? verticalUnits(text) : units(text);
        if (keepTail > 1 && !vertical) {
            StringBuilder tail = new StringBuilder();
            while (tail.codePointCount(0, tail.length()) < keepTail && !units.isEmpty()) {
                tail.insert(0, units.remove(units.size() - 1));
            }
            units.add(tail.toString());
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        double used = firstIndent;
        for (String u : units) {
            double w = vertical ? font.getSize2D() : advance(font, u);
            if (u.equals(SPACE) && cur.isEmpty()) {
                continue;
            }
            if (cur.isEmpty() || used + w <= measure + 0.01) {
                cur.add(u);
                used += w;
                continue;
            }
            List<String> carried = new ArrayList<>();
            if (NO_LINE_START.contains(u)) {
                while (cur.size() > 1 && (carried.isEmpty() || NO_LINE_START.contains(carried.get(0)))) {
                    carried.add(0, cur.remove(cur.size() - 1));
                    if (!NO_LINE_START.contains(carried.get(0))) {
                        break;
                    }
                }
            }
            while (cur.size() > 1 && NO_LINE_END.contains(cur.get(cur.size() - 1))) {
                carried.add(0, cur.remove(cur.size() - 1));
            }
            lines.add(cur);
            cur = new ArrayList<>(carried);
            cur.add(u);
            used = 0;
            for (String c : cur) {
                used += vertical ? font.getSize2D() : advance(font, c);
            }
        }
        if (!cur.isEmpty()) {
            lines.add(cur);
        }
        List<Broken> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Broken(lines.get(i), i == 0 ? firstIndent : 0, i < lines.size() - 1));
        }
        return out;
    }

    private static List<String> verticalUnits(String text) {
        List<String> units = new ArrayList<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp))
                .forEach(cp -> units.add(new String(Character.toChars(cp))));
        return units;
    }

    /** Where a line stands within its measure when not justified. */
    enum Align { LEFT, CENTER, RIGHT }

    /**
     * Places a horizontal line: cells left to right from {@code x}, the baseline at {@code baseline}.
     * Cells span the em box (ascent 0.88, descent 0.12 of the size, as in Noto CJK).
     */
    static Drawn.TextLine horizontal(Broken line, Font font, double x, double baseline, double measure, Align align,
                                     double extraGap) {
        double natural = line.indent();
        for (String u : line.units()) {
            natural += advance(font, u);
        }
        natural += extraGap * Math.max(0, line.units().size() - 1);
        double gap = extraGap;
        double start = x + line.indent();
        if (line.justify() && line.units().size() > 1) {
            gap += Math.max(0, measure - natural) / (line.units().size() - 1);
        } else if (align == Align.CENTER) {
            start += (measure - natural) / 2;
        } else if (align == Align.RIGHT) {
            start += measure - natural;
        }
        double size = font.getSize2D();
        double top = baseline - 0.88 * size;
        List<Drawn.Cell> cells = new ArrayList<>();
        double pen = start;
        for (String u : line.units()) {
            if (u.equals(SPACE)) {
                pen += advance(font, u) + gap;
                continue;
            }
            // a Latin run is drawn as a whole (kerning) but recorded character by character
            double origin = pen;
            for (int i = 0; i < u.length(); ) {
                int cp = u.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                double w = u.length() == Character.charCount(cp) ? advance(font, u) : advance(font, ch);
                cells.add(new Drawn.Cell(ch, i == 0 ? u : "", font, origin, baseline,
                        new Rectangle2D.Double(pen, top, w, size)));
                pen += w;
                i += Character.charCount(cp);
            }
            pen = origin + advance(font, u) + gap;
        }
        return new Drawn.TextLine(cells);
    }

    /**
     * Places a vertical line (a column of characters) whose cells are {@code size} square, centred on
     * {@code centerX}, from {@code top} downwards; full columns are spread to the measure.
     */
    static Drawn.TextLine vertical(Broken line, Font font, double centerX, double top, double measure) {
        double size = font.getSize2D();
        int n = line.units().size();
        double gap = line.justify() && n > 1 ? Math.max(0, measure - line.indent() - n * size) / (n - 1) : 0;
        double y = top + line.indent();
        List<Drawn.Cell> cells = new ArrayList<>();
        for (String u : line.units()) {
            String glyph = PrintedForm.verticalGlyph(u);
            double w = advance(font, glyph);
            // the baseline sits 0.88 em down the cell; narrow glyphs (digits) are centred in it
            cells.add(new Drawn.Cell(u, glyph, font, centerX - w / 2, y + 0.88 * size,
                    new Rectangle2D.Double(centerX - size / 2, y, size, size)));
            y += size + gap;
        }
        return new Drawn.TextLine(cells);
    }
}
