package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.List;
import org.newspaperingest.model.Issue;

/** Writes the finished issue as a package under the output root. */
final class PackageOutput {
    private PackageOutput() {
    }

    static Path write(Issue issue, List<Path> pageFiles, Path outRoot) throws IssueIngester.IssueFailure {
        throw new IssueIngester.IssueFailure("package writer not yet available");
    }
}
