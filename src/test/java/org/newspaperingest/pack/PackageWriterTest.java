package org.newspaperingest.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;

class PackageWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T08:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path work;

    @Test
    void writesCompletePackageWithByteIdenticalImages() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        Path out = work.resolve("out");
        Path pkg = new PackageWriter(PackageWriter.Images.COPY, CLOCK).write(issue, scans, out);

        assertEquals(out.resolve("chaoyang-2026-03-13"), pkg);
        assertEquals(List.of("alto/0001.xml", "alto/0002.xml", "images/0001.png", "images/0002.png", "mets.xml"),
                listing(pkg));
        assertArrayEquals(Files.readAllBytes(scans.get(1)), Files.readAllBytes(pkg.resolve("images/0002.png")));
        try (Stream<Path> siblings = Files.list(out)) {
            assertEquals(List.of(pkg), siblings.toList(), "no partial folder left behind");
        }
        String mets = Files.readString(pkg.resolve("mets.xml"));
        assertTrue(mets.contains("xlink:href=\"alto/0002.xml\""));
        assertTrue(mets.contains("SIZE=\"" + Files.size(pkg.resolve("alto/0002.xml")) + "\""));
        assertTrue(mets.contains("CHECKSUM=\"" + TestIssues.sha256(pkg.resolve("alto/0002.xml")) + "\""));
        assertTrue(Files.readString(pkg.resolve("alto/0001.xml")).contains("<fileName>images/0001.png</fileName>"));
        assertNoMachinePaths(pkg);
    }

    @Test
    void rewritingReplacesThePackageAndGivesTheSameAlto() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        PackageWriter writer = new PackageWriter(PackageWriter.Images.COPY, CLOCK);
        Path pkg = writer.write(issue, scans, work.resolve("out"));
        byte[] alto = Files.readAllBytes(pkg.resolve("alto/0001.xml"));
        Files.writeString(pkg.resolve("stray.txt"), "left from an interrupted run");
        writer.write(issue, scans, work.resolve("out"));
        assertFalse(Files.exists(pkg.resolve("stray.txt")));
        assertArrayEquals(alto, Files.readAllBytes(pkg.resolve("alto/0001.xml")));
        try (Stream<Path> siblings = Files.list(work.resolve("out"))) {
            assertEquals(1, siblings.count());
        }
    }

    @Test
    void failureLeavesNoPackageAndNoPartialFolder() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        Files.delete(scans.get(1));
        Path out = work.resolve("out");
        IOException error = assertThrows(IOException.class,
                () -> new PackageWriter(PackageWriter.Images.COPY, CLOCK).write(issue, scans, out));
        assertTrue(error.getMessage().contains("2.png"), error.getMessage());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void changedScanIsRefused() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        Files.write(scans.get(0), new byte[] {1, 2, 3});
        IOException error = assertThrows(IOException.class,
                () -> new PackageWriter().write(issue, scans, work.resolve("out")));
        assertTrue(error.getMessage().contains("changed since it was read"), error.getMessage());
    }

    @Test
    void multiPageSourceIsCopiedOnce() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue two = TestIssues.issue(scans);
        Page second = two.page(2);
        Page fromSameFile = new Page(2, second.label(), two.page(1).image(), second.width(), second.height(),
                second.skewAngle(), second.blocks(), second.rules(), second.illustrations(), second.processing());
        Issue issue = new Issue(two.id(), two.metadata(), List.of(two.page(1), fromSameFile), two.articles(), List.of());
        Path pkg = new PackageWriter().write(issue, List.of(scans.get(0), scans.get(0)), work.resolve("out"));
        assertEquals(List.of("alto/0001.xml", "alto/0002.xml", "images/0001.png", "mets.xml"), listing(pkg));
        assertTrue(Files.readString(pkg.resolve("alto/0002.xml")).contains("<fileName>images/0001.png</fileName>"));
    }

    @Test
    void referenceModePointsAtTheScansRelatively() throws IOException {
        Path samples = work.resolve("samples");
        List<Path> scans = TestIssues.writeScans(samples.resolve("chaoyang-2026-03-13"));
        Path pkg = new PackageWriter(PackageWriter.Images.REFERENCE, CLOCK)
                .write(TestIssues.issue(scans), scans, samples.resolve("truth"));
        assertEquals(List.of("alto/0001.xml", "alto/0002.xml", "mets.xml"), listing(pkg));
        String mets = Files.readString(pkg.resolve("mets.xml"));
        assertTrue(mets.contains("xlink:href=\"../../chaoyang-2026-03-13/1.png\""), mets);
        assertNoMachinePaths(pkg);
    }

    @Test
    void warningsNamingScansByAbsolutePathAreCutToFileNames() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue read = TestIssues.issue(scans);
        Issue issue = new Issue(read.id(), read.metadata(), read.pages(), read.articles(),
                List.of(scans.get(1).toAbsolutePath() + ": folio unreadable"));
        Path pkg = new PackageWriter().write(issue, scans, work.resolve("out"));
        assertTrue(Files.readString(pkg.resolve("mets.xml")).contains(">2.png: folio unreadable<"));
        assertNoMachinePaths(pkg);
    }

    private void assertNoMachinePaths(Path pkg) throws IOException {
        for (String file : listing(pkg)) {
            if (file.endsWith(".xml")) {
                String text = Files.readString(pkg.resolve(file), StandardCharsets.UTF_8);
                assertFalse(text.contains(work.toString()), file + " contains a path of this machine");
                assertFalse(text.contains("file:"), file);
            }
        }
    }

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
