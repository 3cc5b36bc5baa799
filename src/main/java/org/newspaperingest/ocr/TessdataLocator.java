package org.newspaperingest.ocr;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the folder holding the Tesseract models ({@code chi_sim.traineddata}, ...), first match wins:
 * <ol>
 * <li>the system property {@code newspaperingest.tessdata};</li>
 * <li>the environment variable {@code TESSDATA_PREFIX} (the folder itself or its parent, as Tesseract's own
 * tools accept), when it holds the Chinese models; one set for another Tesseract install is passed over;</li>
 * <li>{@code tessdata/} in the working directory;</li>
 * <li>{@code tessdata/} beside the newspaper-ingest jar, or beside its parent folder (a Maven
 * {@code target/} folder).</li>
 * </ol>
 */
public final class TessdataLocator {

    public static final String PROPERTY = "newspaperingest.tessdata";
    public static final String ENVIRONMENT = "TESSDATA_PREFIX";
    private static final String PROBE = "chi_sim.traineddata";

    private TessdataLocator() {
    }

    /** @throws IllegalStateException naming the places looked at when no folder holds the models */
    public static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return requireModels(Path.of(property), "system property " + PROPERTY);
        }
        List<Path> candidates = new ArrayList<>();
        String environment = System.getenv(ENVIRONMENT);
        if (environment != null && !environment.isBlank()) {
            candidates.add(Path.of(environment).toAbsolutePath());
            candidates.add(Path.of(environment).toAbsolutePath().resolve("tessdata"));
        }
        candidates.add(Path.of("tessdata").toAbsolutePath());
        Path codeHome = codeHome();
        if (codeHome != null) {
            candidates.add(codeHome.resolve("tessdata"));
            if (codeHome.getParent() != null) {
                candidates.add(codeHome.getParent().resolve("tessdata"));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve(PROBE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No Tesseract models found: looked for " + PROBE + " in " + candidates
                + "; set -D" + PROPERTY + "=<folder> or " + ENVIRONMENT);
    }

    private static Path requireModels(Path folder, String source) {
        if (!Files.isRegularFile(folder.resolve(PROBE))) {
            throw new IllegalStateException("The Tesseract model folder " + folder + " (from " + source
                    + ") holds no " + PROBE);
        }
        return folder.toAbsolutePath();
    }

    /** The folder holding the jar (or the classes folder) this class was loaded from. */
    private static Path codeHome() {
        try {
            var source = TessdataLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            return Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
