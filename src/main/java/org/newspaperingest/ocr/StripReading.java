package org.newspaperingest.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One upright line of traditional Chinese read by two recognisers: Tesseract's {@code chi_tra}, well trained
 * on traditional type, and PP-OCR, whose character list is mostly simplified but holds forms that
 * {@code chi_tra} lacks (爲, 着, 啓). Tesseract's reading stands; where it is unsure of a character and PP-OCR,
 * aligned character by character, reads another one with some confidence, PP-OCR's is taken, unless it is
 * a simplified-only form. When Tesseract loses the line (far fewer characters than PP-OCR reads), PP-OCR's
 * reading is taken whole.
 */
final class StripReading {

    /** Tesseract confidence under which PP-OCR may overrule a character. */
    static final double TESSERACT_UNSURE = 0.95;
    /** PP-OCR confidence needed to overrule. */
    static final double PADDLE_SURE = 0.5;
    /**
     * PP-OCR confidence needed to overrule a punctuation mark Tesseract is sure of: on marks moved from a
     * column's corner PP-OCR is the better reader (Tesseract takes many a ， for 、 or a quote).
     */
    static final double PADDLE_SURE_OF_MARK = 0.9;
    /** Tesseract has lost the line when it reads fewer characters than this share of PP-OCR's. */
    private static final double LOST_LINE = 0.6;

    /** A character at {@code position} along the line (pixels of the line image). */
    record Read(String text, double confidence, double position) {
    }

    private StripReading() {
    }

    /**
     * @param tesseract Tesseract's symbols, boxes in a frame {@code offset} pixels right of the line image
     * @param paddle    PP-OCR's characters on the line image
     */
    static List<Read> merge(List<TesseractEngine.Symbol> tesseract, int offset, List<TextRecognizer.Hit> paddle) {
        List<Read> reads = new ArrayList<>();
        if (tesseract.size() < LOST_LINE * paddle.size()) {
            for (TextRecognizer.Hit hit : paddle) {
                reads.add(new Read(hit.text(), hit.confidence(), (hit.start() + hit.end()) / 2));
            }
            return reads;
        }
        String[] paddleTexts = paddle.stream().map(TextRecognizer.Hit::text).toArray(String[]::new);
        String[] tesseractTexts = tesseract.stream().map(TesseractEngine.Symbol::text).toArray(String[]::new);
        int[] partner = align(tesseractTexts, paddleTexts);
        for (int k = 0; k < tesseract.size(); k++) {
            TesseractEngine.Symbol symbol = tesseract.get(k);
            String text = symbol.text();
            double confidence = symbol.confidence();
            if (partner[k] >= 0 && !same(paddleTexts[partner[k]], text)) {
                TextRecognizer.Hit hit = paddle.get(partner[k]);
                boolean overrule = confidence < TESSERACT_UNSURE
                        ? hit.confidence() > PADDLE_SURE && !ChineseScript.isSimplifiedOnly(hit.text())
                        : isMark(text) && isMark(hit.text()) && hit.confidence() > PADDLE_SURE_OF_MARK;
                if (overrule) {
                    text = hit.text();
                    confidence = hit.confidence();
                }
            }
            reads.add(new Read(text, confidence, symbol.centreX() - offset));
        }
        return reads;
    }

    private static boolean same(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
    }

    /** Punctuation: neither a letter, a digit nor a Han character. */
    static boolean isMark(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * For each element of {@code a}, the index of the element of {@code b} it stands against in a least-cost
     * alignment, or -1 where {@code a} has an extra element. A mark never stands against a character: the
     * two recognisers disagree on marks and drop different characters, and a mark paired with a character
     * would shift the pairs after it.
     */
    static int[] align(String[] a, String[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + substitution(a[i - 1], b[j - 1]),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        int[] partner = new int[a.length];
        Arrays.fill(partner, -1);
        int i = a.length;
        int j = b.length;
        while (i > 0 && j > 0) {
            int substitution = substitution(a[i - 1], b[j - 1]);
            if (substitution < 2 && d[i][j] == d[i - 1][j - 1] + substitution) {
                partner[i - 1] = j - 1;
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        return partner;
    }

    private static int substitution(String a, String b) {
        if (same(a, b)) {
            return 0;
        }
        return isMark(a) == isMark(b) ? 1 : 2;
    }
}
