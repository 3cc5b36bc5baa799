package org.newspaperingest.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * Paints the one photo: a building site in greyscale (sky, tower blocks, a steel frame going up,
 * a tower crane), with film grain, as a newspaper halftone reproduces it after scanning.
 */
final class Photo {

    private Photo() {
    }

    static BufferedImage paint(int w, int h, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(150, 150, 150), 0, h * 0.6f, new Color(215, 215, 215)));
        g.fillRect(0, 0, w, h);
        double horizon = h * 0.62;
        // distant blocks
        for (int i = 0; i < 9; i++) {
            double bw = w * (0.08 + r.nextDouble() * 0.1);
            double bx = r.nextDouble() * w - bw / 3;
            double bh = h * (0.15 + r.nextDouble() * 0.3);
            int tone = 120 + r.nextInt(50);
            g.setColor(new Color(tone, tone, tone));
            g.fill(new Rectangle2D.Double(bx, horizon - bh, bw, bh));
            g.setColor(new Color(tone - 35, tone - 35, tone - 35));
            for (double wy = horizon - bh + 12; wy < horizon - 8; wy += 18) {
                for (double wx = bx + 8; wx < bx + bw - 8; wx += 16) {
                    g.fill(new Rectangle2D.Double(wx, wy, 7, 9));
                }
            }
        }
        // ground
        g.setPaint(new GradientPaint(0, (float) horizon, new Color(95, 95, 95), 0, h, new Color(60, 60, 60)));
        g.fill(new Rectangle2D.Double(0, horizon, w, h - horizon));
        // steel frame of the studio going up
        double fx = w * 0.18, fw = w * 0.55, fy = h * 0.3;
        g.setColor(new Color(35, 35, 35));
        g.setStroke(new BasicStroke(Math.max(2f, w / 160f)));
        int bays = 6, floors = 4;
        for (int i = 0; i <= bays; i++) {
            double x = fx + fw * i / bays;
            g.draw(new Line2D.Double(x, fy, x, horizon + h * 0.05));
        }
        for (int j = 0; j <= floors; j++) {
            double y = fy + (horizon + h * 0.05 - fy) * j / floors;
            g.draw(new Line2D.Double(fx, y, fx + fw, y));
        }
        g.setStroke(new BasicStroke(Math.max(1f, w / 320f)));
        for (int i = 0; i < bays; i++) {
            for (int j = 0; j < floors; j++) {
                double x0 = fx + fw * i / bays, x1 = fx + fw * (i + 1) / bays;
                double y0 = fy + (horizon + h * 0.05 - fy) * j / floors, y1 = fy + (horizon + h * 0.05 - fy) * (j + 1) / floors;
                g.draw(new Line2D.Double(x0, (i + j) % 2 == 0 ? y0 : y1, x1, (i + j) % 2 == 0 ? y1 : y0));
            }
        }
        // tower crane: mast, jib, counter-jib, cable
        double mx = w * 0.82, top = h * 0.08;
        g.setStroke(new BasicStroke(Math.max(2f, w / 120f)));
        g.setColor(new Color(20, 20, 20));
        g.draw(new Line2D.Double(mx, top, mx, horizon));
        g.draw(new Line2D.Double(w * 0.1, top + h * 0.03, w * 0.97, top + h * 0.03));
        g.setStroke(new BasicStroke(Math.max(1f, w / 400f)));
        g.draw(new Line2D.Double(mx, top - h * 0.05, w * 0.1, top + h * 0.03));
        g.draw(new Line2D.Double(mx, top - h * 0.05, w * 0.97, top + h * 0.03));
        g.draw(new Line2D.Double(w * 0.35, top + h * 0.03, w * 0.35, fy - h * 0.04));
        g.fill(new Rectangle2D.Double(w * 0.33, fy - h * 0.04, w * 0.04, h * 0.03));
        // workers and materials in the foreground
        for (int i = 0; i < 14; i++) {
            double px = r.nextDouble() * w, py = horizon + r.nextDouble() * (h - horizon) * 0.8;
            int tone = r.nextInt(3) == 0 ? 225 : 30;
            g.setColor(new Color(tone, tone, tone));
            g.fill(new Rectangle2D.Double(px, py, w / 90.0, h / 28.0));
        }
        g.dispose();
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int v = (px[i] & 0xFF) + (int) Math.round(r.nextGaussian() * 9);
            px[i] = (byte) Math.max(0, Math.min(255, v));
        }
        PageRaster.blur(px, w, h);
        return img;
    }
}
