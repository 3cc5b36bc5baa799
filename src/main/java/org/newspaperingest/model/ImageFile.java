package org.newspaperingest.model;

import java.io.Serializable;

/**
 * Technical facts of one master scan, for the package's fileSec and MIX.
 *
 * @param fileName    name of the source file (the package copies it to {@code images/})
 * @param pageInFile  0-based index of the page inside a multi-page TIFF or PDF
 * @param compression as MIX names it: {@code Uncompressed}, {@code LZW}, {@code JPEG 2000}, ...
 * @param formatVersion the variant of the format where the media type does not tell it ({@code BigTIFF}),
 *                      empty otherwise
 */
public record ImageFile(String fileName, String mimeType, long size, String sha256, int pageInFile,
                        int width, int height, double xResolution, double yResolution,
                        int bitsPerSample, int samplesPerPixel, String compression, String formatVersion)
        implements Serializable {

    public ImageFile {
        formatVersion = formatVersion == null ? "" : formatVersion;
    }

    /** A file whose media type says all there is to its format. */
    public ImageFile(String fileName, String mimeType, long size, String sha256, int pageInFile, int width, int height,
                     double xResolution, double yResolution, int bitsPerSample, int samplesPerPixel, String compression) {
        this(fileName, mimeType, size, sha256, pageInFile, width, height, xResolution, yResolution, bitsPerSample,
                samplesPerPixel, compression, "");
    }
}
