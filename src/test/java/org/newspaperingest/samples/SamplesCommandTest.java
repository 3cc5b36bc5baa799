package org.newspaperingest.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspaperingest.validate.PackageValidator;

/** {@code bin/newspaper-ingest samples}: a scan folder and a valid truth package pointing at its scans. */
@Tag("slow")
class SamplesCommandTest {

    @Test
    void writesScansAndAValidTruthPackageThatReferencesThem(@TempDir Path out) throws IOException {
        assertEquals(0, SamplesCommand.run("--out", out.toString(), "--dpi", "100", "--variant", "boxed"));
        Path scans = out.resolve("chaoyang-2026-03-13");
        for (String name : new String[] {"0001.tif", "0002.tif", "0003.tif", "0004.tif", "issue.json"}) {
            assertTrue(Files.isRegularFile(scans.resolve(name)), name);
        }
        assertTrue(Files.readString(scans.resolve("issue.json")).contains("\"number\" : \"3683\""));
        Path truth = out.resolve("truth/chaoyang-2026-03-13");
        assertEquals(java.util.List.of(), new PackageValidator().withScanFolders(java.util.List.of(scans)).validate(truth));
        // without the scans' folder named, the validator does not follow hrefs out of the package
        assertTrue(new PackageValidator().validate(truth).get(0).reason()
                .endsWith("../../chaoyang-2026-03-13/0001.tif: leads outside the package; not opened"));
        String mets = Files.readString(truth.resolve("mets.xml"));
        assertTrue(mets.contains("xlink:href=\"../../chaoyang-2026-03-13/0001.tif\""), "scans referenced, not copied");
        assertTrue(Files.notExists(truth.resolve("images")));
    }

    @Test
    void refusesAnUnknownVariantAsAUsageError(@TempDir Path out) {
        assertEquals(2, SamplesCommand.run("--out", out.toString(), "--variant", "sideways"));
        assertEquals(2, SamplesCommand.run("--out", out.toString(), "--skew", "5"));
    }
}
