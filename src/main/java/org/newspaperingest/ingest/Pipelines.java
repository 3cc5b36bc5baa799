package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.Optional;
import org.newspaperingest.layout.RuleBasedLayoutAnalyzer;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.structure.RuleGridArticleAssembler;

/** The standard pipeline: the one implementation of each stage the project ships. */
public final class Pipelines {
    /** The engine that reads the samples best (see the README's figures). */
    public static final String DEFAULT_ENGINE = OcrEngines.PADDLE;

    private Pipelines() {
    }

    /**
     * @param engine   {@code paddle} or {@code tesseract}
     * @param debugDir where to write one layout overlay PNG per page, if wanted
     * @throws IllegalArgumentException for an unknown engine name
     */
    public static Pipeline standard(String engine, PackageWriter writer, Optional<Path> debugDir) {
        return new Pipeline(new TikaPageImageReader(), new OpenCvPreprocessor(), new RuleBasedLayoutAnalyzer(),
                OcrEngines.supplier(engine), new RuleGridArticleAssembler(), writer, debugDir);
    }
}
