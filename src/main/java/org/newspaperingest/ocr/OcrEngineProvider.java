package org.newspaperingest.ocr;

import java.util.List;

/**
 * Makes one kind of OCR engine, found by {@link java.util.ServiceLoader}: an engine is added by a class
 * implementing this interface, named in {@code META-INF/services/org.newspaperingest.ocr.OcrEngineProvider}
 * on the class path. Implementations need a public no-argument constructor and must be cheap to construct:
 * models are loaded by {@link #create()}, not before.
 */
public interface OcrEngineProvider {

    /** The name users choose the engine by ({@code --engine NAME}), lower case, saying what it runs. */
    String name();

    /** Other names accepted for the engine, such as older ones kept for users' scripts; lower case. */
    default List<String> aliases() {
        return List.of();
    }

    /** One line for the command line's help. */
    String description();

    /**
     * A new engine; engines are not thread-safe, so each worker thread gets its own.
     *
     * @throws IllegalStateException when the engine's models or native libraries cannot be loaded, with the
     *                               reason
     */
    OcrEngine create();
}
