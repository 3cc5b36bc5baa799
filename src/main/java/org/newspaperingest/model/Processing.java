package org.newspaperingest.model;

import java.io.Serializable;
import java.util.Map;

/**
 * How a page was made, for ALTO's {@code Processing} step: which engine and model, with which settings.
 *
 * @param settings main parameters as written into {@code processingStepSettings}
 */
public record Processing(String ocrEngine, String ocrEngineVersion, String model, Map<String, String> settings) implements Serializable {
    public Processing {
        settings = Map.copyOf(settings);
    }
}
