package org.newspaperingest.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import org.newspaperingest.layout.RuleBasedLayoutAnalyzer;
import org.newspaperingest.ocr.OcrEngines;
import org.newspaperingest.iiif.IiifManifestFormat;
import org.newspaperingest.pack.AccessImageFormat;
import org.newspaperingest.pack.AltoFormat;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.pdfa.SearchablePdfFormat;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.source.TikaPageImageReader;
import org.newspaperingest.structure.RuleGridArticleAssembler;

/** The standard pipeline: the one implementation of each stage the project ships. */
public final class Pipelines {
    /** The engine that reads the samples best (see the README's figures). */
    public static final String DEFAULT_ENGINE = OcrEngines.PP_OCRV4;

    /** The outputs a package can carry besides METS and ALTO, in the order they are written. */
    public static final List<String> OUTPUTS = List.of(AccessImageFormat.NAME, SearchablePdfFormat.NAME,
            IiifManifestFormat.NAME);

    private Pipelines() {
    }

    /**
     * The formats named ({@code alto}, {@code access}, {@code pdf}, {@code iiif}), in writing order, with what
     * they need: an IIIF manifest without an image service paints its canvases with the access images, so
     * naming {@code iiif} brings {@code access}. ALTO is always written and need not be named.
     *
     * @param iiifBaseUrl      where the output folder will be published, for the manifest's IDs
     * @param iiifImageService an IIIF Image API service serving the pages as {@code <issue-id>-0001}...
     * @throws IllegalArgumentException naming an unknown output
     */
    public static List<OutputFormat> outputs(Collection<String> names, Optional<String> iiifBaseUrl,
                                             Optional<String> iiifImageService) {
        Set<String> wanted = new HashSet<>();
        for (String name : names) {
            String plain = name.strip().toLowerCase(Locale.ROOT);
            if (!plain.equals(AltoFormat.NAME) && !OUTPUTS.contains(plain)) {
                throw new IllegalArgumentException("Unknown output '" + name + "': choose from " + AltoFormat.NAME
                        + ", " + String.join(", ", OUTPUTS));
            }
            wanted.add(plain);
        }
        if (wanted.contains(IiifManifestFormat.NAME) && iiifImageService.isEmpty()) {
            wanted.add(AccessImageFormat.NAME);
        }
        List<OutputFormat> formats = new ArrayList<>();
        formats.add(new AltoFormat());
        if (wanted.contains(AccessImageFormat.NAME)) {
            formats.add(new AccessImageFormat());
        }
        if (wanted.contains(SearchablePdfFormat.NAME)) {
            formats.add(new SearchablePdfFormat());
        }
        if (wanted.contains(IiifManifestFormat.NAME)) {
            formats.add(new IiifManifestFormat(iiifBaseUrl, iiifImageService));
        }
        return formats;
    }

    /** Every output, for checking packages whatever they carry. */
    public static List<OutputFormat> allOutputs() {
        List<String> all = new ArrayList<>(OUTPUTS);
        return outputs(all, Optional.empty(), Optional.empty());
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
