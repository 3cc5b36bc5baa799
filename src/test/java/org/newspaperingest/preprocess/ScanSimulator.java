package org.newspaperingest.preprocess;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Draws a plain multi-column page and turns it into what a scanner would give: skewed, shaded, framed, noisy. */
public final class ScanSimulator {
    private ScanSimulator() {
    }

    /** A 300 dpi page of four text columns under a headline, with column rules. */
    public static BufferedImage page(int width, int height, long seed) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        Random random = new Random(seed);
        int margin = width / 12;
        g.setFont(new Font(Font.SERIF, Font.BOLD, width / 25));
        g.drawString("Headline of the Day", margin, margin + width / 25);
        g.fillRect(margin, margin + width / 16, width - 2 * margin, 4);
        int columns = 4;
        int gutter = width / 40;
        int columnWidth = (width - 2 * margin - (columns - 1) * gutter) / columns;
        g.setFont(new Font(Font.SERIF, Font.PLAIN, width / 70));
        int lineHeight = width / 50;
        for (int c = 0; c < columns; c++) {
            int x = margin + c * (columnWidth + gutter);
            if (c > 0) {
                g.fillRect(x - gutter / 2 - 1, margin + width / 12, 3, height - 2 * margin - width / 12);
            }
            for (int y = margin + width / 9; y < height - margin; y += lineHeight) {
                StringBuilder line = new StringBuilder();
                while (g.getFontMetrics().stringWidth(line.toString()) < columnWidth - width / 30) {
                    line.append((char) ('a' + random.nextInt(26)));
                    if (random.nextInt(6) == 0) {
                        line.append(' ');
                    }
                }
                g.drawString(line.toString(), x, y);
            }
        }
        g.dispose();
        return page;
    }

    /**
     * The page as scanned: rotated counter-clockwise by {@code skewDegrees} on a dark scanner bed, with
     * light falling off towards one side and sensor noise.
     */
    public static BufferedImage scan(BufferedImage page, double skewDegrees, int borderWidth, double noise, long seed) {
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage scan = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(25, 25, 25));
        g.fillRect(0, 0, width, height);
        g.rotate(-Math.toRadians(skewDegrees), width / 2.0, height / 2.0);
        g.setClip(borderWidth, borderWidth, width - 2 * borderWidth, height - 2 * borderWidth);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        byte[] pixels = ((DataBufferByte) scan.getRaster().getDataBuffer()).getData();
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double shade = 1.0 - 0.25 * x / width;
                double value = (pixels[y * width + x] & 0xff) * shade + random.nextGaussian() * noise;
                pixels[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(value)));
            }
        }
        return scan;
    }

    /** Where the scanner put a box of the page when it rotated the page counter-clockwise by {@code skew}. */
    public static org.newspaperingest.model.Box rotated(org.newspaperingest.model.Box box, double skew, int width, int height) {
        double r = Math.toRadians(skew);
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
        for (int[] c : new int[][] {{box.x(), box.y()}, {box.right(), box.y()}, {box.x(), box.bottom()}, {box.right(), box.bottom()}}) {
            double dx = c[0] - width / 2.0;
            double dy = c[1] - height / 2.0;
            double x = width / 2.0 + dx * Math.cos(r) + dy * Math.sin(r);
            double y = height / 2.0 - dx * Math.sin(r) + dy * Math.cos(r);
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return org.newspaperingest.model.Box.ofCorners((int) Math.round(minX), (int) Math.round(minY),
                (int) Math.round(maxX), (int) Math.round(maxY));
    }

    public static Mat toMat(BufferedImage grey) {
        Mat mat = new Mat(grey.getHeight(), grey.getWidth(), CvType.CV_8UC1);
        mat.put(0, 0, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
        return mat;
    }
}
