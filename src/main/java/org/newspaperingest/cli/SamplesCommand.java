package org.newspaperingest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "samples", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class SamplesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("samples: not implemented yet");
        return 1;
    }
}
