package org.newspaperingest.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The package profile's schemas (METS, MODS, MIX, PREMIS, ALTO) compiled once into one {@link Schema},
 * so that METS's lax {@code xmlData} content is checked too. Every import is resolved through
 * {@code schemas/catalog.xml}; nothing is fetched from the network.
 *
 * <p>Where the schemas are found, first match wins:
 * <ol>
 *   <li>the folder named by the system property {@code newspaperingest.schemas};</li>
 *   <li>{@code schemas/} in the working directory (a checkout);</li>
 *   <li>{@code schemas/} beside the running jar, or one level above it ({@code target/..});</li>
 *   <li>the classpath resource {@code /schemas/catalog.xml} (the build copies {@code schemas/} into the jar).</li>
 * </ol>
 */
public final class SchemaSet {

    public static final String PROPERTY = "newspaperingest.schemas";
    private static final String[] ENTRY_POINTS = {
        "mets/mets-1-12-1.xsd", "mods/mods-3-8.xsd", "mix/mix20.xsd", "premis/premis-v3-0.xsd", "alto/alto-4-4.xsd"};

    private static volatile SchemaSet shared;

    private final URI catalog;
    private final Schema schema;
    private final CatalogResolver resolver;

    SchemaSet(URI catalog) {
        this.catalog = catalog;
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "strict")
                .with(CatalogFeatures.Feature.PREFER, "system")
                .build();
        this.resolver = CatalogManager.catalogResolver(features, catalog);
        // The JDK's own implementation, whatever XML parsers other libraries bring onto the classpath.
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setResourceResolver(resolver);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            List<Source> sources = new ArrayList<>();
            List<InputStream> streams = new ArrayList<>();
            try {
                for (String entry : ENTRY_POINTS) {
                    URL url = new URL(catalog.toURL(), entry); // URL resolution also works inside jar: URLs
                    InputStream in = url.openStream();
                    streams.add(in);
                    sources.add(new StreamSource(in, url.toString()));
                }
                this.schema = factory.newSchema(sources.toArray(Source[]::new));
            } finally {
                for (InputStream in : streams) {
                    in.close();
                }
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load the schemas from " + catalog + ": " + e.getMessage(), e);
        }
    }

    /** The schemas found as described above, loaded once per process. */
    public static SchemaSet shared() {
        SchemaSet result = shared;
        if (result == null) {
            synchronized (SchemaSet.class) {
                result = shared;
                if (result == null) {
                    result = new SchemaSet(locateCatalog());
                    shared = result;
                }
            }
        }
        return result;
    }

    /** Schemas from an explicit folder holding {@code catalog.xml}. */
    public static SchemaSet of(Path schemasDir) {
        return new SchemaSet(schemasDir.toAbsolutePath().resolve("catalog.xml").toUri());
    }

    public Schema schema() {
        return schema;
    }

    public CatalogResolver resolver() {
        return resolver;
    }

    public URI catalog() {
        return catalog;
    }

    static URI locateCatalog() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path catalog = Path.of(property).toAbsolutePath().resolve("catalog.xml");
            if (!Files.isRegularFile(catalog)) {
                throw new IllegalStateException(PROPERTY + "=" + property + ": no catalog.xml there");
            }
            return catalog.toUri();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("schemas"));
        jarDirectory().ifPresent(dir -> {
            candidates.add(dir.resolve("schemas"));
            if (dir.getParent() != null) {
                candidates.add(dir.getParent().resolve("schemas"));
            }
        });
        for (Path candidate : candidates) {
            Path catalog = candidate.toAbsolutePath().resolve("catalog.xml");
            if (Files.isRegularFile(catalog) && Files.isRegularFile(catalog.resolveSibling(ENTRY_POINTS[0]))) {
                return catalog.toUri();
            }
        }
        URL resource = SchemaSet.class.getResource("/schemas/catalog.xml");
        if (resource != null) {
            try {
                return resource.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("schemas not found: set -D" + PROPERTY + "=DIR or run from the project folder");
    }

    private static java.util.Optional<Path> jarDirectory() {
        try {
            URL location = SchemaSet.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            return java.util.Optional.ofNullable(Files.isDirectory(path) ? path : path.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
