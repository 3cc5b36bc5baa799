package org.newspaperingest.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.newspaperingest.model.Box;

/**
 * Turns a composed page into what a scanner would have given: an 8-bit greyscale raster at the spec's
 * resolution, the page rotated by its skew, on slightly toned and grainy paper, a little soft.
 */
final class PageRaster {

    private static final int INK = 26;

    private final int width;
    private final int height;
    private final AffineTransform designToImage;

    /** @param skewDegrees counter-clockwise positive, as {@link org.newspaperingest.model.Page#skewAngle()} */
    PageRaster(double scale, double skewDegrees) {
        this.width = (int) Math.round(IssueLayout.PAGE_W * scale);
        this.height = (int) Math.round(IssueLayout.PAGE_H * scale);
        AffineTransform t = new AffineTransform();
        // y points down, so a visually counter-clockwise turn is a negative angle for AWT
        t.rotate(-Math.toRadians(skewDegrees), width / 2.0, height / 2.0);
        t.scale(scale, scale);
        this.designToImage = t;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The box, in the stored image's pixels, enclosing a design-frame rectangle after scaling and skew. */
    Box box(Rectangle2D design) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double[][] corners = {{design.getMinX(), design.getMinY()}, {design.getMaxX(), design.getMinY()},
                {design.getMinX(), design.getMaxY()}, {design.getMaxX(), design.getMaxY()}};
        for (double[] c : corners) {
            Point2D p = designToImage.transform(new Point2D.Double(c[0], c[1]), null);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return Box.ofCorners((int) Math.floor(minX), (int) Math.floor(minY), (int) Math.ceil(maxX), (int) Math.ceil(maxY))
                .clampTo(width, height);
    }

    /** Draws the page and gives it the scanned look. */
    BufferedImage render(PageComposer page, double noise, long seed) {
        return render(page, null, noise, seed);
    }

    /**
     * Draws the page over the print of the other side of the leaf showing through ({@code verso}, mirrored and
     * faint; none when null) and gives it the scanned look.
     */
    BufferedImage render(PageComposer page, PageComposer verso, double noise, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (verso != null) {
            AffineTransform mirrored = new AffineTransform(designToImage);
            mirrored.translate(IssueLayout.PAGE_W, 0);
            mirrored.scale(-1, 1);
            g.setTransform(mirrored);
            g.setColor(new Color(208, 208, 208));
            for (Drawn.RuleMark rule : verso.rules) {
                g.fill(rule.box());
            }
            drawText(g, verso);
            g.setColor(new Color(228, 228, 228));
            for (Drawn.Picture picture : verso.pictures) {
                g.fill(picture.box());
            }
        }
        g.setTransform(designToImage);
        g.setColor(Color.BLACK);
        for (Drawn.RuleMark rule : page.rules) {
            g.fill(rule.box());
        }
        double scale = designToImage.getScaleX() == 0 ? 1 : Math.hypot(designToImage.getScaleX(), designToImage.getShearY());
        for (Drawn.Picture picture : page.pictures) {
            Rectangle2D r = picture.box();
            int pw = Math.max(1, (int) Math.round(r.getWidth() * scale));
            int ph = Math.max(1, (int) Math.round(r.getHeight() * scale));
            BufferedImage photo = switch (picture.kind()) {
                case PHOTO -> Photo.paint(pw, ph, picture.seed());
                case QR_CODE -> Ornament.qrCode(pw, ph, picture.seed());
                case LOGO -> Ornament.logo(pw, ph, picture.seed());
            };
            AffineTransform at = AffineTransform.getTranslateInstance(r.getX(), r.getY());
            at.scale(r.getWidth() / pw, r.getHeight() / ph);
            g.drawImage(photo, at, null);
        }
        g.setColor(Color.BLACK);
        drawText(g, page);
        g.dispose();
        scannedLook(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), width, height, noise, seed);
        return image;
    }

    private static void drawText(Graphics2D g, PageComposer page) {
        for (Drawn.Block block : page.blocks) {
            for (Drawn.TextLine line : block.lines()) {
                for (Drawn.Cell cell : line.cells()) {
                    if (!cell.glyph().isEmpty()) {
                        g.setFont(cell.font());
                        g.drawString(cell.glyph(), (float) cell.originX(), (float) cell.originY());
                    }
                }
            }
        }
    }

    /**
     * Lays the print on toned paper with slow variations of shade, adds grain, softens it all (optics), and
     * adds a few specks of dust. Grain is kept small so that the scans compress to a few megabytes.
     */
    static void scannedLook(byte[] px, int w, int h, double noise, long seed) {
        Random random = new Random(seed);

        // paper shade: a coarse random grid, interpolated
        int gx = 9, gy = 13;
        double[] grid = new double[gx * gy];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 236 + (random.nextDouble() - 0.5) * 10 * (0.4 + noise);
        }
        double sigma = 0.4 + 2.5 * noise;
        byte[] grain = new byte[1 << 16];
        for (int i = 0; i < grain.length; i++) {
            grain[i] = (byte) Math.round(Math.max(-12, Math.min(12, random.nextGaussian() * sigma)));
        }
        int gi = random.nextInt(grain.length);
        int step = 7919;
        for (int y = 0; y < h; y++) {
            double fy = (double) y / h * (gy - 1);
            int y0 = Math.min(gy - 2, (int) fy);
            double ty = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = (double) x / w * (gx - 1);
                int x0 = Math.min(gx - 2, (int) fx);
                double tx = fx - x0;
                double paper = (grid[y0 * gx + x0] * (1 - tx) + grid[y0 * gx + x0 + 1] * tx) * (1 - ty)
                        + (grid[(y0 + 1) * gx + x0] * (1 - tx) + grid[(y0 + 1) * gx + x0 + 1] * tx) * ty;
                int i = y * w + x;
                int v = px[i] & 0xFF;
                double shade = INK + (paper - INK) * v / 255.0;
                gi = (gi + step) & 0xFFFF;
                int out = (int) Math.round(shade) + grain[gi];
                px[i] = (byte) Math.max(0, Math.min(255, out));
            }
        }
        // the optics soften print and grain alike (and a correlated grain compresses far better)
        blur(px, w, h);
        int specks = (int) (noise * 400);
        for (int s = 0; s < specks; s++) {
            int cx = random.nextInt(w), cy = random.nextInt(h), r = 1 + random.nextInt(3);
            int tone = 60 + random.nextInt(90);
            for (int y = Math.max(0, cy - r); y < Math.min(h, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x < Math.min(w, cx + r); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                        px[y * w + x] = (byte) Math.min(px[y * w + x] & 0xFF, tone);
                    }
                }
            }
        }
    }

    /** A 3x3 binomial blur: the softness of a scanner's optics. */
    static void blur(byte[] px, int w, int h) {
        int[] tmp = new int[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int l = px[row + Math.max(0, x - 1)] & 0xFF;
                int c = px[row + x] & 0xFF;
                int r = px[row + Math.min(w - 1, x + 1)] & 0xFF;
                tmp[row + x] = l + 2 * c + r;
            }
        }
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w, row = y * w, down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                px[row + x] = (byte) ((tmp[up + x] + 2 * tmp[row + x] + tmp[down + x] + 8) / 16);
            }
        }
    }
}
