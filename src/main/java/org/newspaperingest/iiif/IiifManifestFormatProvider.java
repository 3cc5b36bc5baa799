package org.newspaperingest.iiif;

import java.util.List;
import org.newspaperingest.pack.AccessImageFormat;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.OutputFormatProvider;
import org.newspaperingest.pack.OutputSettings;

/** An IIIF Presentation 3 manifest of the issue. */
public final class IiifManifestFormatProvider implements OutputFormatProvider {

    @Override
    public String name() {
        return IiifManifestFormat.NAME;
    }

    /** Without an image service, the canvases are painted with the access images. */
    @Override
    public List<String> needs(OutputSettings settings) {
        return settings.imageService().isPresent() ? List.of() : List.of(AccessImageFormat.NAME);
    }

    @Override
    public OutputFormat create(OutputSettings settings) {
        return new IiifManifestFormat(settings.publicBaseUrl(), settings.imageService());
    }
}
