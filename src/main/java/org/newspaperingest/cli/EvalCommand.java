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
        header = "Scores a package's text against a ground-truth package, per page and per article.",
        description = {
            "Prints character and word error rates (Levenshtein after Unicode NFKC, whitespace ignored; words are"
                    + " ALTO Strings) and an order-independent bag-of-characters F1, as a table and, with --json,"
                    + " as JSON. Articles are matched by shared text, then headline."},
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
        Issue truthIssue = read(truth, err);
        Issue candidateIssue = truthIssue == null ? null : read(candidate, err);
        if (candidateIssue == null) {
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

    /** The package, or null after one line naming it and what is wrong; a hostile package gives no stack trace. */
    private static Issue read(Path packageDir, PrintWriter err) {
        try {
            return PackageReader.read(packageDir);
        } catch (IOException e) {
            err.println("eval: " + packageDir + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            err.println("eval: " + packageDir + ": cannot be read (" + e + ")");
        }
        err.flush();
        return null;
    }
}
