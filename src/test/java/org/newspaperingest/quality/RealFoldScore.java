package org.newspaperingest.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Page;

/**
 * Scores a page read from a real scan against third-party ground truth, as {@code score_real.py} of the
 * project's real-page set does: bag-of-characters F1 over letters and digits with variant forms folded
 * ({@code nopunct_var}; here by HanLP's traditional-to-simplified conversion, which folds the same pairs as
 * Unihan's simplified and traditional variants, and most of its old print forms), and the share of
 * article regions that ONE block or illustration matches at IoU ≥ 0.5.
 */
final class RealFoldScore {

    /** Regions are rasterised at a quarter of the scan's size: areas come out within a percent. */
    private static final int SCALE = 4;

    private RealFoldScore() {
    }

    /** The text of an ECPO fold's flattened ground truth ({@code .text.json}): every line of every block. */
    static String truthText(InputStream textJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(textJson);
        StringBuilder text = new StringBuilder();
        for (JsonNode block : root.path("blocks")) {
            for (JsonNode line : block.path("lines")) {
                text.append(line.asText());
            }
        }
        return text.toString();
    }

    /** Letters and digits after NFKC, variant forms folded; the ECPO's private-use glyph marks dropped. */
    static String characters(String text) {
        String folded = HanLP.convertToSimplifiedChinese(Normalizer.normalize(text, Normalizer.Form.NFKC));
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(RealFoldScore::letterOrNumber).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Unicode's L* and N* categories, as the Python scorer keeps them, less spacing modifier letters. */
    private static boolean letterOrNumber(int c) {
        int type = Character.getType(c);
        boolean letter = type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER;
        boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
        return (letter || number) && !(c >= 0x02B0 && c <= 0x02FF);
    }

    /** The project's own bag-of-characters F1 ({@link Scores}) over the characters the real-page scorer keeps. */
    static double bagF1(String truth, String read) {
        return Scores.of(List.of(characters(truth)), List.of(characters(read))).bagF1();
    }

    /**
     * The share of the ground truth's article regions ({@code .regions.json}) that one of the page's text
     * blocks or illustrations matches at IoU ≥ 0.5.
     */
    static double articlesMatched(InputStream regionsJson, Page page) throws IOException {
        JsonNode root = new ObjectMapper().readTree(regionsJson);
        int width = root.path("width").asInt() / SCALE + 1;
        int height = root.path("height").asInt() / SCALE + 1;
        List<Box> boxes = new ArrayList<>();
        page.blocks().forEach(block -> boxes.add(block.box()));
        page.illustrations().forEach(illustration -> boxes.add(illustration.box()));
        int articles = 0;
        int matched = 0;
        for (JsonNode region : root.path("regions")) {
            if (!region.path("label").asText().equals("article")) {
                continue;
            }
            articles++;
            Polygon polygon = new Polygon();
            for (JsonNode point : region.path("polygon")) {
                polygon.addPoint((int) Math.round(point.get(0).asDouble() / SCALE),
                        (int) Math.round(point.get(1).asDouble() / SCALE));
            }
            BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = mask.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillPolygon(polygon);
            g.drawPolygon(polygon);
            g.dispose();
            byte[] pixels = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
            java.awt.Rectangle bounds = polygon.getBounds().intersection(new java.awt.Rectangle(width, height));
            long area = count(pixels, width, bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height);
            for (Box box : boxes) {
                int left = box.x() / SCALE;
                int top = box.y() / SCALE;
                int right = Math.min(width, (box.right() + SCALE - 1) / SCALE);
                int bottom = Math.min(height, (box.bottom() + SCALE - 1) / SCALE);
                long inside = count(pixels, width, Math.max(left, bounds.x), Math.max(top, bounds.y),
                        Math.min(right, bounds.x + bounds.width), Math.min(bottom, bounds.y + bounds.height));
                long boxArea = (long) (right - left) * (bottom - top);
                if (inside > 0 && inside / (double) (area + boxArea - inside) >= 0.5) {
                    matched++;
                    break;
                }
            }
        }
        return articles == 0 ? 0 : matched / (double) articles;
    }

    private static long count(byte[] pixels, int width, int left, int top, int right, int bottom) {
        long n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (pixels[y * width + x] != 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
