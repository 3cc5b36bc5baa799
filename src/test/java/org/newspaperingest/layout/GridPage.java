package org.newspaperingest.layout;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newspaperingest.layout.Region;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.samples.Fonts;

/**
 * A small Chinese newspaper page drawn character by character on a grid, with the blocks it drew in
 * reading order: folio, kicker, headline, subheadline, byline, body columns, jump line, a photo with its
 * caption, and a vertical article. Truth boxes are the em boxes of the characters drawn.
 */
final class GridPage {
    static final String TEXT = "政绩观连着发展观树立和践行正确政绩观共赴春天的盛会奔赴未来的征途方向更笃定信心更坚定"
            + "习近平总书记指出不能只看国内生产总值增长现在增长的是硬实力追求的是发展新质生产力高质量发展是全面建设"
            + "社会主义现代化国家的首要任务坚持高质量发展要成为领导干部政绩观的重要内容，今年全国两会上代表委员带来"
            + "发展新质生产力的鲜活故事。去年东方电气集团东方汽轮机有限公司一级副主任工程师曹天兰代表针对数据孤岛提出建议";

    final BufferedImage image;
    final List<Region> truth = new ArrayList<>();
    private final Graphics2D g;
    private final Random random;
    private int cursor;

    GridPage(int width, int height, double dpi, long seed) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        random = new Random(seed);
        cursor = random.nextInt(TEXT.length());
        float body = (float) (dpi * 9.5 / 72);
        int margin = (int) (dpi * 0.6);
        int inner = width - 2 * margin;
        int y = margin;

        // Running head: folio left, date right, then a rule.
        y = horizontal(BlockType.FOLIO, Fonts.sans(false, body), margin, y, 8, 1, 1.0, false);
        horizontal(BlockType.FOLIO, Fonts.sans(false, body), width - margin - (int) (body * 12), y - (int) body, 12, 1, 1.0, false);
        y += (int) (body * 0.4);
        rule(margin, y, inner, 3);
        y += (int) (body * 1.2);

        // Lead article across the page.
        y = horizontal(BlockType.KICKER, Fonts.sans(false, body * 1.3f), margin + inner / 4, y, 14, 1, 1.0, false);
        y += (int) (body * 0.4);
        y = horizontal(BlockType.HEADLINE, Fonts.serif(true, body * 3.2f), margin + inner / 8, y, 12, 1, 1.0, false);
        y += (int) (body * 0.4);
        y = horizontal(BlockType.SUBHEADLINE, Fonts.sans(false, body * 1.6f), margin + inner / 5, y, 18, 1, 1.0, false);
        y += (int) (body * 1.2);
        int columns = 4;
        int gutter = (int) (body * 1.5);
        int perLine = (int) ((inner - (columns - 1) * gutter) / columns / body);
        int colWidth = (int) (perLine * body);
        int rows = 22;
        for (int c = 0; c < columns; c++) {
            int x = margin + c * (colWidth + gutter);
            int top = y;
            if (c == 0) {
                top = horizontal(BlockType.BYLINE, Fonts.sans(true, body), x, top, 9, 1, 1.6, false);
            }
            int lines = c == 0 ? rows - 1 : rows;
            if (c == columns - 1) {
                lines = rows - 4;
            }
            int bottom = horizontal(BlockType.BODY, Fonts.serif(false, body), x, top, perLine, lines, 1.6, true);
            if (c == columns - 1) {
                horizontal(BlockType.JUMP, Fonts.serif(false, body), x + colWidth - (int) (body * 6), bottom + (int) (body * 0.6), 6, 1, 1.6, false);
            }
        }
        y += (int) (rows * body * 1.6) + (int) body;
        rule(margin, y, inner, 3);
        y += (int) (body * 1.2);

