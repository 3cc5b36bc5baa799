package org.newspaperingest.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.source.ScanIssue;

/**
 * An issue folder as it travels between driver and executors: {@link ScanIssue} with its paths as strings
 * ({@code Path} is not serializable). The paths are the same on every machine: the scan root is on a
 * filesystem all executors see.
 */
record IssueRef(String id, String folder, List<String> pageFiles, String sidecar, String source) implements Serializable {

    IssueRef {
        pageFiles = List.copyOf(pageFiles);
    }

    static IssueRef of(ScanIssue issue) {
        return new IssueRef(issue.id(), issue.folder().toString(), issue.pageFiles().stream().map(Path::toString).toList(),
                issue.sidecar().map(Path::toString).orElse(null), issue.source());
    }

    ScanIssue toScanIssue() {
        return new ScanIssue(id, Path.of(folder), pageFiles.stream().map(Path::of).toList(),
                Optional.ofNullable(sidecar).map(Path::of), source);
    }
}
