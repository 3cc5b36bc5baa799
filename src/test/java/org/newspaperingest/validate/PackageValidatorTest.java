package org.newspaperingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;

class PackageValidatorTest {
    @TempDir
    Path work;
    Path pkg;
    final PackageValidator validator = new PackageValidator();

    @BeforeEach
    void writePackage() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        pkg = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("out"));
    }

    @Test
    void writtenPackageIsValid() {
        assertEquals(List.of(), validator.validate(pkg));
    }

    @Test
    void changedImageIsCaughtAtItsFileEntry() throws IOException {
        byte[] image = Files.readAllBytes(pkg.resolve("images/0002.png"));
        image[image.length - 20] ^= 1;
        Files.write(pkg.resolve("images/0002.png"), image);
        List<Problem> problems = validator.validate(pkg);
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals("mets.xml", problem.file());
        assertEquals(lineOf(pkg.resolve("mets.xml"), "ID=\"IMG_0002\""), problem.line());
        assertTrue(problem.reason().startsWith("images/0002.png: SHA-256 is "), problem.reason());
    }

    @Test
    void wordConfidenceOutOfRangeIsCaughtWithFileAndLine() throws IOException {
        int line = breakFirst(pkg.resolve("alto/0002.xml"), "WC=\"", "WC=\"1.7\"");
        List<Problem> schemaProblems = altoProblems(validator.validate(pkg), "alto/0002.xml");
        assertTrue(!schemaProblems.isEmpty());
        assertTrue(schemaProblems.stream().allMatch(p -> p.line() == line), schemaProblems.toString());
        assertTrue(schemaProblems.get(0).reason().contains("1.7"), schemaProblems.get(0).reason());
    }

    @Test
    void nonNumericPositionIsCaughtWithFileAndLine() throws IOException {
        int line = breakFirst(pkg.resolve("alto/0001.xml"), "<TextBlock ID=\"P1_TB0003\" HPOS=\"", "<TextBlock ID=\"P1_TB0003\" HPOS=\"abc\"");
        List<Problem> problems = altoProblems(validator.validate(pkg), "alto/0001.xml");
        assertTrue(!problems.isEmpty());
        assertEquals(line, problems.get(0).line());
        assertTrue(problems.get(0).reason().contains("abc"), problems.get(0).reason());
        assertTrue(problems.get(0).toString().startsWith("alto/0001.xml:" + line + ":"));
    }

    @Test
    void areaPointingNowhereIsCaught() throws IOException {
        Path mets = pkg.resolve("mets.xml");
        Files.writeString(mets, Files.readString(mets).replace("BEGIN=\"P2_TB0002\"", "BEGIN=\"P2_TB0099\""));
        List<Problem> problems = validator.validate(pkg);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("mets.xml")
                && p.line() == lineOfUnchecked(mets, "BEGIN=\"P2_TB0099\"")
                && p.reason().equals("alto/0002.xml has no element with ID P2_TB0099")), problems.toString());
    }

    @Test
    void missingStrayAndAbsoluteFilesAreCaught() throws IOException {
        Files.delete(pkg.resolve("alto/0002.xml"));
        Files.writeString(pkg.resolve("images/notes.txt"), "stray");
        Path mets = pkg.resolve("mets.xml");
        Files.writeString(mets, Files.readString(mets).replace("xlink:href=\"images/0001.png\"",
                "xlink:href=\"" + pkg.resolve("images/0001.png").toUri() + "\""));
        List<String> reasons = validator.validate(pkg).stream().map(Problem::toString).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("alto/0002.xml: listed in mets.xml but missing")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("images/notes.txt:0:0: not listed")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("images/0001.png: not a relative href")), reasons.toString());
    }

    @Test
    void profileRulesBeyondTheSchemasAreChecked() throws IOException {
        Path mets = pkg.resolve("mets.xml");
        Files.writeString(mets, Files.readString(mets).replaceFirst(" MIMETYPE=\"image/png\"", ""));
        int fileLine = lineOf(mets, "ID=\"IMG_0001\"");
        Path alto = pkg.resolve("alto/0001.xml");
        int line = breakFirst(alto, "WC=\"", "");
        List<String> problems = validator.validate(pkg).stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mets.xml:" + fileLine + ":")
                && p.endsWith("file IMG_0001 has no MIMETYPE")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("alto/0001.xml:" + line + ":")
                && p.endsWith("String without WC (the profile wants a confidence on every word)")), problems.toString());
    }

    @Test
    void missingMetsOrFolder() {
        assertEquals(List.of(new Problem(".", 0, 0, "not a folder: nowhere")), validator.validate(work.resolve("nowhere")));
        assertEquals("mets.xml:0:0: missing", validator.validate(work.resolve("scans")).get(0).toString());
    }

    static List<Problem> altoProblems(List<Problem> problems, String file) {
        return problems.stream().filter(p -> p.file().equals(file)).toList();
    }

    /** Replaces the first attribute value starting with {@code prefix}; returns the line changed. */
    static int breakFirst(Path file, String prefix, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(prefix);
        int end = text.indexOf('"', at + prefix.length());
        Files.writeString(file, text.substring(0, at) + replacement + text.substring(end + 1), StandardCharsets.UTF_8);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    private static int lineOfUnchecked(Path file, String needle) {
        try {
            return lineOf(file, needle);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
