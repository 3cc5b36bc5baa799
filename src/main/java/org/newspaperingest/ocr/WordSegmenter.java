package org.newspaperingest.ocr;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Word;

/**
 * Turns a recognised line (characters with boxes and confidences) into words as a Chinese reader would cut
 * them, each with one glyph per character.
 *
 * <p>Words come from HanLP's standard (Viterbi) segmenter. Traditional text is segmented on its simplified
 * form, since HanLP's dictionaries are simplified, and mapped back character by character. Runs of Latin
 * letters and digits ({@code G50}, {@code CBD}, {@code 2026}) stay whole words and are cut from Chinese
 * around them ({@code 2026年} gives {@code 2026} and {@code 年}); a space the engine saw splits such a run.
 * Punctuation is kept as printed, one word per mark. A word's box is the union of its glyph boxes, its
 * confidence the lowest of its glyphs' (a word is only as sure as its weakest character).
 *
 * <p>Thread-safe: HanLP's segmenter keeps no state between calls.
 */
public final class WordSegmenter {

    private final Segment segment;

    public WordSegmenter() {
        this.segment = HanLP.newSegment().enableOffset(true);
    }

    public List<Word> segment(List<RecognisedChar> chars) {
        if (chars.isEmpty()) {
            return List.of();
        }
        boolean[] cutBefore = new boolean[chars.size() + 1];
        cutBefore[0] = true;
        cutBefore[chars.size()] = true;
        markSegmenterCuts(chars, cutBefore);
        markScriptCuts(chars, cutBefore);

        List<Word> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= chars.size(); i++) {
            if (cutBefore[i]) {
                words.add(word(chars.subList(start, i)));
                start = i;
            }
        }
        return words;
    }

    private void markSegmenterCuts(List<RecognisedChar> chars, boolean[] cutBefore) {
        StringBuilder text = new StringBuilder();
        int[] charAt = new int[chars.stream().mapToInt(c -> c.text().length()).sum() + 1];
        for (int i = 0; i < chars.size(); i++) {
            for (int k = 0; k < chars.get(i).text().length(); k++) {
                charAt[text.length() + k] = i;
            }
            text.append(chars.get(i).text());
        }
        charAt[text.length()] = chars.size();
        String original = text.toString();
        String simplified = HanLP.convertToSimplifiedChinese(original);
        String toSegment = simplified.length() == original.length() ? simplified : original;
        for (Term term : segment.seg(toSegment)) {
            if (term.offset > 0 && term.offset < charAt.length) {
                int index = charAt[term.offset];
                // a cut inside a multi-unit character falls at its start
                cutBefore[index] = true;
            }
        }
    }

    /** Latin/digit runs are words of their own; punctuation marks stand alone. */
    private static void markScriptCuts(List<RecognisedChar> chars, boolean[] cutBefore) {
        for (int i = 1; i < chars.size(); i++) {
            Kind previous = kindAt(chars, i - 1);
            Kind current = kindAt(chars, i);
            boolean bothLatin = previous == Kind.LATIN && current == Kind.LATIN;
            if (bothLatin) {
                cutBefore[i] = chars.get(i).spaceBefore();
            } else if (previous != current || current == Kind.PUNCTUATION) {
                cutBefore[i] = true;
            }
        }
    }

    private enum Kind { LATIN, PUNCTUATION, OTHER }

    /**
     * A letter or digit below the CJK blocks is Latin; so is a joiner ({@code . - / : %}) between two Latin
     * characters, keeping {@code 3.5}, {@code 0710-L} or a URL whole.
     */
    private static Kind kindAt(List<RecognisedChar> chars, int i) {
        String text = chars.get(i).text();
        int c = text.codePointAt(0);
        if (isLatinLetterOrDigit(c)) {
            return Kind.LATIN;
        }
        if (text.length() == 1 && ".-/:%".indexOf(c) >= 0 && i > 0 && i + 1 < chars.size()
                && isLatinLetterOrDigit(chars.get(i - 1).text().codePointAt(0))
                && isLatinLetterOrDigit(chars.get(i + 1).text().codePointAt(0))
                && !chars.get(i).spaceBefore() && !chars.get(i + 1).spaceBefore()) {
            return Kind.LATIN;
        }
        if (!Character.isLetterOrDigit(c)) {
            return Kind.PUNCTUATION;
        }
        return Kind.OTHER;
    }

    private static boolean isLatinLetterOrDigit(int c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static Word word(List<RecognisedChar> chars) {
        StringBuilder text = new StringBuilder();
        List<Glyph> glyphs = new ArrayList<>(chars.size());
        List<Box> boxes = new ArrayList<>(chars.size());
        double confidence = 1;
        for (RecognisedChar c : chars) {
            text.append(c.text());
            glyphs.add(new Glyph(c.text(), c.box(), c.confidence()));
            boxes.add(c.box());
            confidence = Math.min(confidence, c.confidence());
        }
        return new Word(text.toString(), Box.enclosing(boxes), confidence, glyphs);
    }
}
