package org.newspaperingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.batch.ChildJvm;

/**
 * Starting ONNX Runtime (PP-OCRv4's engine) and loading Tesseract write nothing under the home folder and
 * leave nothing in the temporary folder: no telemetry database or device id in {@code ~/.cache/Microsoft},
 * no {@code /tmp/mat-debug-<pid>.log}, no {@code onnxruntime-java*} folder, no JNA or JavaCPP cache.
 */
class NativeScratchTest {

    @Test
    void loadingTheOcrRuntimesWritesNothingOutside(@TempDir Path work) throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve("child.log");
        ProcessBuilder child = ChildJvm.builder(NativeScratchTest.class.getName() + "$LoadRuntimes",
                List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp), List.of());
        child.environment().put("HOME", home.toString());
        child.environment().remove("ORT_DISABLE_TELEMETRY");
        Process process = child.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("onnxruntime up; tesseract "), Files.readString(log));

        assertEquals(List.of(), tree(home), "written under the home folder");
        assertEquals(List.of(), tree(tmp), "left in the temporary folder");
        assertFalse(Files.exists(Path.of("/tmp/mat-debug-" + process.pid() + ".log")), "ONNX Runtime telemetry log");
    }

    /** ALTO's OCR step names ONNX Runtime's own version, not this tool's (which the single jar's manifest gives). */
    @Test
    void theOcrRuntimeIsNamedByItsOwnVersion() {
        String version = PaddleModels.runtimeVersion();
        assertTrue(version.matches("onnxruntime \\d+\\.\\d+\\.\\d+"), version);
        assertEquals("onnxruntime " + ai.onnxruntime.OrtEnvironment.getEnvironment().getVersion(), version);
    }

    /** A session busy on one thread is never handed to another; once free, it is taken again rather than a new one. */
    @Test
    void aBusySessionIsNeverSharedAndAFreeOneIsReused() throws Exception {
        List<OrtSession> busyTogether = PaddleModels.withSession(PaddleModels.RECOGNITION,
                outer -> PaddleModels.withSession(PaddleModels.RECOGNITION, inner -> List.of(outer, inner)));
        assertNotSame(busyTogether.get(0), busyTogether.get(1));
        OrtSession next = PaddleModels.withSession(PaddleModels.RECOGNITION, session -> session);
        assertTrue(busyTogether.contains(next), "a free session is reused");
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).toList();
        }
    }

    /** The child: starts ONNX Runtime's environment and a session, and loads Tesseract, as a page reader does. */
    static final class LoadRuntimes {
        public static void main(String[] args) throws Exception {
            NativeScratch.prepare();
            PaddleModels.withSession(PaddleModels.DETECTION, session -> session.getInputNames().size());
            System.out.println("onnxruntime up; tesseract " + TesseractNatives.load());
        }
    }
}
