package org.newspaperingest.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.cli.ValidateCommand;
import org.newspaperingest.pack.AltoWriter;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;
import org.newspaperingest.pack.Xml;
import org.newspaperingest.model.Issue;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir
    Path work;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ValidateCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int status = command.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void validPackageExitsZeroAndBrokenOneExitsOne() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Path good = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("good"));
        Path bad = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("bad"));
        int line = PackageValidatorTest.breakFirst(bad.resolve("alto/0001.xml"), "WC=\"", "WC=\"1.7\"");

        Run ok = run(good.toString());
        assertEquals(0, ok.status(), ok.out());
        assertEquals(good + ": valid\n", ok.out());

        Run broken = run(good.toString(), bad.toString());
        assertEquals(1, broken.status());
        assertTrue(broken.out().contains(bad.resolve("alto/0001.xml") + ":" + line + ":"), broken.out());
        assertTrue(broken.out().contains(bad + ": 4 problems"), broken.out()); // size, checksum, two schema errors
        assertTrue(broken.out().endsWith("2 packages: 1 valid, 1 invalid\n"), broken.out());
    }

    @Test
    void anIngestOutputFolderStandsForThePackagesInIt() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Path out = work.resolve("out");
        Path first = new PackageWriter().write(TestIssues.issue(scans), scans, out.resolve("a"));
        Path second = new PackageWriter().write(TestIssues.issue(scans), scans, out.resolve("b"));
        // the batch report beside the packages is no package and not reported
        Files.writeString(out.resolve("report.json"), "{}");
        Files.move(first, out.resolve("issue-1"));
        Files.move(second, out.resolve("issue-2"));
        PackageValidatorTest.breakFirst(out.resolve("issue-2/alto/0001.xml"), "WC=\"", "WC=\"1.7\"");

        Run both = run(out.toString());
        assertEquals(1, both.status(), both.out());
        assertTrue(both.out().contains(out.resolve("issue-1") + ": valid"), both.out());
        assertTrue(both.out().endsWith("2 packages: 1 valid, 1 invalid\n"), both.out());

        Run empty = run(Files.createDirectories(work.resolve("empty")).toString());
        assertEquals(1, empty.status(), "a folder with no package in it is reported, not passed: " + empty.out());
    }

    /**
     * Hostile packages beside a good one: an external-entity DOCTYPE, 200,000 nested ALTO elements, an href
     * climbing out of the package, an ALTO file that is a symbolic link to a file outside. Each is one
     * package's failure naming its file; the good one is still reported valid; nothing outside is read.
     */
    @Test
    void eachHostilePackageIsOneFailureNamingItsFileAndTheGoodOneIsStillValid() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Path secret = Files.writeString(work.resolve("secret.txt"), "not for packages");
        Path batch = work.resolve("batch");
        Issue issue = TestIssues.issue(scans);
        Files.createDirectories(batch);
        for (String name : List.of("good", "xxe", "deep", "escape", "symlink")) {
            Files.move(new PackageWriter().write(issue, scans, work.resolve("w-" + name)), batch.resolve(name));
        }
        Path xxe = batch.resolve("xxe/mets.xml");
        Files.writeString(xxe, Files.readString(xxe)
                .replaceFirst("\\?>", "?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<mets:name>", "<mets:name>&x;"));
        Path deep = batch.resolve("deep/alto/0001.xml");
        String alto = Files.readString(deep);
        int at = alto.indexOf("</Description>");
        Files.writeString(deep, alto.substring(0, at) + "<x>".repeat(200_000) + "</x>".repeat(200_000) + alto.substring(at));
        Path escape = batch.resolve("escape/mets.xml");
        String climb = "../".repeat(12) + secret.toString().substring(1);
        Files.writeString(escape, Files.readString(escape).replace("xlink:href=\"alto/0002.xml\"", "xlink:href=\"" + climb + "\""));
        Path link = batch.resolve("symlink/alto/0002.xml");
        Files.delete(link);
        Files.createSymbolicLink(link, secret);

        Run run = run(batch.toString());

        assertEquals(1, run.status(), run.out());
        String out = run.out();
        assertTrue(out.contains(batch.resolve("good") + ": valid"), out);
        assertTrue(out.contains(batch.resolve("xxe/mets.xml") + ":2:") && out.contains("has a DOCTYPE"), out);
        assertTrue(out.contains(batch.resolve("deep/alto/0001.xml") + ":") && out.contains("nested more than 256"), out);
        assertTrue(out.contains(climb + ": leads outside the package; not opened"), out);
        assertTrue(out.contains("alto/0002.xml: a symbolic link leads outside the package; not opened"), out);
        assertTrue(out.endsWith("5 packages: 1 valid, 4 invalid\n"), out);
        String sha = org.newspaperingest.profile.Sha256.of(secret);
        assertFalse(out.contains(sha) || out.contains("not for packages") || out.contains("16 bytes"),
                "the file outside was read: " + out);
        assertFalse((out + run.err()).contains("Exception") || (out + run.err()).contains("\tat "), out + run.err());
    }

    /** A 6 MB title gives a METS text node libxml2-based readers (xmllint, lxml) refuse: so does validate. */
    @Test
    void aTextNodeLargerThanLibxml2ReadsIsAProblem() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Path pkg = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("out"));
        Path mets = pkg.resolve("mets.xml");
        Files.writeString(mets, Files.readString(mets).replaceFirst("<mods:title>", "<mods:title>" + "报".repeat(3_400_000)));

        Run run = run(pkg.toString());

        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("mets.xml:0:0: not readable as XML: text of 10200"), run.out());
        assertTrue(run.out().contains("bytes, more than the 10000000 XML readers such as libxml2"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().status());
        assertEquals(2, run("--bogus", "x").status());
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("PACKAGE_DIR"));
    }

    @Test
    void schemasLoadFromInsideAJar() throws IOException {
        Path jar = work.resolve("schemas.jar");
        Path schemas = Path.of("schemas");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(schemas)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry("schemas/" + schemas.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        SchemaSet fromJar = new SchemaSet(URI.create("jar:" + jar.toUri() + "!/schemas/catalog.xml"));
        Issue issue = TestIssues.issue(TestIssues.writeScans(work.resolve("scans")));
        byte[] alto = Xml.toBytes(AltoWriter.write(issue.page(1), "images/0001.png", "ab", issue.articles()));
        assertEquals(List.of(), new SchemaValidator(fromJar).validate(new ByteArrayInputStream(alto), "a.xml"));
        String broken = new String(alto, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("WC=\"[0-9.]+\"", "WC=\"2\"");
        assertEquals(2, new SchemaValidator(fromJar)
                .validate(new ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "a.xml").size());
    }
}
