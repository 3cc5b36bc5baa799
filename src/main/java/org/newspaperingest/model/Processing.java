package org.newspaperingest.model;

import java.io.Serializable;
import java.util.Map;

/**
 * How a page was made, for ALTO's {@code Processing} step: which engine and model, with which settings.
 *
 * @param settings main parameters as written into {@code processingStepSettings}
 */
public record Processing(String ocrEngine, String ocrEngineVersion, String model, Map<String, String> settings) implements Serializable {
    /** The model of pages whose text was taken from a born-digital PDF's text layer, not recognised. */
    public static final String PDF_TEXT_LAYER = "PDF text layer";

    public Processing {
        settings = Map.copyOf(settings);
    }

    /** Whether the text came from the PDF itself rather than from OCR. */
    public boolean fromTextLayer() {
        return PDF_TEXT_LAYER.equals(model);
    }
}
