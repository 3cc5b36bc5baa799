package org.newspaperingest.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One page of an issue as the pipeline understood it. Blocks are in reading order, coordinates in the
 * stored image's frame.
 *
 * @param sequence  1-based physical position in the issue
 * @param label     the printed page number ({@code 1}, {@code 2}...), or empty if none was read
 * @param skewAngle degrees the scan was rotated by (counter-clockwise positive), as estimated
 * @param warnings  what an archivist should know about how the page was read (a resolution the file does
 *                  not record, text the layout may have missed), each naming the page
 *
 * <p>Serializable, so that a page read on one machine can be assembled into its issue on another; it
 * travels as {@link SerialForm}, since {@code Optional} is not serializable.
 */
public record Page(int sequence, Optional<String> label, ImageFile image, int width, int height,
                   double skewAngle, List<TextBlock> blocks, List<Rule> rules,
                   List<Illustration> illustrations, Processing processing, List<String> warnings)
        implements Serializable {
    public Page {
        blocks = List.copyOf(blocks);
        rules = List.copyOf(rules);
        illustrations = List.copyOf(illustrations);
        warnings = List.copyOf(warnings);
    }

    /** A page read without anything to warn of. */
    public Page(int sequence, Optional<String> label, ImageFile image, int width, int height, double skewAngle,
                List<TextBlock> blocks, List<Rule> rules, List<Illustration> illustrations, Processing processing) {
        this(sequence, label, image, width, height, skewAngle, blocks, rules, illustrations, processing, List.of());
    }

    public Optional<TextBlock> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Illustration> illustration(String id) {
        return illustrations.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Mean word confidence of the page (ALTO {@code PC}). */
    public double confidence() {
        return blocks.stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())
                .mapToDouble(Word::confidence).average().orElse(0);
    }

    /** The page's text in reading order. */
    public String text() {
        StringBuilder text = new StringBuilder();
        blocks.forEach(b -> text.append(b.text()));
        return text.toString();
    }

    public Page withBlocks(List<TextBlock> newBlocks) {
        return new Page(sequence, label, image, width, height, skewAngle, newBlocks, rules, illustrations, processing,
                warnings);
    }

    public Page withLabel(Optional<String> newLabel) {
        return new Page(sequence, newLabel, image, width, height, skewAngle, blocks, rules, illustrations, processing,
                warnings);
    }

    private Object writeReplace() {
        return new SerialForm(sequence, label.orElse(null), image, width, height, skewAngle, blocks, rules,
                illustrations, processing, warnings);
    }

    /** The page as it is serialized: the label, if any, as a plain string. */
    private record SerialForm(int sequence, String label, ImageFile image, int width, int height, double skewAngle,
                              List<TextBlock> blocks, List<Rule> rules, List<Illustration> illustrations,
                              Processing processing, List<String> warnings) implements Serializable {
        private Object readResolve() {
            return new Page(sequence, Optional.ofNullable(label), image, width, height, skewAngle, blocks, rules,
                    illustrations, processing, warnings);
        }
    }
}
