package org.newspaperingest.spark;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageWriter;
import org.newspaperingest.validate.PackageValidator;

/**
 * What the batch is asked for, as it travels to the executors (by name: engines and formats are made there).
 *
 * @param outputs what packages carry besides METS, ALTO and the masters, as {@code ingest --outputs} names them
 */
record Settings(String engine, List<String> outputs, String iiifBaseUrl, String iiifImageService) implements Serializable {

    Settings {
        outputs = List.copyOf(outputs);
    }

    /** @throws IllegalArgumentException naming an unknown output */
    List<OutputFormat> formats() {
        return Pipelines.outputs(outputs, Optional.ofNullable(iiifBaseUrl), Optional.ofNullable(iiifImageService));
    }

    /** The writer of the plain ingest: master copies, the outputs asked for. */
    PackageWriter writer() {
        return new PackageWriter(PackageWriter.Images.COPY, Clock.systemUTC(), formats());
    }

    PackageValidator validator() {
        return new PackageValidator(formats());
    }
}
