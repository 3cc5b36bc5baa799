package org.newspaperingest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.iiif.IiifManifestFormat;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.pdfa.SearchablePdfFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * What every batch command asks for, in the same words: {@code ingest} on this machine and {@code spark}
 * on a cluster take the same scan folder, output folder, engine and outputs. A picocli mixin.
 */
public final class BatchArguments {

    @Parameters(index = "0", paramLabel = "SCAN_ROOT", description = "Folder tree holding one folder per issue.")
    public Path scanRoot;

    @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "Where packages and reports go.")
    public Path out;

    @Option(names = "--engine", defaultValue = Pipelines.DEFAULT_ENGINE, paramLabel = "NAME",
            completionCandidates = OcrEngines.Names.class,
            description = "OCR engine, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    public String engine;

    @Option(names = "--force", description = "Redo issues whose package is already complete.")
    public boolean force;

    @Option(names = "--outputs", split = ",", paramLabel = "LIST", defaultValue = "access,pdf,iiif",
            description = "What each package carries besides METS, ALTO and the masters: access (a JPEG per page),"
                    + " pdf (a searchable PDF/A-2b of the issue), iiif (an IIIF Presentation 3 manifest; brings access)."
                    + " Default: all of them.")
    List<String> outputs;

    @Option(names = "--no-pdf", description = "No searchable PDF.")
    boolean noPdf;

    @Option(names = "--no-iiif", description = "No IIIF manifest.")
    boolean noIiif;

    @Option(names = "--iiif-base-url", paramLabel = "URL",
            description = "Where OUT_DIR will be published (https://library.example/newspapers/): the manifest's IDs"
                    + " are URLs under it. Without it they are relative to the manifest.")
    public String iiifBaseUrl;

    @Option(names = "--iiif-image-service", paramLabel = "URL",
            description = "An IIIF Image API 3 service serving each page as <issue-id>-0001...: the manifest paints"
                    + " its canvases from it instead of from the access JPEGs.")
    public String iiifImageService;

    /** The outputs asked for by name, {@code --no-pdf} and {@code --no-iiif} taken off. */
    public List<String> outputNames() {
        List<String> chosen = new ArrayList<>(outputs);
        if (noPdf) {
            chosen.remove(SearchablePdfFormat.NAME);
        }
        if (noIiif) {
            chosen.remove(IiifManifestFormat.NAME);
        }
        return chosen;
    }

    /** A usage error when the scan folder is not there. */
    public void requireScanRoot(CommandSpec spec) {
        if (!Files.isDirectory(scanRoot)) {
            throw new ParameterException(spec.commandLine(), scanRoot + ": no such folder");
        }
    }
}
