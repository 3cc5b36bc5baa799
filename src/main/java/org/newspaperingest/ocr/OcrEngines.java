package org.newspaperingest.ocr;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newspaperingest.model.Processing;

/**
 * Makes OCR engines by name, for the command line's {@code --ocr} choice. Engines are not thread-safe:
 * call {@link #create} once per worker thread (or use {@link #supplier}).
 */
public final class OcrEngines {

    public static final String TESSERACT = "tesseract";
    public static final String PADDLE = "paddle";
    public static final List<String> NAMES = List.of(TESSERACT, PADDLE);

    private OcrEngines() {
    }

    /**
     * @param name {@code tesseract} or {@code paddle}
     * @throws IllegalArgumentException for another name
     * @throws IllegalStateException when the engine's models or native libraries cannot be loaded, with the
     *                               reason
     */
    public static OcrEngine create(String name) {
        return switch (normalise(name)) {
            case TESSERACT -> new TesseractEngine();
            case PADDLE -> new PaddleEngine();
            default -> throw new IllegalArgumentException("Unknown OCR engine '" + name + "': choose one of " + NAMES);
        };
    }

    /** A supplier making a new engine per call, checking the name now rather than on a worker thread. */
    public static Supplier<OcrEngine> supplier(String name) {
        String checked = normalise(name);
        if (!NAMES.contains(checked)) {
            throw new IllegalArgumentException("Unknown OCR engine '" + name + "': choose one of " + NAMES);
        }
        return () -> create(checked);
    }

    /** The engine's name, version, models and settings, without keeping an engine open. */
    public static Processing describe(String name) {
        try (OcrEngine engine = create(name)) {
            return engine.describe();
        }
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
