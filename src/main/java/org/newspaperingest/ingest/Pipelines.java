package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.layout.RuleBasedLayoutAnalyzer;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.OutputFormats;
import org.newspaperingest.pack.OutputSettings;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.structure.RuleGridArticleAssembler;

/** The standard pipeline: the one implementation of each stage the project ships. */
public final class Pipelines {
    /** The engine that reads the samples best (see the README's figures). */
    public static final String DEFAULT_ENGINE = OcrEngines.PP_OCRV4;

    private Pipelines() {
    }

    /**
     * The outputs named ({@code alto}, {@code access}, {@code pdf}, {@code iiif}, or any added on the class path),
     * with those they build on, in writing order; ALTO is always written and need not be named.
     *
     * @param iiifBaseUrl      where the output folder will be published, for the manifest's IDs
     * @param iiifImageService an IIIF Image API service serving the pages as {@code <issue-id>-0001}...
     * @throws IllegalArgumentException naming an unknown output
     */
    public static List<OutputFormat> outputs(Collection<String> names, Optional<String> iiifBaseUrl,
                                             Optional<String> iiifImageService) {
        return OutputFormats.select(names, new OutputSettings(iiifBaseUrl, iiifImageService));
    }

    /** Every output, for checking packages whatever they carry. */
    public static List<OutputFormat> allOutputs() {
        return OutputFormats.all();
    }

    /**
     * @param engine   an engine name or alias (see {@link OcrEngines#available()})
     * @param debugDir where to write one layout overlay PNG per page, if wanted
     * @throws IllegalArgumentException for an unknown engine name
     */
    public static Pipeline standard(String engine, PackageWriter writer, Optional<Path> debugDir) {
        return new Pipeline(new TikaPageImageReader(), new OpenCvPreprocessor(), new RuleBasedLayoutAnalyzer(),
                OcrEngines.supplier(engine), new RuleGridArticleAssembler(), writer, debugDir);
    }
}
