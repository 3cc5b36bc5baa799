package org.newspaperingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.batch.SmallIssues;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path dir;

    /** Said once, exit 2, and no false "no issue folders" after it (the scan folder holds an issue). */
    @Test
    void anOutputFolderThatCannotBeWrittenIsOneErrorAndExitTwo() throws IOException {
        Path scans = Files.createDirectories(dir.resolve("scans/issue-1"));
        Files.write(scans.resolve("1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where the output folder should be");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int status = command.execute("ingest", dir.resolve("scans").toString(), "--out", notAFolder.toString(),
                "--engine", "tesseract", "--no-progress");

        assertEquals(2, status, err.toString());
        assertEquals("newspaper-ingest: " + notAFolder + ": the output folder cannot be written (it is a file, not a"
                + " folder)\n", err.toString());
        assertEquals("", out.toString());
    }

    /** A package is complete for a re-run only when it carries the outputs that run asks for. */
    @Test
    @Tag("slow")
    void aRerunAskingForOtherOutputsRedoesThePackageAndOneAskingForTheSameSkipsIt() throws IOException {
        SmallIssues.write(dir.resolve("scans"), 1);
        String scans = dir.resolve("scans").toString();
        String out = dir.resolve("out").toString();

        assertEquals("1 issue: 1 written, 0 already complete, 0 failed",
                summary(ingest(scans, "--out", out, "--engine", "tesseract", "--outputs", "access")));
        assertEquals("1 issue: 1 written, 0 already complete, 0 failed",
                summary(ingest(scans, "--out", out, "--engine", "tesseract", "--outputs", "access,pdf")));
        assertTrue(Files.isDirectory(dir.resolve("out/chaoyang-2026-03-01/pdf")), "the PDF asked for the second time");
        assertEquals("1 issue: 0 written, 1 already complete, 0 failed",
                summary(ingest(scans, "--out", out, "--engine", "tesseract", "--outputs", "pdf,access")));
    }

    private static String ingest(String... arguments) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of("ingest"));
        all.addAll(List.of(arguments));
        all.add("--no-progress");
        assertEquals(0, command.execute(all.toArray(String[]::new)), out.toString());
        return out.toString();
    }

    private static String summary(String output) {
        return output.substring(0, output.indexOf(';'));
    }
}
