package org.newspaperingest.ocr;

/** {@link TesseractEngine}: Tesseract's LSTM models through Tess4J. */
public final class TesseractEngineProvider implements OcrEngineProvider {

    @Override
    public String name() {
        return OcrEngines.TESSERACT;
    }

    @Override
    public String description() {
        return "Tesseract LSTM chi_sim / chi_tra (Tess4J)";
    }

    @Override
    public OcrEngine create() {
        return new TesseractEngine();
    }
}
