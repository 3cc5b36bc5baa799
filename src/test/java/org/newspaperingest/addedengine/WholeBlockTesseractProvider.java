package org.newspaperingest.addedengine;

import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.ocr.OcrEngineProvider;

/** Makes {@link WholeBlockTesseractEngine} known, by its line in {@code META-INF/services}. */
public final class WholeBlockTesseractProvider implements OcrEngineProvider {

    public static final String NAME = "tesseract-chi-sim-block";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Tesseract chi_sim, each region read whole as one block (psm 6); a test's added engine";
    }

    @Override
    public OcrEngine create() {
        return new WholeBlockTesseractEngine();
    }
}
