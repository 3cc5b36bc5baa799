package org.newspaperingest.addedoutput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.model.Issue;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.OutputFormats;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pack.TestIssues;
import org.newspaperingest.validate.PackageValidator;

/**
 * An output added by adding classes only: {@link PlainTextFormat} and its provider, named in this module's
 * {@code src/test/resources/META-INF/services}. The run chooses it by name, the writer writes it, METS lists
 * it in a file group of its own, and the package validates.
 */
class AddedOutputTest {

    @Test
    void theAddedOutputIsFoundBesideTheBundledOnesAndEachBringsWhatItNeeds() {
        assertEquals(Set.of("alto", "access", "pdf", "iiif", "text"), OutputFormats.available().keySet());
        assertEquals(List.of("alto", "access", "iiif"), names(Pipelines.outputs(List.of("iiif"), Optional.empty(),
                Optional.empty())), "a manifest painted with access images brings them");
        assertEquals(List.of("alto", "iiif"), names(Pipelines.outputs(List.of("iiif"), Optional.empty(),
                Optional.of("https://images.example/iiif/3"))), "one painted by an image service does not");
        assertEquals(List.of("alto", "text"), names(Pipelines.outputs(List.of(" Text "), Optional.empty(),
                Optional.empty())));
    }

    @Test
    void aPackageCarriesTheAddedOutputListedInMetsAndValidates(@TempDir Path work) throws IOException {
        List<Path> scans = TestIssues.writeScans(work.resolve("scans"));
        Issue issue = TestIssues.issue(scans);
        List<OutputFormat> outputs = Pipelines.outputs(List.of("text"), Optional.empty(), Optional.empty());

        Path pkg = new PackageWriter(PackageWriter.Images.COPY, Clock.systemUTC(), outputs)
                .write(issue, scans, work.resolve("out"));

        assertEquals(issue.pages().get(1).text(), Files.readString(pkg.resolve("text/0002.txt")));
        String mets = Files.readString(pkg.resolve("mets.xml"));
        assertTrue(mets.contains("USE=\"" + PlainTextFormat.USE + "\""), "a file group of its own");
        assertTrue(mets.contains("xlink:href=\"text/0001.txt\""));
        assertEquals(List.of(), new PackageValidator(OutputFormats.all()).validate(pkg));
    }

    private static List<String> names(List<OutputFormat> formats) {
        return formats.stream().map(OutputFormat::name).toList();
    }
}
