package org.newspaperingest.eval;

import java.util.List;

/**
 * Recognition quality of one text (a page, an article, the issue) against its ground truth.
 *
 * @param charErrors   Levenshtein distance in characters (NFKC, whitespace ignored)
 * @param cer          charErrors / truthChars
 * @param wordErrors   Levenshtein distance in words (ALTO Strings)
 * @param wer          wordErrors / truthWords
 * @param bagMatched   characters shared regardless of order
 * @param bagF1        harmonic mean of bagMatched/candidateChars and bagMatched/truthChars: 1.0 when the same
 *                     characters were read, whatever their order (reading-order mistakes do not lower it)
 */
public record Scores(int truthChars, int candidateChars, int charErrors, double cer,
                     int truthWords, int candidateWords, int wordErrors, double wer,
                     int bagMatched, double bagF1) {

    /** Compares texts given as words; the characters are the words' characters. */
    public static Scores of(List<String> truthWords, List<String> candidateWords) {
        List<String> truth = truthWords.stream().map(TextMetrics::normalize).filter(w -> !w.isEmpty()).toList();
        List<String> candidate = candidateWords.stream().map(TextMetrics::normalize).filter(w -> !w.isEmpty()).toList();
        int[] truthChars = String.join("", truth).codePoints().toArray();
        int[] candidateChars = String.join("", candidate).codePoints().toArray();
        int charErrors = TextMetrics.distance(truthChars, candidateChars);
        int wordErrors = TextMetrics.wordDistance(truth, candidate);
        int matched = TextMetrics.bagOverlap(truthChars, candidateChars);
        return new Scores(truthChars.length, candidateChars.length, charErrors, rate(charErrors, truthChars.length),
                truth.size(), candidate.size(), wordErrors, rate(wordErrors, truth.size()),
                matched, f1(matched, truthChars.length, candidateChars.length));
    }

    /** Totals over parts: counts add up, rates are recomputed from the sums. */
    public static Scores sum(List<Scores> parts) {
        int truthChars = 0;
        int candidateChars = 0;
        int charErrors = 0;
        int truthWords = 0;
        int candidateWords = 0;
        int wordErrors = 0;
        int matched = 0;
        for (Scores part : parts) {
            truthChars += part.truthChars;
            candidateChars += part.candidateChars;
            charErrors += part.charErrors;
            truthWords += part.truthWords;
            candidateWords += part.candidateWords;
            wordErrors += part.wordErrors;
            matched += part.bagMatched;
        }
        return new Scores(truthChars, candidateChars, charErrors, rate(charErrors, truthChars), truthWords,
                candidateWords, wordErrors, rate(wordErrors, truthWords), matched, f1(matched, truthChars, candidateChars));
    }

    private static double rate(int errors, int total) {
        return total == 0 ? (errors == 0 ? 0 : 1) : (double) errors / total;
    }

    private static double f1(int matched, int truth, int candidate) {
        if (truth == 0 && candidate == 0) {
            return 1;
        }
        return 2.0 * matched / (truth + candidate);
    }
}
