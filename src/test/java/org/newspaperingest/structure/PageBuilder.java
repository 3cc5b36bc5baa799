package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;

/**
 * Builds pages the way layout analysis and OCR deliver them: classified blocks in reading order with boxes,
 * lines and text, rules and photos. Body lines are {@value #LINE} pixels high.
 */
final class PageBuilder {

    static final int LINE = 30;
    static final int WIDTH = 2000;
    static final int HEIGHT = 3000;

    private final int sequence;
    private String label;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Illustration> illustrations = new ArrayList<>();

    private PageBuilder(int sequence, String label) {
        this.sequence = sequence;
        this.label = label;
    }

    static PageBuilder page(int sequence) {
        return new PageBuilder(sequence, String.valueOf(sequence));
    }

    /** The printed page number, where it differs from the place in the issue. */
    PageBuilder withLabel(String printed) {
        this.label = printed;
        return this;
    }

    /** A block of horizontal text; its text is spread over as many lines as the box holds. */
    PageBuilder block(String id, BlockType type, Box box, String text) {
        return block(id, type, box, Direction.HORIZONTAL, text);
    }

    PageBuilder block(String id, BlockType type, Box box, Direction direction, String text) {
        // kickers and subheadlines are set a little larger than the body, headlines and the rest twice as large
        int lineSize = type == BlockType.BODY || type == BlockType.JUMP || type == BlockType.BYLINE ? LINE
                : type == BlockType.KICKER || type == BlockType.SUBHEADLINE ? LINE * 4 / 3 : 2 * LINE;
        int count = Math.max(1, Math.min(text.length(),
                (direction == Direction.HORIZONTAL ? box.height() : box.width()) / lineSize));
        List<Line> lines = new ArrayList<>();
        int per = (int) Math.ceil(text.length() / (double) count);
        for (int i = 0; i < count && i * per < text.length(); i++) {
            String part = text.substring(i * per, Math.min(text.length(), (i + 1) * per));
            Box lineBox = direction == Direction.HORIZONTAL
                    ? new Box(box.x(), box.y() + i * lineSize, box.width(), Math.min(lineSize, box.height()))
                    : new Box(box.right() - (i + 1) * lineSize, box.y(), Math.min(lineSize, box.width()), box.height());
            lines.add(new Line(lineBox, List.of(new Word(part, lineBox, 0.95, List.of()))));
        }
        blocks.add(new TextBlock(id, type, box, direction, "zh-Hans", lines));
        return this;
    }

    /** A block of one horizontal line as tall as the box, whatever size its class is usually set in. */
    PageBuilder line(String id, BlockType type, Box box, String text) {
        List<Line> lines = List.of(new Line(box, List.of(new Word(text, box, 0.95, List.of()))));
        blocks.add(new TextBlock(id, type, box, Direction.HORIZONTAL, "zh-Hans", lines));
        return this;
    }

    PageBuilder rule(String id, Box box) {
        rules.add(new Rule(id, box));
        return this;
    }

    PageBuilder photo(String id, Box box) {
        illustrations.add(new Illustration(id, box));
        return this;
    }

    Page build() {
        ImageFile image = new ImageFile(sequence + ".tif", "image/tiff", 0, "", 0, WIDTH, HEIGHT, 300, 300, 1, 1, "LZW");
        return new Page(sequence, Optional.of(label), image, WIDTH, HEIGHT, 0, blocks, rules, illustrations,
                new Processing("test", "0", "none", Map.of()));
    }

    /** Column {@code c} (0-based) of four 430-pixel columns with 30-pixel gaps, from 100 to 1910. */
    static int column(int c) {
        return 100 + c * 460;
    }

    static Box columns(int from, int to, int top, int bottom) {
        return Box.ofCorners(column(from), top, column(to) + 430, bottom);
    }
}
