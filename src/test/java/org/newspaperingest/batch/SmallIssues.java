package org.newspaperingest.batch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.newspaperingest.samples.Fonts;

/**
 * Small one-page issues for batch tests: a headline and a few lines of the sample issue's text, set in the
 * project's CJK fonts, so that the real pipeline has real text to read and stays quick.
 */
public final class SmallIssues {

    private static final List<String> LINES = List.of("树立和践行正确政绩观", "中共北京市朝阳区委宣传部主办",
            "北京市朝阳区融媒体中心出版", "准印证号京内资准字");

    private SmallIssues() {
    }

    /** Writes {@code count} issue folders {@code chaoyang-2026-03-01}, ... each holding {@code 1.png}. */
    public static List<Path> write(Path scans, int count) throws IOException {
        List<Path> issues = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path issue = Files.createDirectories(scans.resolve(String.format("chaoyang-2026-03-%02d", i)));
            writePng300Dpi(page(i), issue.resolve("1.png"));
            issues.add(issue);
        }
        return issues;
    }

    /** A PNG with its resolution in a pHYs chunk, as a scanner would write it. */
    private static void writePng300Dpi(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", "11811"); // 300 dpi in pixels per metre
        physical.setAttribute("pixelsPerUnitYAxis", "11811");
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage page(int number) {
        BufferedImage image = new BufferedImage(900, 520, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(Fonts.sans(true, 56f));
        g.drawString(LINES.get(number % LINES.size()), 60, 110);
        g.setFont(Fonts.serif(false, 30f));
        for (int line = 0; line < LINES.size(); line++) {
            g.drawString(LINES.get((number + line) % LINES.size()), 60, 210 + line * 70);
        }
        g.dispose();
        return image;
    }

    /** Writes the image of {@code source} again as {@code format} ("tif", "jpg"), with a TIFF compression. */
    static void convert(Path source, Path target, String format, String compression) throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.equals("tif") ? "tiff" : "jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
