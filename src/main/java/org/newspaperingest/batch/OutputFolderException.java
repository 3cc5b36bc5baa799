package org.newspaperingest.batch;

import java.io.IOException;

/**
 * The output folder cannot be used at all: it cannot be written, or another run holds it. Nothing was
 * done; the message says why, naming the folder (and the run holding it).
 */
public final class OutputFolderException extends IOException {
    public OutputFolderException(String message) {
        super(message);
    }
}
