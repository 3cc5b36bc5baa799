package org.newspaperingest.pdfa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.AccessImageFormat;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageLayout.PackageFile;

/**
 * The issue as one searchable PDF/A-2b ({@code pdf/<issue-id>.pdf}, see {@link #href}), as digitisation vendors deliver it
 * beside METS/ALTO: each page's image with the ALTO text laid invisibly over it, character by character, so
 * a reader finds and selects the words where they are printed. Page images are the access JPEGs when the
 * package has them, else made from the masters the same way.
 */
public final class SearchablePdfFormat implements OutputFormat {

    public static final String NAME = "pdf";
    /** The METS group of files offered for download, as the DFG viewer names it. */
    public static final String USE = "DOWNLOAD";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String use() {
        return USE;
    }

    @Override
    public String idPrefix() {
        return "PDF";
    }

    @Override
    public List<OutputFile> write(Issue issue, PackageSoFar written) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (Page page : issue.pages()) {
            java.util.Optional<PackageFile> access = written.layout().file(AccessImageFormat.USE, page.sequence());
            images.add(access.isPresent() ? Files.readAllBytes(written.resolve(access.get()))
                    : AccessImageFormat.jpeg(written.resolve(written.layout().page(page.sequence()).image()), page));
        }
        byte[] pdf = SearchablePdf.write(issue, images);
        return List.of(new OutputFile(OutputFile.WHOLE_ISSUE, href(issue), "application/pdf", pdf));
    }

    /** Named after the issue when its ID is a plain URL path segment, else {@code issue.pdf} (hrefs stay valid URLs). */
    public static String href(Issue issue) {
        return "pdf/" + (issue.id().matches("[A-Za-z0-9._-]+") ? issue.id() : "issue") + ".pdf";
    }

    @Override
    public List<String> check(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String xmp = pdf.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return xmp.contains("<pdfaid:part>2</pdfaid:part>") ? List.of()
                    : List.of("does not declare itself PDF/A-2 in its XMP metadata");
        } catch (IOException e) {
            return List.of("not a readable PDF: " + e.getMessage());
        }
    }
}
