package org.newspaperingest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Shape;
import org.newspaperingest.model.Word;
import org.newspaperingest.structure.Bylines;
import org.newspaperingest.structure.JumpLine;

/**
 * The block classes only the text can tell. Layout sees a short line at the end of a column; the text says
 * whether it is a jump line ({@code （下转二版）}) or a byline ({@code 本报讯（记者高鹏飞）}). A jump or byline
 * line that layout left inside a body block becomes a block of its own, so that the METS can point at it.
 * The text also tells a photo caption ({@code 图为……摄}) that layout joined to the text under it or took for a
 * kicker, and the last lines of a column set down into the foot margin, which layout took for a running foot;
 * and where a byline or caption runs on into the block under it ({@link #joinWrapped}), it joins the two again.
 */
public final class TextClasses {

    /** Clause or sentence punctuation: running text, which a folio never is. */
    private static final Pattern RUNNING_TEXT = Pattern.compile("[，。；！？]");
    /**
     * A photo caption as Chinese papers print it: {@code 图为……。本报记者 某某 摄}, or with {@code 供图}, {@code 发}
     * or the agency in brackets at the end.
     */
    private static final Pattern CAPTION = Pattern.compile("^图[为：:].*(摄|供图|发)[）)]?[。.]?$");
    private static final Pattern CAPTION_START = Pattern.compile("^图[为：:]");
    /** A caption is a few lines at most. */
    private static final int CAPTION_LINES = 3;

    /** A block before it gets its ID: class, box, lines, outline in the stored image's frame, and language. */
    record Draft(BlockType type, Box box, Direction direction, List<Line> lines, Shape outline, String language) {
        Draft(BlockType type, Box box, Direction direction, List<Line> lines, String language) {
            this(type, box, direction, lines, Shape.rectangle(box), language);
        }

