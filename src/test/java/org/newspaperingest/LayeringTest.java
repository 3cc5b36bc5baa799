package org.newspaperingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies point one way, read from the imports of {@code src/main/java}: nothing below
 * the command line imports it, the profile depends on no stage, and no stage imports what measures or
 * follows it.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/org/newspaperingest");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.newspaperingest\\.(\\w+)\\.",
            Pattern.MULTILINE);

    /** Package → project packages its main sources import (itself left out). */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Set<String> used = result.computeIfAbsent(pkg, p -> new java.util.TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return result;
    }

    @Test
    void nothingBelowTheCommandLineImportsIt() throws IOException {
        List<String> offenders = new ArrayList<>();
        imports().forEach((pkg, used) -> {
            if (used.contains("cli")) {
                offenders.add(pkg);
            }
        });
        assertEquals(List.of(), offenders, "packages importing cli");
    }

    @Test
    void theProfileDependsOnNoStage() throws IOException {
        assertEquals(Set.of(), imports().get("profile"));
    }

    @Test
    void stagesImportNeitherTheirMeasuresNorLaterStages() throws IOException {
        Map<String, Set<String>> imports = imports();
        Map<String, Set<String>> forbidden = Map.of(
                // ocr.NativeScratch uses pack.Folders (deleting a folder), so pack is not listed for ocr
                "ocr", Set.of("eval", "validate", "batch", "ingest", "structure"),
                "structure", Set.of("source", "ocr", "pack", "eval", "validate", "batch", "ingest"),
                "pack", Set.of("validate", "eval", "batch", "ingest"),
                "validate", Set.of("eval", "batch", "ingest"),
                "source", Set.of("pack", "ocr", "layout", "structure", "eval", "validate", "batch", "ingest"));
        assertTrue(imports.keySet().containsAll(forbidden.keySet()), imports.keySet().toString());
        List<String> offenders = new ArrayList<>();
        forbidden.forEach((pkg, not) -> imports.get(pkg).stream().filter(not::contains)
                .forEach(used -> offenders.add(pkg + " imports " + used)));
        assertEquals(List.of(), offenders);
    }
}
