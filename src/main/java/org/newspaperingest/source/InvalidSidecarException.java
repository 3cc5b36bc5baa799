package org.newspaperingest.source;

import java.nio.file.Path;
import java.util.List;

/** An {@code issue.json} that cannot be used: each problem names the field and the reason. */
public class InvalidSidecarException extends Exception {
    private final transient Path file;
    private final List<String> problems;

    public InvalidSidecarException(Path file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** One line per problem, without the file name: {@code field "date": ...}. */
    public List<String> problems() {
        return problems;
    }
}