        // Second article: photo over two columns, caption, body; a vertical article on the right.
        int leftWidth = 2 * colWidth + gutter;
        int vx = margin + leftWidth + gutter;
        rule(vx - gutter / 2, y, 3, height - margin - y - (int) (body * 2.5));
        int y2 = horizontal(BlockType.HEADLINE, Fonts.serif(true, body * 2.4f), margin, y, perLine * 2 / 3 + 2, 1, 1.0, false);
        y2 += (int) (body * 0.8);
        int photoHeight = (int) (body * 14);
        photo(margin, y2, leftWidth, photoHeight);
        y2 += photoHeight + (int) (body * 0.5);
        y2 = horizontal(BlockType.CAPTION, Fonts.sans(false, body * 0.9f), margin, y2, (int) (perLine * 1.8), 1, 1.0, false);
        y2 += (int) body;
        int bottomLimit = height - margin - (int) (body * 2.5);
        int lines2 = (int) ((bottomLimit - y2) / (body * 1.6));
        horizontal(BlockType.BODY, Fonts.serif(false, body), margin, y2, perLine, lines2, 1.6, true);
        horizontal(BlockType.BODY, Fonts.serif(false, body), margin + colWidth + gutter, y2, perLine, lines2, 1.6, true);

        int vWidth = width - margin - vx;
        int vTop = y;
        int headlineX = vx + vWidth - (int) (body * 2.6);
        vertical(BlockType.HEADLINE, Fonts.serif(true, body * 2.4f), headlineX, vTop, 9, 1, 1.0);
        int vColumns = (int) ((headlineX - vx - 3.6 * body) / (body * 1.6));
        int perColumn = (int) ((bottomLimit - vTop) / body);
        vertical(BlockType.BODY, Fonts.serif(false, body), headlineX - (int) (body * 3.6), vTop, perColumn, vColumns, 1.6);

        rule(margin, height - margin - (int) (body * 2), inner, 3);
        horizontal(BlockType.FOLIO, Fonts.sans(false, body * 0.9f), margin + inner / 2 - (int) body * 3, height - margin - (int) (body * 1.2), 6, 1, 1.0, false);
        g.dispose();
    }

    /** Lines of characters from (x, y) down; returns the y below the block. */
    private int horizontal(BlockType type, Font font, int x, int y, int perLine, int lines, double pitch, boolean ragged) {
        g.setFont(font);
        g.setColor(Color.BLACK);
        float size = font.getSize2D();
        int lineStep = (int) Math.round(size * pitch);
        int maxRight = x;
        for (int l = 0; l < lines; l++) {
            int count = perLine;
            if (ragged && (l % 7 == 6 || l == lines - 1)) {
                count = Math.max(2, perLine / 2 + random.nextInt(perLine / 2));
            }
            for (int i = 0; i < count; i++) {
                g.drawString(String.valueOf(nextChar()), x + i * size, y + l * lineStep + size * 0.88f);
            }
            maxRight = Math.max(maxRight, x + (int) (count * size));
        }
        int bottom = y + (lines - 1) * lineStep + (int) size;
        truth.add(new Region(type, Box.ofCorners(x, y, maxRight, bottom), Direction.HORIZONTAL));
        return bottom;
    }

    /** Columns of characters from the right edge {@code right} leftwards. */
    private void vertical(BlockType type, Font font, int right, int y, int perColumn, int columns, double pitch) {
        g.setFont(font);
        g.setColor(Color.BLACK);
        float size = font.getSize2D();
        int step = (int) Math.round(size * pitch);
        int left = right;
        for (int c = 0; c < columns; c++) {
            int x = right - c * step - (int) size;
            for (int i = 0; i < perColumn; i++) {
                g.drawString(String.valueOf(nextChar()), x, y + i * size + size * 0.88f);
            }
            left = x;
        }
        truth.add(new Region(type, Box.ofCorners(left, y, right, y + (int) (perColumn * size)), Direction.VERTICAL));
    }

    private void rule(int x, int y, int w, int h) {
        g.setColor(Color.BLACK);
        g.fillRect(x, y, w, h);
    }

    private void photo(int x, int y, int w, int h) {
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j += 4) {
                int v = (int) (60 + 120 * Math.sin(i / 40.0) * Math.cos(j / 70.0) + 60 + random.nextInt(20));
                g.setColor(new Color(Math.max(0, Math.min(255, v)), Math.max(0, Math.min(255, v)), Math.max(0, Math.min(255, v))));
                g.fillRect(x + j, y + i, 4, 1);
            }
        }
    }

    private char nextChar() {
        char c = TEXT.charAt(cursor % TEXT.length());
        cursor++;
        return c;
    }
}
