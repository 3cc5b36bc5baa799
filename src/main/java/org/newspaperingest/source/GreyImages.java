package org.newspaperingest.source;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Turns decoded images (Java's, from ImageIO plugins and PDFBox; OpenCV's, with alpha or 16 bits) into the
 * 8-bit grey the pipeline reads. Grey values are kept as the file means them; colour goes through the
 * ITU-R BT.601 luma weights OpenCV uses; transparency is laid on white paper, so that ink drawn only in an
 * alpha channel is seen.
 */
final class GreyImages {

    private GreyImages() {
    }

    /** A Java image as 8-bit grey. */
    static Mat toGrey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        Mat grey = new Mat(height, width, CvType.CV_8UC1);
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                raster.getDataElements(0, y, width, 1, row);
                grey.put(y, 0, row);
            }
            return grey;
        }
        if (model instanceof IndexColorModel palette && !palette.hasAlpha()) {
            // palette (and the 1-, 2- and 4-bit grey a palette stands for): each entry's luma once
            byte[] luma = new byte[palette.getMapSize()];
            for (int i = 0; i < luma.length; i++) {
                luma[i] = (byte) luma(palette.getRed(i), palette.getGreen(i), palette.getBlue(i));
            }
            copyRows(raster, grey, sample -> luma[Math.min(sample, luma.length - 1)]);
            return grey;
        }
        if (model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && raster.getNumBands() == 1) {
            // grey samples as they are, scaled to 8 bits; not through Java's colour conversion, which would
            // treat them as linear light and brighten them
            int bits = model.getComponentSize(0);
            long max = (1L << bits) - 1;
            copyRows(raster, grey, sample -> (byte) ((sample * 255L + max / 2) / max));
            return grey;
        }
        // Anything else (RGB, CMYK, with alpha): through sRGB onto white paper, then OpenCV's luma weights.
        BufferedImage bgr = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat colour = new Mat(height, width, CvType.CV_8UC3);
        colour.put(0, 0, data);
        Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
        colour.release();
        return grey;
    }

    /**
     * An image as OpenCV decoded it unchanged (1, 3 or 4 channels, 8 or 16 bits) as 8-bit grey; a 4-channel
     * one is laid on white through its alpha channel. Releases the input when it makes a new matrix.
     */
    static Mat toGrey(Mat decoded) {
        Mat image = decoded;
        if (image.depth() != CvType.CV_8U) {
            Mat eight = new Mat();
            image.convertTo(eight, CvType.CV_8U, 255.0 / 65535.0);
            image.release();
            image = eight;
        }
        switch (image.channels()) {
            case 1:
                return image;
            case 2: {
                // grey and alpha
                Mat grey = new Mat();
                Mat alpha = new Mat();
                Core.extractChannel(image, grey, 0);
                Core.extractChannel(image, alpha, 1);
                image.release();
                return onWhite(grey, alpha);
            }
            case 3: {
                Mat grey = new Mat();
                Imgproc.cvtColor(image, grey, Imgproc.COLOR_BGR2GRAY);
                image.release();
                return grey;
            }
            case 4: {
                Mat grey = new Mat();
                Imgproc.cvtColor(image, grey, Imgproc.COLOR_BGRA2GRAY);
                Mat alpha = new Mat();
                Core.extractChannel(image, alpha, 3);
                image.release();
                return onWhite(grey, alpha);
            }
            default:
                image.release();
                return new Mat();
        }
    }

    /** grey · a/255 + white · (1 − a/255), in place of {@code grey}; releases {@code alpha}. */
    private static Mat onWhite(Mat grey, Mat alpha) {
        Core.multiply(grey, alpha, grey, 1 / 255.0);
        Core.bitwise_not(alpha, alpha);
        Core.add(grey, alpha, grey);
        alpha.release();
        return grey;
    }

    /** OpenCV's fixed-point BT.601 luma (the same rounding as {@code cvtColor}). */
    static int luma(int red, int green, int blue) {
        return (red * 4899 + green * 9617 + blue * 1868 + (1 << 13)) >> 14;
    }

    private interface SampleToGrey {
        byte grey(int sample);
    }

    private static void copyRows(Raster raster, Mat grey, SampleToGrey map) {
        int width = raster.getWidth();
        int[] samples = new int[width];
        byte[] row = new byte[width];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, samples);
            for (int x = 0; x < width; x++) {
                row[x] = map.grey(samples[x]);
            }
            grey.put(y, 0, row);
        }
    }
}
