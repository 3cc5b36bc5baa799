package org.newspaperingest.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * What modern pages carry besides photos and type: QR codes (to a video, an app, the e-paper) and logos. Neither is
 * text, and neither is a headline, however large and dark it prints.
 */
final class Ornament {

    private Ornament() {
    }

    /**
     * A QR code as printed: a 25-module grid (version 2) with its three finder patterns, the timing lines and
     * random data modules, in a quiet zone of white. Not a decodable code: the layout has to see its look, not
     * read it.
     */
    static BufferedImage qrCode(int w, int h, long seed) {
        Random r = new Random(seed);
        int modules = 25;
        BufferedImage img = blank(w, h);
        Graphics2D g = img.createGraphics();
        double size = Math.min(w, h);
        double module = size / (modules + 2);
        double x0 = (w - module * modules) / 2;
        double y0 = (h - module * modules) / 2;
        boolean[][] dark = new boolean[modules][modules];
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                dark[y][x] = r.nextInt(100) < 48;
            }
        }
        for (int i = 8; i < modules - 8; i++) {
            dark[6][i] = i % 2 == 0;
            dark[i][6] = i % 2 == 0;
        }
        int[][] corners = {{0, 0}, {0, modules - 7}, {modules - 7, 0}};
        for (int[] c : corners) {
            for (int y = -1; y <= 7; y++) {
                for (int x = -1; x <= 7; x++) {
                    int yy = c[0] + y;
                    int xx = c[1] + x;
                    if (yy < 0 || xx < 0 || yy >= modules || xx >= modules) {
                        continue;
                    }
                    boolean ring = y == 0 || y == 6 || x == 0 || x == 6;
                    boolean core = y >= 2 && y <= 4 && x >= 2 && x <= 4;
                    dark[yy][xx] = y >= 0 && y <= 6 && x >= 0 && x <= 6 && (ring || core);
                }
            }
        }
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (dark[y][x]) {
                    g.fill(new Rectangle2D.Double(x0 + x * module, y0 + y * module, module + 0.5, module + 0.5));
                }
            }
        }
        g.dispose();
        return img;
    }

    /** An emblem: a disc in a printed tone, a white ring and a white stylised sun rising over waves. */
    static BufferedImage logo(int w, int h, long seed) {
        Random r = new Random(seed);
        BufferedImage img = blank(w, h);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double d = Math.min(w, h);
        double x = (w - d) / 2;
        double y = (h - d) / 2;
        int tone = 70 + r.nextInt(70);
        g.setColor(new Color(tone, tone, tone));
        g.fill(new Ellipse2D.Double(x, y, d, d));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (d * 0.04)));
        g.draw(new Ellipse2D.Double(x + d * 0.08, y + d * 0.08, d * 0.84, d * 0.84));
        g.fill(new Ellipse2D.Double(x + d * 0.34, y + d * 0.25, d * 0.32, d * 0.32));
        for (int wave = 0; wave < 2; wave++) {
            Path2D path = new Path2D.Double();
            double wy = y + d * (0.64 + 0.1 * wave);
            path.moveTo(x + d * 0.2, wy);
            for (int k = 0; k < 4; k++) {
                double sx = x + d * (0.2 + 0.15 * k);
                path.quadTo(sx + d * 0.075, wy - d * 0.06, sx + d * 0.15, wy);
            }
            g.draw(path);
        }
        g.dispose();
        return img;
    }

    private static BufferedImage blank(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
