package org.newspaperingest.layout;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Draws a page's layout over its image so a person can check it at a glance: each region boxed and
 * tinted in the colour of its class and numbered in reading order, rules in blue, photos crossed out,
 * and a legend of the classes.
 */
public final class DebugOverlay {
    /** Tall enough to read the numbers, small enough to flick through an issue. */
    public static final int DEFAULT_HEIGHT = 1500;

    private static final Map<BlockType, Color> COLOURS = new EnumMap<>(BlockType.class);

    static {
        COLOURS.put(BlockType.MASTHEAD, new Color(128, 0, 128));
        COLOURS.put(BlockType.HEADLINE, new Color(220, 20, 20));
        COLOURS.put(BlockType.KICKER, new Color(255, 140, 0));
        COLOURS.put(BlockType.SUBHEADLINE, new Color(200, 160, 0));
        COLOURS.put(BlockType.BYLINE, new Color(0, 160, 160));
        COLOURS.put(BlockType.BODY, new Color(30, 140, 30));
        COLOURS.put(BlockType.CAPTION, new Color(0, 90, 230));
        COLOURS.put(BlockType.JUMP, new Color(230, 0, 160));
        COLOURS.put(BlockType.FOLIO, new Color(110, 110, 110));
        COLOURS.put(BlockType.ADVERTISEMENT, new Color(140, 80, 20));
    }

    private DebugOverlay() {
    }

    /** Writes the overlay as a PNG {@link #DEFAULT_HEIGHT} pixels high; {@code grey} is the prepared page. */
    public static void write(Mat grey, PageLayout layout, Path png) throws IOException {
        write(grey, layout, png, DEFAULT_HEIGHT);
    }

    public static void write(Mat grey, PageLayout layout, Path png, int height) throws IOException {
        BufferedImage image = render(grey, layout, height);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer available for " + png);
        }
    }

    /** The overlay as an image, {@code height} pixels high (never enlarged). */
    public static BufferedImage render(Mat grey, PageLayout layout, int height) {
        double scale = Math.min(1.0, (double) height / grey.rows());
        int w = Math.max(1, (int) Math.round(grey.cols() * scale));
        int h = Math.max(1, (int) Math.round(grey.rows() * scale));
        Mat small = new Mat();
        Imgproc.resize(grey, small, new Size(w, h), 0, 0, Imgproc.INTER_AREA);
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        small.get(0, 0, ((DataBufferByte) page.getRaster().getDataBuffer()).getData());
        small.release();

        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.drawImage(page, 0, 0, null);
        // Fade the page so that the overlay stands out against the print.
        g.setColor(new Color(255, 255, 255, 110));
        g.fillRect(0, 0, w, h);

        g.setStroke(new BasicStroke(2f));
        g.setColor(new Color(0, 0, 255));
        for (Box rule : layout.rules()) {
            Box r = scaled(rule, scale);
            g.fillRect(r.x(), r.y(), Math.max(2, r.width()), Math.max(2, r.height()));
        }
        g.setColor(new Color(90, 90, 90));
        for (Box photo : layout.illustrations()) {
            Box r = scaled(photo, scale);
            g.drawRect(r.x(), r.y(), r.width(), r.height());
            g.drawLine(r.x(), r.y(), r.right(), r.bottom());
            g.drawLine(r.right(), r.y(), r.x(), r.bottom());
        }

        int fontSize = Math.max(10, h / 90);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fontSize));
        FontMetrics metrics = g.getFontMetrics();
        int number = 1;
        for (Region region : layout.regions()) {
            Color colour = COLOURS.get(region.type());
            Box r = scaled(region.box(), scale);
            java.awt.Polygon outline = new java.awt.Polygon();
            region.outline().points().forEach(p -> outline.addPoint((int) (p.x() * scale), (int) (p.y() * scale)));
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 45));
            g.fillPolygon(outline);
            g.setColor(colour);
            g.setStroke(region.direction() == Direction.VERTICAL
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f)
                    : new BasicStroke(2f));
            g.drawPolygon(outline);
            String label = Integer.toString(number++);
            int labelWidth = metrics.stringWidth(label) + 4;
            g.fillRect(r.x(), r.y(), labelWidth, metrics.getHeight());
            g.setColor(Color.WHITE);
            g.drawString(label, r.x() + 2, r.y() + metrics.getAscent());
        }
        legend(g, w, fontSize);
        g.dispose();
        return image;
    }

    private static void legend(Graphics2D g, int width, int fontSize) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        FontMetrics metrics = g.getFontMetrics();
        int line = metrics.getHeight();
        int boxWidth = 0;
        for (BlockType type : BlockType.values()) {
            boxWidth = Math.max(boxWidth, metrics.stringWidth(type.label()));
        }
        boxWidth += line + 12;
        String[] extras = {"rule", "photo", "vertical (dashed)"};
        for (String extra : extras) {
            boxWidth = Math.max(boxWidth, metrics.stringWidth(extra) + line + 12);
        }
        int rows = BlockType.values().length + extras.length;
        int x = width - boxWidth - 6;
        int y = 6;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(x, y, boxWidth, rows * line + 8);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, boxWidth, rows * line + 8);
        int row = 0;
        for (BlockType type : BlockType.values()) {
            int top = y + 4 + row++ * line;
            g.setColor(COLOURS.get(type));
            g.fillRect(x + 4, top + 2, line - 4, line - 4);
            g.setColor(Color.BLACK);
            g.drawString(type.label(), x + line + 6, top + metrics.getAscent());
        }
        int top = y + 4 + row++ * line;
        g.setColor(new Color(0, 0, 255));
        g.fillRect(x + 4, top + line / 2 - 1, line - 4, 3);
        g.setColor(Color.BLACK);
        g.drawString("rule", x + line + 6, top + metrics.getAscent());
        top = y + 4 + row++ * line;
        g.setColor(new Color(90, 90, 90));
        g.drawRect(x + 4, top + 2, line - 4, line - 4);
        g.drawLine(x + 4, top + 2, x + line, top + line - 2);
        g.setColor(Color.BLACK);
        g.drawString("photo", x + line + 6, top + metrics.getAscent());
        top = y + 4 + row * line;
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2f}, 0f));
        g.drawRect(x + 4, top + 2, line - 4, line - 4);
        g.drawString("vertical (dashed)", x + line + 6, top + metrics.getAscent());
    }

    private static Box scaled(Box box, double scale) {
        return new Box((int) Math.round(box.x() * scale), (int) Math.round(box.y() * scale),
                (int) Math.round(box.width() * scale), (int) Math.round(box.height() * scale));
    }
}
