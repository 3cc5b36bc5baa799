package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.newspaperingest.layout.LayoutAnalyzer;
import org.newspaperingest.ocr.OcrEngine;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.preprocess.Preprocessor;
import org.newspaperingest.source.PageImageReader;
import org.newspaperingest.structure.ArticleAssembler;

/**
 * The stages one run uses, in pipeline order. Stages are stateless and shared across threads, except OCR
 * engines, of which each worker thread makes its own.
 *
 * @param debugDir where layout overlays are written, one PNG per page, when a person wants to check them
 */
public record Pipeline(PageImageReader reader, Preprocessor preprocessor, LayoutAnalyzer layout,
                       Supplier<OcrEngine> ocrEngines, ArticleAssembler articles, PackageWriter writer,
                       Optional<Path> debugDir) {
}
