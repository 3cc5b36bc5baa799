package org.newspaperingest.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a separate Java process with this process's class path: for measuring a
 * run's own memory, and for tests that kill a run mid-way and start it again.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param jvmOptions options for the child JVM, such as {@code -Xmx2g}
     * @return a builder ready to start; set its environment, output and working folder as needed
     */
    public static ProcessBuilder builder(String mainClass, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command);
    }
}
