package org.newspaperingest.pack;

import java.time.Instant;
import java.util.List;

/**
 * Where each page's files sit in the package and what they are, as the METS fileSec records them.
 * Pages of one multi-page source share the same {@code image} (same href): the METS lists it once.
 */
public record PackageLayout(List<PageFiles> pages) {

    public PackageLayout {
        pages = List.copyOf(pages);
    }

    /** The files of page {@code sequence} (1-based). */
    public PageFiles page(int sequence) {
        return pages.stream().filter(p -> p.sequence() == sequence).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no files for page " + sequence));
    }

    public record PageFiles(int sequence, PackageFile image, PackageFile alto) {
    }

    /**
     * One file of the package.
     *
     * @param href   relative URL from the package folder ({@code images/0001.tif}, or {@code ../../x/0001.tif})
     * @param sha256 lowercase hex
     */
    public record PackageFile(String href, String mimeType, long size, String sha256, Instant created) {
    }
}