        /** The same block in another class. */
        Draft as(BlockType other) {
            return new Draft(other, box, direction, lines, outline, language);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line.text()));
            return text.toString();
        }
    }

    private TextClasses() {
    }

    /**
     * The class of a block given what layout analysis made of it and its text. Only body text, bylines, jump
     * lines and captions change class; a guess from shape that the text does not bear out becomes body text
     * (a caption stays a caption unless its text is a byline or a jump line).
     */
    public static BlockType refine(BlockType layoutType, String text) {
        if (layoutType == BlockType.CAPTION) {
            // under a photo, a story's byline or jump line looks like a caption; the text tells
            BlockType byText = classOf(text == null ? "" : text);
            return byText == null ? layoutType : byText;
        }
        if (!refinable(layoutType)) {
            return layoutType;
        }
        BlockType byText = classOf(text == null ? "" : text);
        if (byText != null) {
            return byText;
        }
        return text == null || text.isBlank() ? layoutType : BlockType.BODY;
    }

    /** The block with its class settled, split where layout left a jump or byline line inside body text. */
    static List<Draft> refine(Draft block) {
        if (block.type() == BlockType.FOLIO && RUNNING_TEXT.matcher(block.text()).find()) {
            // A running head or foot is a page number, a date, the paper's name: never a sentence. A sentence
            // in the margin is the last lines of a column set down to the foot of the page.
            block = block.as(BlockType.BODY);
        }
        if (smallType(block.type()) && CAPTION.matcher(block.text().strip()).matches()) {
            // set over a headline, under a photo above it, a caption looks like a kicker
            return List.of(block.as(BlockType.CAPTION));
        }
        if (!refinable(block.type()) || block.lines().isEmpty()) {
            return List.of(block);
        }
        int captionLines = leadingCaption(block.lines());
        if (block.type() == BlockType.CAPTION && captionLines > 0) {
            // A caption and the line set close under it (the kicker of the story below the photo), which layout
            // took for one: a short phrase with no clause in it is that kicker, more is the story's text.
            List<Line> rest = block.lines().subList(captionLines, block.lines().size());
            String restText = rest.stream().map(Line::text).reduce("", String::concat);
            BlockType restType = rest.size() <= 2 && !RUNNING_TEXT.matcher(restText).find()
                    ? BlockType.KICKER : BlockType.BODY;
            List<Draft> parts = new ArrayList<>(List.of(part(BlockType.CAPTION, block,
                    block.lines().subList(0, captionLines))));
            parts.addAll(refine(part(restType, block, rest)));
            return parts;
        }
        BlockType whole = refine(block.type(), block.text());
        if (whole != BlockType.BODY) {
            return List.of(block.as(whole));
        }
        Draft body = block.as(BlockType.BODY);
        if (body.direction() == Direction.VERTICAL || body.lines().size() < 2) {
            return List.of(body);
        }
        List<Line> lines = body.lines();
        for (int i = 1; i < lines.size() - 1; i++) {
            String text = lines.get(i).text().strip();
            if (Bylines.leading(text).filter(found -> found.end() >= text.length()).isPresent()) {
                // A byline opens a story: in the middle of a column, the end of one story and the start of the
                // next, which layout left in one block (nothing but a paragraph's space between them).
                List<Draft> parts = new ArrayList<>(refine(part(BlockType.BODY, body, lines.subList(0, i))));
                parts.addAll(refine(part(BlockType.BODY, body, lines.subList(i, lines.size()))));
                return parts;
            }
        }
        if (captionLines > 0) {
            // A photo's caption layout joined to the text under it: its own block, for the photo.
            List<Draft> parts = new ArrayList<>(List.of(part(BlockType.CAPTION, body, lines.subList(0, captionLines))));
            parts.addAll(refine(part(BlockType.BODY, body, lines.subList(captionLines, lines.size()))));
            return parts;
        }
        Line first = lines.get(0);
        Line last = lines.get(lines.size() - 1);
        List<Draft> parts = new ArrayList<>();
        BlockType firstClass = classOf(first.text());
        BlockType lastClass = JumpLine.parse(last.text()).isPresent() ? BlockType.JUMP : null;
        int from = firstClass == null ? 0 : 1;
        int to = lastClass == null ? lines.size() : lines.size() - 1;
        if (from == 0 && to == lines.size() || from >= to) {
            return List.of(body);
        }
        if (firstClass != null) {
            parts.add(new Draft(firstClass, first.box(), body.direction(), List.of(first), body.language()));
        }
        List<Line> middle = lines.subList(from, to);
        int top = from == 0 ? body.box().y() : middle.get(0).box().y();
        int bottom = to == lines.size() ? body.box().bottom() : middle.get(middle.size() - 1).box().bottom();
        parts.add(new Draft(body.type(), Box.ofCorners(body.box().x(), top, body.box().right(), bottom),
                body.direction(), middle, body.language()));
        if (lastClass != null) {
            parts.add(new Draft(lastClass, last.box(), body.direction(), List.of(last), body.language()));
        }
        return parts;
    }

    /**
     * The page's blocks in reading order with each byline or caption whose end layout cut off one block again: a
     * byline wrapped in a narrow column ({@code 本报讯（首席记者} over {@code 张世玉）}) or a caption's last line
     * ({@code 场。本报记者摄}) went to the block under it, alone or at the head of that block's first line, and the
     * part before is no byline or caption on its own.
     */
    static List<Draft> joinWrapped(List<Draft> blocks) {
        List<Draft> joined = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < joined.size(); i++) {
            Draft opening = joined.get(i);
            Draft next = joined.get(i + 1);
            BlockType unfinished = unfinished(opening);
            if (unfinished == null || next.lines().isEmpty() || !smallType(next.type())
                    || next.direction() != Direction.HORIZONTAL || !underneath(opening, next)) {
                continue;
            }
            Line following = next.lines().get(0);
            List<Word> words = following.words();
            for (int k = 1; k <= words.size(); k++) {
                String text = opening.text().strip() + new Line(following.box(), words.subList(0, k)).text();
                if (!completes(unfinished, text)) {
                    continue;
                }
                List<Line> lines = new ArrayList<>(opening.lines());
                lines.add(lineOf(words.subList(0, k)));
                List<Line> rest = new ArrayList<>(next.lines().subList(1, next.lines().size()));
                if (k < words.size()) {
                    rest.add(0, lineOf(words.subList(k, words.size())));
                }
                joined.set(i, part(unfinished, opening, lines));
                if (rest.isEmpty()) {
                    joined.remove(i + 1);
                } else {
                    joined.set(i + 1, part(next.type(), next, rest));
                }
                break;
            }
        }
        return joined;
    }

    /** BYLINE or CAPTION where the block could be the start of one that does not end in it, otherwise null. */
    private static BlockType unfinished(Draft block) {
        String text = block.text().strip();
        if (block.direction() != Direction.HORIZONTAL || !smallType(block.type())) {
            return null;
        }
        if (CAPTION_START.matcher(text).find() && block.lines().size() < CAPTION_LINES
                && !CAPTION.matcher(text).matches()) {
            return BlockType.CAPTION;
        }
        return refinable(block.type()) && block.lines().size() == 1 && Bylines.leading(text).isEmpty()
                ? BlockType.BYLINE : null;
    }

    private static boolean completes(BlockType type, String text) {
        if (type == BlockType.CAPTION) {
            return CAPTION.matcher(text).matches();
        }
        return Bylines.leading(text).filter(found -> found.end() >= text.length()).isPresent();
    }

    /** Classes layout gives lines of small type, which the text may show to be a byline's or caption's end. */
    private static boolean smallType(BlockType type) {
        return refinable(type) || type == BlockType.KICKER || type == BlockType.SUBHEADLINE;
    }

    /** A line of some of a line's words, boxed around them. */
    private static Line lineOf(List<Word> words) {
        return new Line(Box.enclosing(words.stream().map(Word::box).toList()), words);
    }

    /** The next block starts right under the block: the same column, a line's space below at most. */
    private static boolean underneath(Draft upper, Draft lower) {
        Box a = upper.box();
        Box b = lower.lines().get(0).box();
        double gap = b.y() - a.bottom();
        return Math.abs(a.x() - b.x()) <= a.height() && gap >= -0.3 * a.height() && gap <= 1.2 * a.height();
    }

    /** Some of a block's lines, to the block's width. */
    private static Draft part(BlockType type, Draft block, List<Line> lines) {
        Box box = Box.enclosing(lines.stream().map(Line::box).toList());
        return new Draft(type, Box.ofCorners(block.box().x(), box.y(), block.box().right(), box.bottom()),
                block.direction(), lines, block.language());
    }

    /** How many lines at the start of a block (with text after them) make a photo caption; 0 if none do. */
    private static int leadingCaption(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= Math.min(CAPTION_LINES, lines.size() - 1); n++) {
            text.append(lines.get(n - 1).text().strip());
            if (CAPTION.matcher(text).matches()) {
                return n;
            }
        }
        return 0;
    }

    /** Only classes layout guesses from shape and place alone; headlines and mastheads keep theirs. */
    private static boolean refinable(BlockType type) {
        return type == BlockType.BODY || type == BlockType.BYLINE || type == BlockType.JUMP || type == BlockType.CAPTION;
    }

    /** JUMP or BYLINE when the whole text is one, otherwise null. */
    private static BlockType classOf(String text) {
        String printed = text.strip();
        if (JumpLine.parse(printed).isPresent()) {
            return BlockType.JUMP;
        }
        boolean byline = Bylines.leading(printed).filter(found -> found.end() >= printed.length()).isPresent()
                || Bylines.trailing(printed).filter(found -> found.start() == 0).isPresent();
        return byline ? BlockType.BYLINE : null;
    }
}
