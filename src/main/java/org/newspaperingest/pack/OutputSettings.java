package org.newspaperingest.pack;

import java.util.Optional;

/**
 * What a run tells the outputs about where their files will be served; each output reads what concerns it.
 *
 * @param publicBaseUrl where the output folder will be published, for the IDs of linked data (IIIF)
 * @param imageService  an IIIF Image API service serving the pages as {@code <issue-id>-0001}...
 */
public record OutputSettings(Optional<String> publicBaseUrl, Optional<String> imageService) {

    public static final OutputSettings NONE = new OutputSettings(Optional.empty(), Optional.empty());
}
