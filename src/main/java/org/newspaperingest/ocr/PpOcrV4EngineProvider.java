package org.newspaperingest.ocr;

import java.util.List;

/** {@link PaddleEngine}: PP-OCRv4 through ONNX Runtime; {@code paddle} is its older name. */
public final class PpOcrV4EngineProvider implements OcrEngineProvider {

    @Override
    public String name() {
        return OcrEngines.PP_OCRV4;
    }

    @Override
    public List<String> aliases() {
        return List.of("paddle");
    }

    @Override
    public String description() {
        return "PaddleOCR PP-OCRv4 detection and recognition (ONNX Runtime); traditional vertical columns"
                + " also read by Tesseract chi_tra";
    }

    @Override
    public OcrEngine create() {
        return new PaddleEngine();
    }
}
