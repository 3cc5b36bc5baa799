package org.newspaperingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
