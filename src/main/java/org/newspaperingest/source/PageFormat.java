package org.newspaperingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The page file formats the tool reads, recognised by their content (Apache Tika's magic bytes), never by
 * the file name.
 */
public enum PageFormat {
    TIFF("image/tiff"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    JPEG_2000("image/jp2"),
    PDF("application/pdf");

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private final String mimeType;

    PageFormat(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /**
     * The media type of the file as its content shows it; the name is deliberately not passed to Tika.
     * BigTIFF ({@code II+} / {@code MM+}, which Tika does not know) is TIFF.
     */
    public static MediaType detectContent(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (isBigTiffMagic(magic)) {
                return MediaType.image("tiff");
            }
            return TIKA.detect(in, new Metadata());
        }
    }

    static boolean isBigTiffMagic(byte[] magic) {
        return magic.length >= 4 && ((magic[0] == 'I' && magic[1] == 'I' && magic[2] == 43 && magic[3] == 0)
                || (magic[0] == 'M' && magic[1] == 'M' && magic[2] == 0 && magic[3] == 43));
    }

    /** The page format of a media type Tika found, if it is one the tool reads. */
    public static Optional<PageFormat> of(MediaType type) {
        String base = type.getBaseType().toString();
        for (PageFormat format : values()) {
            if (format.mimeType.equals(base)) {
                return Optional.of(format);
            }
        }
        // Tika names a JPEG 2000 codestream and JPX files apart from JP2; OpenJPEG reads all three.
        if (base.equals("image/jpx") || base.equals("image/x-jp2-codestream")) {
            return Optional.of(JPEG_2000);
        }
        return Optional.empty();
    }

    /**
     * Whether the file name suggests a page image. Only used to decide which files of a folder are meant
     * as pages (so that a damaged {@code 3.tif} is reported rather than silently skipped); the content
     * decides how it is read.
     */
    public static boolean hasPageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        return switch (name.substring(dot + 1)) {
            case "tif", "tiff", "jpg", "jpeg", "png", "jp2", "j2k", "jpx", "jpf", "pdf" -> true;
            default -> false;
        };
    }
}
