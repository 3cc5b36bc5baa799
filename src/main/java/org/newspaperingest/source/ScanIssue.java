package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An issue folder found in a scan tree: its page files in natural order and its optional sidecar.
 *
 * @param id     the package name derived from the folder ({@code chaoyang-2026-03-13}); several folders can
 *               give the same name ({@code a-b/x} and {@code a b/x}), so it is not the issue's identity
 * @param source the folder's path below the scan root, {@code /}-separated ({@code a b/x}), the root itself
 *               being its own name: what the package records as its source, and compares on a re-run
 */
public record ScanIssue(String id, Path folder, List<Path> pageFiles, Optional<Path> sidecar, String source) {
    public ScanIssue {
        pageFiles = List.copyOf(pageFiles);
    }

    /** An issue whose source is named by its folder's name alone. */
    public ScanIssue(String id, Path folder, List<Path> pageFiles, Optional<Path> sidecar) {
        this(id, folder, pageFiles, sidecar, String.valueOf(folder.getFileName()));
    }

    /** The same issue under another package name. */
    public ScanIssue withId(String newId) {
        return new ScanIssue(newId, folder, pageFiles, sidecar, source);
    }
}
