package org.newspaperingest.pack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each file of the package sits and what it is, as the METS fileSec records them: the master image
 * of each page, and one group per output format (ALTO, access images, manifest, PDF). Pages of one
 * multi-page source share the same {@code image} (same href): the METS lists it once.
 */
public record PackageLayout(List<PageFiles> pages, List<FileGroup> groups) {

    public PackageLayout {
        pages = List.copyOf(pages);
        groups = List.copyOf(groups);
    }

    /** The files of page {@code sequence} (1-based). */
    public PageFiles page(int sequence) {
        return pages.stream().filter(p -> p.sequence() == sequence).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no files for page " + sequence));
    }

    /** The file of group {@code use} for a page, or for the whole issue with page {@code 0}. */
    public Optional<PackageFile> file(String use, int page) {
        return groups.stream().filter(g -> g.use().equals(use)).flatMap(g -> g.files().stream())
                .filter(f -> f.page() == page).map(PlacedFile::file).findFirst();
    }

    /** This layout with one more group. */
    public PackageLayout with(FileGroup group) {
        List<FileGroup> more = new ArrayList<>(groups);
        more.add(group);
        return new PackageLayout(pages, more);
    }

    /** A page and its master image. */
    public record PageFiles(int sequence, PackageFile image) {
    }

    /** The files of one output format, listed as METS {@code fileGrp USE="use"}. */
    public record FileGroup(String use, String idPrefix, List<PlacedFile> files) {
        public FileGroup {
            files = List.copyOf(files);
        }

        /** The METS ID of its file for a page ({@code ALTO_0001}), or for the whole issue (the prefix alone). */
        public String fileId(int page) {
            return page == OutputFormat.OutputFile.WHOLE_ISSUE ? idPrefix : idPrefix + "_" + MetsWriter.fourDigits(page);
        }
    }

    /** A file and the page it belongs to (0: the whole issue). */
    public record PlacedFile(int page, PackageFile file) {
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
