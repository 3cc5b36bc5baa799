package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Decodes a page file (TIFF, JPEG, PNG, JPEG 2000, PDF) into its page images. */
public interface PageImageReader {
    /**
     * @return one page per image in the file (a multi-page TIFF or a PDF gives several)
     * @throws UnreadablePageException naming the file and why it cannot be read
     */
    List<ScannedPage> read(Path file) throws UnreadablePageException;

    /**
     * How many page images the file holds. Implementations should read headers only; this default
     * decodes everything.
     */
    default int pageCount(Path file) throws UnreadablePageException {
        List<ScannedPage> pages = read(file);
        pages.forEach(ScannedPage::close);
        return pages.size();
    }

    /**
     * Decodes one page image of the file (0-based), so a long multi-page file never has all its pixels in
     * memory at once. Implementations should decode that page only; this default decodes everything.
     */
    default ScannedPage read(Path file, int pageIndex) throws UnreadablePageException {
        List<ScannedPage> pages = new ArrayList<>(read(file));
        if (pageIndex < 0 || pageIndex >= pages.size()) {
            pages.forEach(ScannedPage::close);
            throw new UnreadablePageException(file, "has no page " + (pageIndex + 1));
        }
        ScannedPage wanted = pages.remove(pageIndex);
        pages.forEach(ScannedPage::close);
        return wanted;
    }
}
