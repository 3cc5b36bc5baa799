package org.newspaperingest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("ingest: not implemented yet");
        return 1;
    }
}
