package org.newspaperingest.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.ingest.IssueOutcome;

/** An {@link IssueOutcome} as it travels back to the driver, its package folder as a string. */
record Outcome(String issueId, IssueOutcome.Status status, int pages, double meanConfidence, List<String> warnings,
               List<String> errors, String packageDir) implements Serializable {

    Outcome {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static Outcome of(IssueOutcome outcome) {
        return new Outcome(outcome.issueId(), outcome.status(), outcome.pages(), outcome.meanConfidence(),
                outcome.warnings(), outcome.errors(), outcome.packageDir().map(Path::toString).orElse(null));
    }

    IssueOutcome toIssueOutcome() {
        return new IssueOutcome(issueId, status, pages, meanConfidence, warnings, errors,
                Optional.ofNullable(packageDir).map(Path::of));
    }
}
