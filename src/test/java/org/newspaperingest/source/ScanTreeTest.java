package org.newspaperingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.pack.TestIssues;

class ScanTreeTest {

    /** A real NDNP batch (masters cropped to keep the checkout small), carried in the test resources. */
    static final Path NDNP = TestIssues.reference().resolve("ndnp-utah-1935-08-02");

    @TempDir
    Path root;

    @Test
    void flatFolderGivesPagesInNaturalOrderAndItsSidecar() throws IOException {
        Path issue = root.resolve("chaoyang-2026-03-13");
        for (String name : List.of("10.tif", "2.tif", "1.tif", "issue.json", "notes.txt")) {
            touch(issue.resolve(name));
        }
        ScanTree.Result result = ScanTree.scan(root);

        assertEquals(1, result.issues().size());
        ScanIssue found = result.issues().get(0);
        assertEquals("chaoyang-2026-03-13", found.id());
        assertEquals(List.of("1.tif", "2.tif", "10.tif"), names(found.pageFiles()));
        assertEquals(Optional.of(issue.resolve("issue.json")), found.sidecar());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
    }

    @Test
    void datedTreeNamesIssuesByTitleAndDateAndReportsAnEmptyDay() throws IOException {
        touch(root.resolve("chaoyang/2026/03/13/1.png"));
        touch(root.resolve("chaoyang/2026/03/13/2.png"));
        Files.createDirectories(root.resolve("chaoyang/2026/03/14"));

        ScanTree.Result result = ScanTree.scan(root);

        assertEquals(List.of("chaoyang-2026-03-13"), ids(result));
        assertEquals(1, result.failedIssues().size());
        ScanTree.Problem empty = result.failedIssues().get(0);
        assertEquals(Optional.of("chaoyang-2026-03-14"), empty.issueId());
        assertTrue(empty.message().contains("holds no page images"), empty.message());
    }

    @Test
    void rootNamedForTheTitleLendsItsNameToDatedIssues() throws IOException {
        Path title = root.resolve("chaoyang");
        touch(title.resolve("2026/03/13/1.jpg"));
        assertEquals(List.of("chaoyang-2026-03-13"), ids(ScanTree.scan(title)));
    }

    @Test
    void ndnpBatchUsesLccnAndIssueFolderAndTakesTheMastersNotThePdfDerivatives() throws IOException {
        ScanTree.Result result = ScanTree.scan(NDNP);

        assertEquals(List.of("sn85058233-1935080201"), ids(result));
        assertEquals(List.of("1289.jp2", "1292.jp2"), names(result.issues().get(0).pageFiles()));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
    }

    @Test
    void spacesAndChineseNamesGiveSafeIdsAndCollidingIdsAreMadeUnique() throws IOException {
        touch(root.resolve("朝阳报 城市版/2026-03-13/1.tif"));
        touch(root.resolve("A B/1.tif"));
        touch(root.resolve("a-b/1.tif"));

        ScanTree.Result result = ScanTree.scan(root);

        assertEquals(List.of("a-b", "a-b-2", "朝阳报-城市版-2026-03-13"), ids(result));
        assertEquals(List.of("A B", "a-b", "朝阳报 城市版/2026-03-13"),
                result.issues().stream().map(ScanIssue::source).toList());
        assertEquals("package name a-b is also the name of A B; this folder (a-b) is written as a-b-2",
                result.renamed().get("a-b-2"));
    }

    @Test
    void pageFilesAreRecognisedByContentEvenWithoutAnExtension() throws IOException {
        Path issue = Files.createDirectories(root.resolve("issue"));
        Files.write(issue.resolve("scan-0001"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(issue.resolve("README"), "scanned on the Zeutschel");

        assertEquals(List.of("scan-0001"), names(ScanTree.scan(root).issues().get(0).pageFiles()));
    }

    @Test
    void symbolicLinkLoopIsNotFollowed() throws IOException {
        touch(root.resolve("a/1.tif"));
        Files.createSymbolicLink(root.resolve("a/back-to-root"), root);

        ScanTree.Result result = ScanTree.scan(root);

        assertEquals(List.of("a"), ids(result));
        assertTrue(result.problems().stream().anyMatch(p -> p.reason().contains("not followed again")),
                result.problems().toString());
    }

    @Test
    void excludedOutputFolderInsideTheRootIsNotScanned() throws IOException {
        touch(root.resolve("in/1.tif"));
        touch(root.resolve("out/in/images/0001.tif"));
        assertEquals(List.of("in"), ids(ScanTree.scan(root, java.util.Set.of(root.resolve("out")))));
    }

    @Test
    void anIssueFolderTooDeepToScanFailsAsAnIssueInsteadOfVanishing() throws IOException {
        Path deep = root;
        for (int level = 1; level <= 40; level++) {
            deep = deep.resolve("d" + level);
        }
        touch(deep.resolve("0001.tif"));
        touch(root.resolve("shallow/0001.tif"));

        ScanTree.Result result = ScanTree.scan(root);

        assertEquals(List.of("shallow"), ids(result));
        assertEquals(1, result.failedIssues().size(), result.problems().toString());
        assertTrue(result.failedIssues().get(0).message().contains("nested more than 32 levels below the scan root"),
                result.failedIssues().get(0).message());
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> names = new ArrayList<>(List.of("page10.tif", "page2.tif", "Page1.tif", "page02b.tif", "a.tif"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("a.tif", "Page1.tif", "page2.tif", "page02b.tif", "page10.tif"), names);
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1});
    }

    private static List<String> ids(ScanTree.Result result) {
        return result.issues().stream().map(ScanIssue::id).toList();
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
