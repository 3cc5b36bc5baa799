package org.newspaperingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newspaperingest.eval.EvalReport;
import org.newspaperingest.eval.Evaluator;
import org.newspaperingest.eval.ReportFormat;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.PackageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newspaper-ingest eval --truth GT PACKAGE}: how well a package's text matches its ground truth. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Scores a package's text against a ground-truth package, per page and per article: character and",
            "word error rates (Levenshtein after Unicode NFKC, whitespace ignored; words are ALTO Strings) and an",
            "order-independent bag-of-characters F1. Articles are matched by shared text, then headline."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:scored", "1:a package could not be read", "2:usage error"})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, paramLabel = "GT_PACKAGE", description = "ground-truth package folder")
    Path truth;

    @Parameters(index = "0", paramLabel = "PACKAGE", description = "package folder to score")
    Path candidate;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the scores as JSON to FILE")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Issue truthIssue;
        Issue candidateIssue;
        try {
            truthIssue = PackageReader.read(truth);
        } catch (IOException e) {
            err.println("eval: " + truth + ": " + e.getMessage());
            return 1;
        }
        try {
            candidateIssue = PackageReader.read(candidate);
        } catch (IOException e) {
            err.println("eval: " + candidate + ": " + e.getMessage());
            return 1;
        }
        EvalReport report = Evaluator.evaluate(truthIssue, candidateIssue);
        ReportFormat.table(report, spec.commandLine().getOut());
        if (json != null) {
            try {
                ReportFormat.json(report, json);
            } catch (IOException e) {
                err.println("eval: " + json + ": cannot write: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }
}
