package org.newspaperingest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newspaper-ingest} command: one subcommand per job, each thin over its pipeline package. */
@Command(name = "newspaper-ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = "Turns scanned newspaper issues into METS/ALTO archive packages.",
        subcommands = {IngestCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status: 0 success, 1 failure, 2 usage error. */
    public static int run(String... args) {
        // Nothing written outside what the user named: no ImageIO cache files in /tmp, native libraries
        // unpacked into a folder of this run that is removed when it ends.
        javax.imageio.ImageIO.setUseCache(false);
        org.newspaperingest.ocr.NativeScratch.prepare();
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("newspaper-ingest: " + ex.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }
}
