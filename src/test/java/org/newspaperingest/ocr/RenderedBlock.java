package org.newspaperingest.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.ingest.RegionsForOcr;
import org.newspaperingest.layout.Region;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.preprocess.OpenCvLoader;
import org.newspaperingest.samples.Fonts;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * A text block drawn with the project's fonts on a white page, away from the page's origin so that
 * frame mistakes show, with the region that holds it.
 */
record RenderedBlock(Mat page, TextRegion region, String text) {

    static final int PAGE_WIDTH = 1400;
    static final int PAGE_HEIGHT = 1200;
    static final int LEFT = 150;
    static final int TOP = 100;

    /** Horizontal lines of {@code perLine} characters, 1.5 line spacing. */
    static RenderedBlock horizontal(String text, BlockType type, float size, int perLine) {
        return draw(text, type, Direction.HORIZONTAL, Fonts.serif(false, size), perLine);
    }

    /** Vertical columns of {@code perColumn} characters, right to left, each character upright in its cell. */
    static RenderedBlock vertical(String text, float size, int perColumn) {
        return draw(text, BlockType.BODY, Direction.VERTICAL, Fonts.serif(false, size), perColumn);
    }

    private static RenderedBlock draw(String text, BlockType type, Direction direction, Font font, int perLine) {
        OpenCvLoader.load();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            lines.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        int size = font.getSize();
        int lead = (int) (size * 1.5);
        boolean vertical = direction == Direction.VERTICAL;
        int width = vertical ? lines.size() * lead : perLine * size;
        int height = vertical ? perLine * size : lines.size() * lead;
        BufferedImage image = new BufferedImage(PAGE_WIDTH, PAGE_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            if (vertical) {
                int x = LEFT + width - (l + 1) * lead + (lead - size) / 2;
                for (int k = 0; k < line.length(); k++) {
                    g.drawString(line.substring(k, k + 1), x, TOP + k * size + metrics.getAscent());
                }
            } else {
                g.drawString(line, LEFT, TOP + l * lead + (lead - size) / 2 + metrics.getAscent());
            }
        }
        g.dispose();
        Mat page = new Mat(PAGE_HEIGHT, PAGE_WIDTH, CvType.CV_8UC1);
        page.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        Box box = new Box(LEFT - size / 4, TOP - size / 4, width + size / 2, height + size / 2);
        return new RenderedBlock(page, RegionsForOcr.of(new Region(type, box, direction)), text);
    }

    /** Character error rate after NFKC, so that full- and half-width punctuation count alike. */
    static double cer(String truth, String read) {
        String a = Normalizer.normalize(truth, Normalizer.Form.NFKC);
        String b = Normalizer.normalize(read, Normalizer.Form.NFKC);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return a.isEmpty() ? 0 : previous[b.length()] / (double) a.length();
    }
}
