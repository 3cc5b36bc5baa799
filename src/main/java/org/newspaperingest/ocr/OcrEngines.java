package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.newspaperingest.model.Processing;

/**
 * Finds OCR engines by name among the {@link OcrEngineProvider}s on the class path, for the command line's
 * {@code --engine} choice. Engines are not thread-safe: call {@link #create} once per worker thread (or use
 * {@link #supplier}).
 */
public final class OcrEngines {

    /** PaddleOCR's PP-OCRv4 models through ONNX Runtime ({@link PaddleEngine}); also called {@code paddle}. */
    public static final String PP_OCRV4 = "pp-ocrv4";
    /** Tesseract's LSTM models through Tess4J ({@link TesseractEngine}). */
    public static final String TESSERACT = "tesseract";

    private OcrEngines() {
    }

    /** The engines on the class path, by name. */
    public static List<OcrEngineProvider> available() {
        List<OcrEngineProvider> providers = new ArrayList<>();
        ServiceLoader.load(OcrEngineProvider.class, OcrEngines.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparing(OcrEngineProvider::name));
        return providers;
    }

    /** The names to choose from, aliases in brackets, for messages. */
    public static String names() {
        return String.join(", ", new Names());
    }

    /** The provider of the engine a user named (by name or alias, in any case). */
    public static Optional<OcrEngineProvider> find(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return available().stream()
                .filter(p -> p.name().equals(wanted) || p.aliases().contains(wanted)).findFirst();
    }

    /**
     * @throws IllegalArgumentException for a name no engine has
     * @throws IllegalStateException     when the engine's models or native libraries cannot be loaded, with
     *                                   the reason
     */
    public static OcrEngine create(String name) {
        return provider(name).create();
    }

    /** A supplier making a new engine per call, checking the name now rather than on a worker thread. */
    public static Supplier<OcrEngine> supplier(String name) {
        OcrEngineProvider provider = provider(name);
        return provider::create;
    }

    /** The engine's name, version, models and settings, without keeping an engine open. */
    public static Processing describe(String name) {
        try (OcrEngine engine = create(name)) {
            return engine.describe();
        }
    }

    /**
     * The available engines, each as its name with its aliases in brackets: picocli's
     * {@code completionCandidates}, so that the command line's help lists what is on the class path.
     */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return available().stream().map(p -> p.aliases().isEmpty() ? p.name()
                    : p.name() + " (" + String.join(", ", p.aliases()) + ")").iterator();
        }
    }

    private static OcrEngineProvider provider(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown OCR engine '" + name + "': choose one of " + names()));
    }
}
