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
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Shape;

/**
 * Scores a page read from a real scan against third-party ground truth, as {@code score_real.py} of the
 * project's real-page set does: bag-of-characters F1 over letters and digits with variant forms folded
 * ({@code nopunct_var}; here by HanLP's traditional-to-simplified conversion, which folds the same pairs as
 * Unihan's simplified and traditional variants, and most of its old print forms), and the share of
 * article regions that ONE block or illustration matches at IoU ≥ 0.5.
 */
final class RealFoldScore {

    /** Regions are rasterised at half the scan's size: the shared scorer's figures come out within 0.02. */
    private static final int SCALE = 2;

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
     * blocks (by its outline, as ALTO's {@code Shape/Polygon} gives it) or illustrations matches at IoU ≥ 0.5.
     */
    static double articlesMatched(InputStream regionsJson, Page page) throws IOException {
        JsonNode root = new ObjectMapper().readTree(regionsJson);
        int width = root.path("width").asInt() / SCALE + 1;
        int height = root.path("height").asInt() / SCALE + 1;
        List<Mask> blocks = new ArrayList<>();
        // as the shared scorer does: a box is its pixels, a polygon (of a block or the truth) its pixels and edges
        page.blocks().forEach(block -> blocks.add(Mask.of(block.outline().points().stream()
                .map(p -> new double[] {p.x(), p.y()}).toList(), width, height, !block.rectangular())));
        page.illustrations().forEach(illustration -> blocks.add(Mask.of(
                Shape.rectangle(illustration.box()).points().stream().map(p -> new double[] {p.x(), p.y()}).toList(),
                width, height, false)));
        int articles = 0;
        int matched = 0;
        for (JsonNode region : root.path("regions")) {
            if (!region.path("label").asText().equals("article")) {
                continue;
            }
            articles++;
            List<double[]> points = new ArrayList<>();
            region.path("polygon").forEach(point -> points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()}));
            Mask article = Mask.of(points, width, height, true);
            for (Mask block : blocks) {
                long inside = article.intersection(block);
                if (inside > 0 && inside / (double) (article.area + block.area - inside) >= 0.5) {
                    matched++;
                    break;
                }
            }
        }
        return articles == 0 ? 0 : matched / (double) articles;
    }

    /** A polygon filled at half the scan's size, within its bounds. */
    private record Mask(java.awt.Rectangle bounds, byte[] pixels, long area) {
        static Mask of(List<double[]> points, int width, int height, boolean withEdges) {
            Polygon polygon = new Polygon();
            points.forEach(p -> polygon.addPoint((int) Math.round(p[0] / SCALE), (int) Math.round(p[1] / SCALE)));
            java.awt.Rectangle bounds = polygon.getBounds().intersection(new java.awt.Rectangle(width, height));
            if (bounds.isEmpty()) {
                return new Mask(new java.awt.Rectangle(), new byte[0], 0);
            }
            BufferedImage mask = new BufferedImage(bounds.width + 1, bounds.height + 1, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = mask.createGraphics();
            g.translate(-bounds.x, -bounds.y);
            g.setColor(java.awt.Color.WHITE);
            g.fillPolygon(polygon);
            if (withEdges) {
                g.drawPolygon(polygon);
            }
            g.dispose();
            byte[] pixels = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
            java.awt.Rectangle stored = new java.awt.Rectangle(bounds.x, bounds.y, bounds.width + 1, bounds.height + 1);
            return new Mask(stored, pixels, count(pixels, stored.width, 0, 0, stored.width, stored.height));
        }

        long intersection(Mask other) {
            java.awt.Rectangle both = bounds.intersection(other.bounds);
            long n = 0;
            for (int y = both.y; y < both.y + both.height; y++) {
                for (int x = both.x; x < both.x + both.width; x++) {
                    if (pixels[(y - bounds.y) * bounds.width + x - bounds.x] != 0
                            && other.pixels[(y - other.bounds.y) * other.bounds.width + x - other.bounds.x] != 0) {
                        n++;
                    }
                }
            }
            return n;
        }
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
