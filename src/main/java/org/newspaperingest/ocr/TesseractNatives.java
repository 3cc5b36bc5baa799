package org.newspaperingest.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import org.bytedeco.javacpp.Loader;

/**
 * Makes Tess4J use the Tesseract and Leptonica libraries shipped inside bytedeco's jars, so that no system
 * install is needed and no other copy on the machine is picked up by chance.
 *
 * <p>bytedeco extracts its libraries into the JavaCPP cache ({@code ~/.javacpp/cache}) and loads them; the
 * folder is then put first on JNA's search path for the names Tess4J and Lept4J ask for. JNA searches such
 * folders before {@code jna.library.path} and the system's, and Tess4J ships no Linux library of its own.
 * Public for engines added from outside this package that call Tesseract through Tess4J.
 */
public final class TesseractNatives {

    private static volatile String version;

    private TesseractNatives() {
    }

    /** Loads the libraries once per JVM; returns Tesseract's version. */
    public static synchronized String load() {
        if (version != null) {
            return version;
        }
        limitOpenMpThreads();
        try {
            String leptonica = Loader.load(org.bytedeco.leptonica.global.leptonica.class);
            String tesseract = Loader.load(org.bytedeco.tesseract.global.tesseract.class);
            String leptonicaDir = new File(leptonica).getParent();
            String tesseractDir = new File(tesseract).getParent();
            NativeLibrary.addSearchPath("tesseract", tesseractDir);
            NativeLibrary.addSearchPath("leptonica", leptonicaDir);
            NativeLibrary.addSearchPath("lept", leptonicaDir);
            String loaded = NativeLibrary.getInstance("tesseract").getFile().getPath();
            if (!loaded.startsWith(tesseractDir)) {
                throw new IllegalStateException("Tesseract was loaded from " + loaded + ", not from " + tesseractDir);
            }
            version = net.sourceforge.tess4j.TessAPI1.TessVersion();
            return version;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            throw new IllegalStateException("Cannot load the Tesseract libraries bundled with newspaper-ingest ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage(), e);
        }
    }

    /**
     * Tesseract's OpenMP threads make it several times slower on a small machine shared by parallel page
     * workers; the library reads {@code OMP_THREAD_LIMIT} when it is first loaded, so it is set here for
     * this process unless the user set it.
     */
    private static void limitOpenMpThreads() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            CLibrary.INSTANCE.setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError e) {
            // not a C library we know: Tesseract still runs, only with OpenMP's default thread count
        }
    }

    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int setenv(String name, String value, int overwrite);
    }
}
