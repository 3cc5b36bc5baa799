package org.newspaperingest.model;

import java.io.Serializable;

/**
 * Technical facts of one master scan, for the package's fileSec and MIX.
 *
 * @param fileName    name of the source file (the package copies it to {@code images/})
 * @param pageInFile  0-based index of the page inside a multi-page TIFF or PDF
 * @param compression as MIX names it: {@code Uncompressed}, {@code LZW}, {@code JPEG 2000}, ...
 */
public record ImageFile(String fileName, String mimeType, long size, String sha256, int pageInFile,
                        int width, int height, double xResolution, double yResolution,
                        int bitsPerSample, int samplesPerPixel, String compression) implements Serializable {
}
