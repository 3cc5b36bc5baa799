package org.newspaperingest.spark;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newspaperingest.batch.BatchOptions;
import org.newspaperingest.batch.BatchReport;
import org.newspaperingest.batch.BatchRunner;
import org.newspaperingest.cli.BatchArguments;
import org.newspaperingest.ocr.OcrEngines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newspaper-ingest spark SCAN_ROOT --out OUT_DIR}: the batch of {@code ingest}, on Apache Spark. The
 * same packages, report and re-run behaviour; pages are spread over the executors. Run by
 * {@code bin/newspaper-ingest spark} (local mode) or by {@code spark-submit} (a cluster).
 */
@Command(name = "newspaper-ingest spark", mixinStandardHelpOptions = true,
        description = {"Turns every issue folder under SCAN_ROOT into a METS/ALTO package OUT_DIR/<issue-id>/,"
                + " reading the pages on Apache Spark's executors.",
                "SCAN_ROOT and OUT_DIR must be on a filesystem every executor sees (the same path everywhere).",
                "Issues whose package is already complete and valid are skipped; report.json and report.html"
                        + " in OUT_DIR say what happened to each issue.",
                "Exit status: 0 all issues succeeded, 1 some failed, 2 usage error."})
public final class SparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BatchArguments batch;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (default: this machine, all cores), local[N], spark://HOST:PORT,"
                    + " yarn. Under spark-submit, its --master.")
    String master;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new SparkCommand());
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("newspaper-ingest: " + ex.getMessage());
            return 1;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        batch.requireScanRoot(spec);
        Settings settings = new Settings(batch.engine, batch.outputNames(), batch.iiifBaseUrl, batch.iiifImageService);
        try {
            // the names checked here, not on every executor
            OcrEngines.supplier(batch.engine);
            settings.formats();
        } catch (IllegalArgumentException unknownName) {
            throw new ParameterException(spec.commandLine(), unknownName.getMessage());
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf())) {
            BatchOptions options = BatchOptions.of(batch.scanRoot, batch.out).withThreads(spark.defaultParallelism())
                    .withForce(batch.force).withProgressBar(false);
            BatchReport report = BatchRunner.run(options, new SparkScheduler(spark, settings));
            System.out.println(report.summary());
            if (report.issues().isEmpty()) {
                System.err.println("newspaper-ingest: no issue folders (folders holding page images) under " + batch.scanRoot);
                return 1;
            }
            return report.exitStatus();
        }
    }

    /** Spark's settings: spark-submit's where given, else local mode on every core of this machine. */
    private SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName("newspaper-ingest");
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.master", "local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            // One machine: no web UI to serve, and no dependence on the host name resolving.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "localhost");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        // Tesseract's OpenMP threads only slow it down beside the executor's task threads.
        conf.setIfMissing("spark.executorEnv.OMP_THREAD_LIMIT", "1");
        // Java reads file names in the locale's charset: under POSIX, Chinese folder names cannot be opened.
        conf.setIfMissing("spark.executorEnv.LC_ALL", "C.UTF-8");
        return conf;
    }
}
