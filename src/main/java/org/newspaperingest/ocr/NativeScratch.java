package org.newspaperingest.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newspaperingest.pack.Folders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the native libraries' housekeeping out of the user's home and {@code /tmp}: an archive tool writes
 * where it is told and nowhere else.
 *
 * <p>JNA and JavaCPP unpack their libraries into a cache under the home folder unless told otherwise; here
 * they are told to use one folder of this process, made in the system's temporary folder and removed when
 * the process ends. ONNX Runtime's telemetry (a database and a device id under {@code ~/.cache/Microsoft},
 * a {@code /tmp/mat-debug-<pid>.log}) is turned off through its {@code ORT_DISABLE_TELEMETRY} variable,
 * which it reads when its environment is made and which Java cannot set for its own process otherwise.
 */
public final class NativeScratch {

    private static final Logger LOG = LoggerFactory.getLogger(NativeScratch.class);
    private static Path folder;

    private NativeScratch() {
    }

    /**
     * Points JNA and JavaCPP at this process's scratch folder, unless the user chose other folders. Call it
     * before either loads a library; later calls do nothing.
     */
    public static synchronized void prepare() {
        if (folder != null) {
            return;
        }
        try {
            folder = Files.createTempDirectory("newspaper-ingest-natives-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for native libraries", e);
        }
        Path made = folder;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Folders.deleteTree(made);
            } catch (IOException e) {
                // the system's temporary folder is cleaned by the system
            }
        }, "remove-native-scratch"));
        setIfUnset("jna.tmpdir", made.resolve("jna"));
        setIfUnset("org.bytedeco.javacpp.cachedir", made.resolve("javacpp"));
    }

    private static void setIfUnset(String property, Path value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value.toString());
        }
    }

    /** Sets {@code ORT_DISABLE_TELEMETRY=1} in this process's environment unless the user set it. */
    static void disableOnnxRuntimeTelemetry() {
        prepare(); // JNA is about to unpack its own library
        if (System.getenv("ORT_DISABLE_TELEMETRY") != null) {
            return;
        }
        try {
            CLibrary.INSTANCE.setenv("ORT_DISABLE_TELEMETRY", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("cannot turn ONNX Runtime's telemetry off before it starts ({}); set ORT_DISABLE_TELEMETRY=1",
                    e.getMessage());
        }
    }

    /** Removes the folder ONNX Runtime unpacked its libraries into; they stay loaded, and it leaves it behind. */
    static void removeOnnxRuntimeUnpacked() {
        try {
            java.lang.reflect.Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
            field.setAccessible(true);
            if (field.get(null) instanceof Path unpacked && Files.isDirectory(unpacked)) {
                Folders.deleteTree(unpacked);
            }
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            LOG.debug("ONNX Runtime's unpacked libraries not removed: {}", e.toString());
        }
    }

    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int setenv(String name, String value, int overwrite);
    }
}
