package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What became of one issue in a run.
 *
 * @param packageDir the finished package, when the issue was written or already complete
 * @param errors     why the issue failed, each naming the file concerned
 */
public record IssueOutcome(String issueId, Status status, int pages, double meanConfidence,
                           List<String> warnings, List<String> errors, Optional<Path> packageDir) {

    public enum Status { WRITTEN, SKIPPED_COMPLETE, FAILED }

    public IssueOutcome {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
