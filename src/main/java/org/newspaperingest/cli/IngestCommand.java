package org.newspaperingest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newspaperingest.batch.BatchOptions;
import org.newspaperingest.batch.BatchReport;
import org.newspaperingest.batch.BatchRunner;
import org.newspaperingest.batch.OutputFolderException;
import org.newspaperingest.ingest.IssueIngester;
import org.newspaperingest.ingest.Pipeline;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.validate.PackageValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newspaper-ingest ingest SCAN_ROOT --out OUT_DIR}: every issue folder becomes a package. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Turns every issue folder under SCAN_ROOT into a METS/ALTO package OUT_DIR/<issue-id>/.",
        description = {"Issues whose package is already complete and valid are skipped; report.json and report.html"
                        + " in OUT_DIR say what happened to each issue.",
                "Exit status: 0 all issues succeeded, 1 some failed, 2 usage error, or OUT_DIR cannot be written or is in"
                        + " use by another run."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BatchArguments batch;

    @Option(names = "--threads", paramLabel = "N", description = "Pages worked on at once (default: one per core).")
    Integer threads;

    @Option(names = "--images", defaultValue = "copy", paramLabel = "copy|reference",
            description = "Copy the master scans into the package (default) or reference them by relative path.")
    PackageWriter.Images images;

    @Option(names = "--debug", paramLabel = "DIR",
            description = "Write a layout overlay PNG per page here (regions by class, reading order, rules, photos).")
    Path debug;

    @Option(names = "--no-progress", description = "Log a line per issue instead of drawing a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        batch.requireScanRoot(spec);
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        List<OutputFormat> formats;
        try {
            formats = Pipelines.outputs(batch.outputNames(), Optional.ofNullable(batch.iiifBaseUrl),
                    Optional.ofNullable(batch.iiifImageService));
        } catch (IllegalArgumentException unknownOutput) {
            throw new ParameterException(spec.commandLine(), unknownOutput.getMessage());
        }
        PackageWriter writer = new PackageWriter(images, Clock.systemUTC(), formats);
        BatchOptions options = BatchOptions.of(batch.scanRoot, batch.out).withForce(batch.force);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (noProgress) {
            options = options.withProgressBar(false);
        }
        Pipeline pipeline;
        try {
            pipeline = Pipelines.standard(batch.engine, writer, Optional.ofNullable(debug));
        } catch (IllegalArgumentException unknownEngine) {
            throw new ParameterException(spec.commandLine(), unknownEngine.getMessage());
        }
        // packages made with --images reference point into the scan folder, which the user named
        PackageValidator validator = new PackageValidator(formats).withScanFolders(List.of(batch.scanRoot));
        try (IssueIngester ingester = new IssueIngester(pipeline)) {
            BatchRunner runner = new BatchRunner(ingester::ingest,
                    BatchRunner.validatorCheck(validator).and(BatchRunner.outputsCheck(formats)));
            BatchReport report;
            try {
                report = runner.run(options);
            } catch (OutputFolderException unusable) {
                // said once, and nothing else: no summary of a run that did not start
                spec.commandLine().getErr().println("newspaper-ingest: " + unusable.getMessage());
                return 2;
            }
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
            if (report.issues().isEmpty()) {
                // A mistyped or empty scan folder must not look like a successful run.
                spec.commandLine().getErr().println("newspaper-ingest: no issue folders (folders holding page images) under "
                        + batch.scanRoot);
                return 1;
            }
            return report.exitStatus();
        }
    }
}
