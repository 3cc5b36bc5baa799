package org.newspaperingest.source;

import java.util.OptionalDouble;

/** What a raster file's header says of one of its images, read before any pixel is decoded. */
record RasterHeader(int pages, int width, int height, int bitsPerSample, int samplesPerPixel, String compression,
                    OptionalDouble dpiX, OptionalDouble dpiY) {
}
