package org.newspaperingest.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.opencv.core.Mat;

/**
 * Decodes, with TwelveMonkeys' ImageIO plugins, the TIFF and JPEG variants OpenCV's codecs refuse: 2- and
 * 4-bit grey, BigTIFF's rarer layouts, old-style JPEG in TIFF, CMYK and YCCK JPEG. OpenCV stays the first
 * decoder (native, faster, less memory); this one is asked only when OpenCV gives nothing.
 */
final class ImageIoDecoder {

    private static final String PLUGINS = "com.twelvemonkeys.";

    /** The file's content in a form an archivist can act on: the file is damaged, or the tool cannot read it. */
    static final class DecodeFailure extends Exception {
        private final boolean unsupported;

        DecodeFailure(String message, boolean unsupported, Throwable cause) {
            super(message, cause);
            this.unsupported = unsupported;
        }

        /** True when a reader exists for the format but not for this variant of it. */
        boolean unsupported() {
            return unsupported;
        }
    }

    private ImageIoDecoder() {
    }

    /** One image of the file as 8-bit grey. */
    static Mat decodeGrey(Path file, PageFormat format, int pageIndex) throws DecodeFailure, IOException {
        BufferedImage image = decode(file, format, pageIndex, 1, null);
        return GreyImages.toGrey(image);
    }

    /**
     * Decodes one image, every {@code step}-th pixel each way (the whole file's data is still read), and
     * hands each warning the decoder gives to {@code warnings} when not null.
     */
    static BufferedImage decode(Path file, PageFormat format, int pageIndex, int step, List<String> warnings)
            throws DecodeFailure, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot be opened");
            }
            return decode(in, format, pageIndex, step, warnings);
        }
    }

    static BufferedImage decode(ImageInputStream in, PageFormat format, int pageIndex, int step, List<String> warnings)
            throws DecodeFailure, IOException {
        ImageReader reader = reader(format);
        try {
            reader.setInput(in, false, true);
            if (warnings != null) {
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(pageIndex, param);
        } catch (IOException | RuntimeException e) {
            // a decoder meeting damaged data may fail in any way; that is the file's fault, unless the
            // decoder says it does not support what the file holds
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // TwelveMonkeys says "Unsupported …" for variants it knows of but does not decode, "Unknown TIFF
            // Compression value" for compressions it has never heard of (LZMA, Zstandard, WebP in TIFF)
            String lower = message.toLowerCase(Locale.ROOT);
            boolean unsupported = lower.contains("unsupported") || lower.contains("not supported")
                    || lower.contains("unknown tiff compression") || e instanceof UnsupportedOperationException;
            throw new DecodeFailure(message, unsupported, e);
        } finally {
            reader.dispose();
        }
    }

    /** TwelveMonkeys' plugin for the format (it registers beside the JDK's; the JDK's reads fewer variants). */
    private static ImageReader reader(PageFormat format) throws IOException {
        String name = switch (format) {
            case TIFF -> "tiff";
            case JPEG -> "jpeg";
            case PNG -> "png";
            default -> throw new IllegalArgumentException(format + " is not decoded with ImageIO");
        };
        List<ImageReader> found = new ArrayList<>();
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name); readers.hasNext(); ) {
            found.add(readers.next());
        }
        ImageReader chosen = found.stream().filter(r -> r.getClass().getName().startsWith(PLUGINS)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        found.stream().filter(r -> r != chosen).forEach(ImageReader::dispose);
        if (chosen == null) {
            throw new IOException("no " + name + " reader in this Java");
        }
        return chosen;
    }
}
