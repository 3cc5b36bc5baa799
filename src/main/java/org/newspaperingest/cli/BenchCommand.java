package org.newspaperingest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench: not implemented yet");
        return 1;
    }
}
