package org.newspaperingest.pack;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.profile.PackageProfile;

/** ALTO 4.4 per page ({@code alto/0001.xml}), the package's text: always written, first of the outputs. */
public final class AltoFormat implements OutputFormat {

    public static final String NAME = "alto";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String use() {
        return PackageProfile.TEXT_GROUP;
    }

    @Override
    public String idPrefix() {
        return "ALTO";
    }

    @Override
    public List<OutputFile> write(Issue issue, PackageSoFar written) {
        List<OutputFile> files = new ArrayList<>();
        for (Page page : issue.pages()) {
            PackageLayout.PackageFile image = written.layout().page(page.sequence()).image();
            byte[] alto = Xml.toBytes(AltoWriter.write(page, image.href(), image.sha256(), issue.articles()));
            files.add(new OutputFile(page.sequence(), href(page.sequence()), "text/xml", alto));
        }
        return files;
    }

    public static String href(int sequence) {
        return PackageProfile.ALTO_DIR + "/" + MetsWriter.fourDigits(sequence) + ".xml";
    }
}
