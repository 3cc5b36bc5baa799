package org.newspaperingest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("validate: not implemented yet");
        return 1;
    }
}
