package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.List;

/** Decodes a page file (TIFF, JPEG, PNG, JPEG 2000, PDF) into its page images. */
public interface PageImageReader {
    /**
     * @return one page per image in the file (a multi-page TIFF or a PDF gives several)
     * @throws UnreadablePageException naming the file and why it cannot be read
     */
    List<ScannedPage> read(Path file) throws UnreadablePageException;
}
