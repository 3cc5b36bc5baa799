package org.newspaperingest.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newspaperingest.model.Issue;

/**
 * One kind of file a package carries besides {@code mets.xml} and the master images: ALTO per page, access
 * images, an IIIF manifest, a searchable PDF. Each format is a pure function of the issue model and the
 * files already in the package; the package writer writes what it returns into one METS file group, in the
 * order the formats are listed, so a format may build on those before it (the manifest links the ALTO).
 * New outputs are added by implementing this, not by wiring them into the writers.
 */
public interface OutputFormat {

    /** The name chosen on the command line: {@code alto}, {@code access}, {@code iiif}, {@code pdf}. */
    String name();

    /** The METS {@code fileGrp USE} its files are listed under. */
    String use();

    /** Start of its files' METS IDs: {@code ALTO} gives {@code ALTO_0001} for page 1, {@code ALTO} for the issue. */
    String idPrefix();

    /** @return the files of this format, hrefs relative to the package folder */
    List<OutputFile> write(Issue issue, PackageSoFar written) throws IOException;

    /**
     * What is wrong with a file of this format in a package, in words (empty when it is fine); checks
     * beyond the size and checksum the validator compares for every file.
     */
    default List<String> check(Path file) {
        return List.of();
    }

    /**
     * A file to write into the package.
     *
     * @param page    the page it belongs to (1-based), or {@link #WHOLE_ISSUE}
     * @param href    its path in the package ({@code alto/0001.xml}), forward slashes, no {@code ..}
     */
    record OutputFile(int page, String href, String mimeType, byte[] content) {
        public static final int WHOLE_ISSUE = 0;
    }

    /** The package folder being written and the files already in it. */
    record PackageSoFar(Path folder, PackageLayout layout) {
        /** Where a listed file is on disk (a referenced master is outside the package). */
        public Path resolve(PackageLayout.PackageFile file) {
            return folder.resolve(file.href()).normalize();
        }
    }
}
