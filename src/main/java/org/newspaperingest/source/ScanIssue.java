package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An issue folder found in a scan tree: its page files in natural order and its optional sidecar.
 *
 * @param id the package name derived from the folder ({@code chaoyang-2026-03-13})
 */
public record ScanIssue(String id, Path folder, List<Path> pageFiles, Optional<Path> sidecar) {
    public ScanIssue {
        pageFiles = List.copyOf(pageFiles);
    }
}
