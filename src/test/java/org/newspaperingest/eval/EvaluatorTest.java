package org.newspaperingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.cli.EvalCommand;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;
import picocli.CommandLine;

class EvaluatorTest {
    @TempDir
    Path work;
    Path truth;
    Path candidate;

    @BeforeEach
    void writePackages() throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        truth = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("truth"));
        candidate = new PackageWriter().write(TestIssues.issue(scans), scans, work.resolve("out"));
    }

    private EvalReport evaluate() throws IOException {
        return Evaluator.evaluate(PackageReader.read(truth), PackageReader.read(candidate));
    }

    @Test
    void packageAgainstItselfHasNoErrors() throws IOException {
        EvalReport report = evaluate();
        assertEquals(0, report.total().charErrors());
        assertEquals(0, report.total().wordErrors());
        assertEquals(0.0, report.total().cer());
        assertEquals(1.0, report.total().bagF1());
        assertTrue(report.total().truthChars() > 100);
        assertEquals(3, report.articles().size());
        report.articles().forEach(a -> {
            assertEquals(a.truthId(), a.matchedId());
            assertEquals(0, a.scores().charErrors());
        });
    }

    @Test
    void threeCharactersChangedInOneWordCountAsThreeCharacterAndOneWordError() throws IOException {
        replaceContent(candidate.resolve("alto/0001.xml"), "完成率", "戍举辛"); // 3 substitutions
        EvalReport report = evaluate();
        assertEquals(3, report.pages().get(0).scores().charErrors());
        assertEquals(1, report.pages().get(0).scores().wordErrors());
        assertEquals(0, report.pages().get(1).scores().charErrors());
        assertEquals(3, report.total().charErrors());
        EvalReport.ArticleScore story = report.articles().get(1);
        assertEquals("A0002", story.matchedId());
        assertEquals(3, story.scores().charErrors());
        assertEquals((double) 3 / report.total().truthChars(), report.total().cer(), 1e-12);
        assertEquals(report.total().truthChars() - 3, report.total().bagMatched());
    }

    @Test
    void deletionAndReorderingAreCountedAsSuch() throws IOException {
        replaceContent(candidate.resolve("alto/0002.xml"), "诚聘", "聘"); // one character missing
        EvalReport report = evaluate();
        assertEquals(1, report.pages().get(1).scores().charErrors());
        assertEquals(report.pages().get(1).scores().truthChars() - 1, report.pages().get(1).scores().bagMatched());

        // swapping two words is two word errors, but the same bag of characters
        replaceContent(candidate.resolve("alto/0002.xml"), "聘", "诚聘");
        Path alto = candidate.resolve("alto/0002.xml");
        String text = Files.readString(alto, StandardCharsets.UTF_8);
        text = text.replace("CONTENT=\"会计\"", "CONTENT=\"@@\"").replace("CONTENT=\"电话\"", "CONTENT=\"会计\"")
                .replace("CONTENT=\"@@\"", "CONTENT=\"电话\"");
        Files.writeString(alto, text, StandardCharsets.UTF_8);
        Scores swapped = evaluate().pages().get(1).scores();
        assertEquals(2, swapped.wordErrors());
        assertEquals(4, swapped.charErrors());
        assertEquals(1.0, swapped.bagF1());
    }

    @Test
    void normalizationIgnoresWhitespaceAndWidth() {
        assertEquals("ABC123(上接一版)", TextMetrics.normalize("ＡＢＣ １２３ （上接一版）\n"));
        assertEquals(0, Scores.of(List.of("ＡＢＣ"), List.of("A B C")).charErrors());
    }

    @Test
    void missingArticleScoresAsAllErrors() throws IOException {
        var truthIssue = PackageReader.read(truth);
        var candidateIssue = PackageReader.read(candidate);
        var noAds = new org.newspaperingest.model.Issue(candidateIssue.id(), candidateIssue.metadata(),
                candidateIssue.pages(), candidateIssue.articles().subList(0, 2), List.of());
        EvalReport report = Evaluator.evaluate(truthIssue, noAds);
        EvalReport.ArticleScore ad = report.articles().get(2);
        assertNull(ad.matchedId());
        assertEquals(ad.scores().truthChars(), ad.scores().charErrors());
    }

    @Test
    void commandPrintsTableAndWritesJson() throws IOException {
        replaceContent(candidate.resolve("alto/0001.xml"), "完成率", "完成");
        Path json = work.resolve("scores.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvalCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int status = command.execute("--truth", truth.toString(), candidate.toString(), "--json", json.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("page 1 (1)"), out.toString());
        assertTrue(out.toString().contains("A0002 农机手忙检修"), out.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.get("total").get("charErrors").asInt());
        assertEquals(1, root.get("pages").get(0).get("scores").get("charErrors").asInt());
        assertEquals("A0002", root.get("articles").get(1).get("matchedId").asText());

        assertEquals(1, command.execute("--truth", work.resolve("nothing").toString(), candidate.toString()));
        assertTrue(err.toString().contains("nothing: mets.xml: missing"), err.toString());
        assertEquals(2, command.execute(candidate.toString()));
    }

    /** An href into another package (absolute or climbing out), and a 200,000-deep ALTO: one line, exit 1. */
    @Test
    void aHostilePackageIsRefusedInOneLineAndNothingOutsideItIsRead() throws IOException {
        Path mets = candidate.resolve("mets.xml");
        String original = Files.readString(mets);
        Path other = truth.resolve("alto/0001.xml").toAbsolutePath();
        for (String href : List.of(other.toUri().toString(), other.toString(),
                "../../" + work.relativize(other).toString().replace('\\', '/'))) {
            Files.writeString(mets, original.replace("xlink:href=\"alto/0001.xml\"", "xlink:href=\"" + href + "\""));
            StringWriter err = new StringWriter();
            int status = evalCommand(err).execute("--truth", truth.toString(), candidate.toString());
            assertEquals(1, status, href);
            assertEquals("eval: " + candidate + ": mets.xml: page 1: " + href + ": "
                    + (href.startsWith("../") ? "leads outside the package" : "not a relative href") + "; not opened\n",
                    err.toString());
        }
        Files.writeString(mets, original);
        Path alto = candidate.resolve("alto/0002.xml");
        String text = Files.readString(alto);
        int at = text.indexOf("</Description>");
        Files.writeString(alto, text.substring(0, at) + "<x>".repeat(200_000) + "</x>".repeat(200_000) + text.substring(at));
        StringWriter err = new StringWriter();
        assertEquals(1, evalCommand(err).execute("--truth", truth.toString(), candidate.toString()));
        assertTrue(err.toString().startsWith("eval: " + candidate + ": alto/0002.xml:"), err.toString());
        assertTrue(err.toString().contains("nested more than 256 levels deep"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    private static CommandLine evalCommand(StringWriter err) {
        CommandLine command = new CommandLine(new EvalCommand());
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(err));
        return command;
    }

    private static void replaceContent(Path alto, String from, String to) throws IOException {
        String text = Files.readString(alto, StandardCharsets.UTF_8);
        String needle = "CONTENT=\"" + from + "\"";
        assertTrue(text.contains(needle), needle);
        Files.writeString(alto, text.replace(needle, "CONTENT=\"" + to + "\""), StandardCharsets.UTF_8);
    }
}
