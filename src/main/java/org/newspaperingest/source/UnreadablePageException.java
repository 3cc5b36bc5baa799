package org.newspaperingest.source;

import java.nio.file.Path;

/** A page file that cannot be used, with a reason an archivist can act on. */
public class UnreadablePageException extends Exception {
    private final transient Path file;

    public UnreadablePageException(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    public UnreadablePageException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
