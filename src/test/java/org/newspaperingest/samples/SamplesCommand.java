package org.newspaperingest.samples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/newspaper-ingest samples}: renders the sample issue 朝阳报 No. 3683 as scans and its ground-truth
 * package. With no options it remakes the committed {@code samples/} byte for byte.
 *
 * <p>The generator and its fonts live on the test side, out of the runnable jar: they make test material
 * and are run from a checkout, where {@code bin/newspaper-ingest} starts this class on the test class path.
 */
@Command(name = "newspaper-ingest samples", mixinStandardHelpOptions = true,
        description = {
            "Renders the sample issue 朝阳报 No. 3683 (2026-03-13) from its seed text:",
            "four scanned-looking tabloid pages OUT/chaoyang-2026-03-13/0001.tif...",
            "with issue.json, and their exact ground truth as a package",
            "OUT/truth/chaoyang-2026-03-13/ (mets.xml, alto/) pointing at those scans.",
            "With the defaults it remakes the committed samples byte for byte."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:could not write", "2:usage error"})
public final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "samples",
            description = "where to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--dpi", paramLabel = "N", description = "scan resolution, 100-600 (default: 300)")
    Integer dpi;

    @Option(names = "--skew", paramLabel = "DEG", description = "page rotation in degrees, under 1 (default: 0.4)")
    Double skew;

    @Option(names = "--noise", paramLabel = "LEVEL", description = "scan noise, 0-1 (default: 0.35)")
    Double noise;

    @Option(names = "--seed", paramLabel = "N", description = "random seed of noise, skew and layout (default: 3683)")
    Long seed;

    @Option(names = "--variant", paramLabel = "NAME", description = "layout variant (default: standard): standard, shuffled, "
            + "headline-left, boxed, continued-to-page-3, missing-partner, vertical-traditional, random "
            + "(a random 2-3 page layout chosen by --seed)")
    String variant;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit status: 0 written, 1 could not write, 2 usage error. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new SamplesCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("newspaper-ingest samples: " + ex.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        SampleSpec sample = SampleSpec.STANDARD;
        try {
            if (dpi != null) {
                sample = sample.withDpi(dpi);
            }
            if (skew != null) {
                sample = sample.withSkew(skew);
            }
            if (noise != null) {
                sample = sample.withNoise(noise);
            }
            if (seed != null) {
                sample = sample.withSeed(seed);
            }
            if (variant != null) {
                sample = sample.withVariant(SampleSpec.Variant.ofName(variant));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter console = spec.commandLine().getOut();
        try {
            long start = System.nanoTime();
            Path truth = new SampleGenerator().writeSamples(sample, out);
            Path scans = out.resolve(SampleGenerator.ISSUE_ID);
            try (var files = Files.list(scans)) {
                for (Path file : files.sorted().toList()) {
                    console.printf("%s (%,d bytes)%n", file, Files.size(file));
                }
            }
            console.printf("%s (ground truth, %s)%n", truth, sample.variant());
            console.printf("rendered in %.1f s%n", (System.nanoTime() - start) / 1e9);
            console.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("newspaper-ingest samples: " + e.getMessage());
            return 1;
        }
    }
}
