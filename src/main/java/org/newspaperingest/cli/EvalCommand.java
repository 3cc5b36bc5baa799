package org.newspaperingest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval: not implemented yet");
        return 1;
    }
}
