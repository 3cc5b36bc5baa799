package org.newspaperingest.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Edit distances and the bag-of-characters overlap over NFKC-normalized text with whitespace removed. */
public final class TextMetrics {

    private TextMetrics() {
    }

    /** NFKC, then every whitespace character removed (full-width spaces become spaces under NFKC). */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder result = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(result::appendCodePoint);
        return result.toString();
    }

    /** Levenshtein distance between two code point sequences (insertions, deletions, substitutions cost 1). */
    public static int distance(int[] truth, int[] candidate) {
        int[] previous = new int[candidate.length + 1];
        int[] current = new int[candidate.length + 1];
        for (int j = 0; j <= candidate.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= truth.length; i++) {
            current[0] = i;
            int t = truth[i - 1];
            for (int j = 1; j <= candidate.length; j++) {
                int substitution = previous[j - 1] + (t == candidate[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[candidate.length];
    }

    /** Levenshtein distance between two word sequences (each word one symbol). */
    public static int wordDistance(List<String> truth, List<String> candidate) {
        Map<String, Integer> symbols = new HashMap<>();
        return distance(truth.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray(),
                candidate.stream().mapToInt(w -> symbols.computeIfAbsent(w, k -> symbols.size())).toArray());
    }

    /** How many characters the two texts share, ignoring order: the sum over characters of the smaller count. */
    public static int bagOverlap(int[] truth, int[] candidate) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int c : truth) {
            counts.merge(c, 1, Integer::sum);
        }
        int matched = 0;
        for (int c : candidate) {
            Integer left = counts.get(c);
            if (left != null && left > 0) {
                counts.put(c, left - 1);
                matched++;
            }
        }
        return matched;
    }
}
