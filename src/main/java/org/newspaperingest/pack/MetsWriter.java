package org.newspaperingest.pack;

import static org.newspaperingest.pack.Xml.attr;
import static org.newspaperingest.pack.Xml.child;
import static org.newspaperingest.pack.Xml.text;
import static org.newspaperingest.profile.PackageProfile.MASTER_GROUP;
import static org.newspaperingest.profile.PackageProfile.METS;
import static org.newspaperingest.profile.PackageProfile.MIX;
import static org.newspaperingest.profile.PackageProfile.MODS;
import static org.newspaperingest.profile.PackageProfile.PREMIS;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nu.xom.Document;
import nu.xom.Element;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageLayout.PackageFile;
import org.newspaperingest.pack.PackageLayout.PageFiles;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.profile.Software;

/**
 * Writes the issue's METS 1.12.1 document as the package profile describes it: MODS for the issue and
 * each article, MIX per page image, PREMIS for the ingest event, fileSec, physical and logical structure
 * maps and the links between articles and pages. Pure: the same arguments give the same document.
 */
public final class MetsWriter {

    public static final String ISSUE_DMD_ID = "DMD_ISSUE";
    /** MIX object identifier types this writer uses and the reader relies on. */
    public static final String ID_TYPE_PACKAGE_FILE = "package file";
    public static final String ID_TYPE_SOURCE_FILE = "source file name";
    public static final String ID_TYPE_PAGE_IN_FILE = "page index in file (0-based)";
    /**
     * {@code metsHdr/altRecordID} type naming the scan folder the package was made from, below the scan root
     * ({@code a b/x}): several folders can give one package name, and a re-run compares this before it
     * takes an existing package as the folder's own.
     */
    public static final String ALT_ID_SOURCE_FOLDER = "source folder";
    /** MODS note type keeping a jump line whose partner page was not found. */
    public static final String NOTE_UNRESOLVED_JUMP = "unresolved jump";

    private MetsWriter() {
    }

    public static Document write(Issue issue, PackageLayout files, Instant created) {
        return write(issue, files, created, Optional.empty());
    }

    /** @param sourceFolder the scan folder below the scan root, recorded as the header's source-folder altRecordID */
    public static Document write(Issue issue, PackageLayout files, Instant created, Optional<String> sourceFolder) {
        Instant when = created.truncatedTo(ChronoUnit.SECONDS);
        Element mets = new Element("mets:mets", METS);
        mets.addNamespaceDeclaration("mods", MODS);
        mets.addNamespaceDeclaration("mix", MIX);
        mets.addNamespaceDeclaration("premis", PREMIS);
        mets.addNamespaceDeclaration("xlink", PackageProfile.XLINK);
        Xml.schemaLocation(mets, METS, PackageProfile.METS_XSD, MODS, PackageProfile.MODS_XSD, MIX, PackageProfile.MIX_XSD,
                PREMIS, PackageProfile.PREMIS_XSD);
        attr(mets, "OBJID", issue.id());
        attr(mets, "TYPE", "Newspaper");
        attr(mets, "LABEL", issueLabel(issue.metadata()));

        Element header = child(mets, METS, "mets:metsHdr");
        attr(header, "CREATEDATE", when.toString());
        Element agent = child(header, METS, "mets:agent");
        attr(agent, "ROLE", "CREATOR");
        attr(agent, "TYPE", "OTHER");
        attr(agent, "OTHERTYPE", "SOFTWARE");
        text(agent, METS, "mets:name", softwareName());
        sourceFolder.ifPresent(folder -> attr(text(header, METS, "mets:altRecordID", folder), "TYPE", ALT_ID_SOURCE_FOLDER));

        mets.appendChild(dmdSec(ISSUE_DMD_ID, issueMods(issue)));
        for (Article article : issue.articles()) {
            mets.appendChild(dmdSec(dmdId(article), articleMods(article, articleLanguage(issue, article))));
        }
        mets.appendChild(amdSec(issue, files, when));
        mets.appendChild(fileSec(issue, files));
        mets.appendChild(physicalMap(issue, files));
        mets.appendChild(logicalMap(issue, files));
        Element structLink = structLink(issue);
        if (structLink != null) {
            mets.appendChild(structLink);
        }
        return new Document(mets);
    }

    public static String softwareName() {
        return Software.nameAndVersion();
    }

    public static String imageFileId(PackageLayout files, int sequence) {
        // Pages sharing one multi-page source share the file named after the first of them.
        String href = files.page(sequence).image().href();
        int first = files.pages().stream().filter(p -> p.image().href().equals(href))
                .mapToInt(PageFiles::sequence).min().orElse(sequence);
        return "IMG_" + fourDigits(first);
    }

    public static String altoFileId(int sequence) {
        return "ALTO_" + fourDigits(sequence);
    }

    public static String physicalPageId(int sequence) {
        return "PHYS_" + fourDigits(sequence);
    }

    public static String techMdId(int sequence) {
        return "TECHMD_" + fourDigits(sequence);
    }

    public static String articleDivId(Article article) {
        return "LOG_" + Xml.ncName(article.id());
    }

    static String dmdId(Article article) {
        return "DMD_" + Xml.ncName(article.id());
    }

    public static String fourDigits(int number) {
        return String.format(Locale.ROOT, "%04d", number);
    }

    private static String issueLabel(IssueMetadata metadata) {
        StringBuilder label = new StringBuilder(metadata.title() == null ? "" : metadata.title());
        metadata.date().ifPresent(d -> label.append(' ').append(d));
        metadata.number().ifPresent(n -> label.append(" No. ").append(n));
        return label.toString().trim();
    }

    private static Element dmdSec(String id, Element mods) {
        Element dmd = new Element("mets:dmdSec", METS);
        attr(dmd, "ID", id);
        Element wrap = child(dmd, METS, "mets:mdWrap");
        attr(wrap, "MDTYPE", "MODS");
        attr(wrap, "MIMETYPE", "text/xml");
        child(wrap, METS, "mets:xmlData").appendChild(mods);
        return dmd;
    }

    private static Element issueMods(Issue issue) {
        IssueMetadata metadata = issue.metadata();
        Element mods = new Element("mods:mods", MODS);
        attr(mods, "version", "3.8");
        Element titleInfo = child(mods, MODS, "mods:titleInfo");
        text(titleInfo, MODS, "mods:title", nullToEmpty(metadata.title()));
        text(mods, MODS, "mods:typeOfResource", "text");
        text(mods, MODS, "mods:genre", "newspaper issue");
        Element origin = child(mods, MODS, "mods:originInfo");
        metadata.date().ifPresent(date -> {
            Element issued = text(origin, MODS, "mods:dateIssued", date.toString());
            attr(issued, "encoding", "iso8601");
            attr(issued, "keyDate", "yes");
        });
        metadata.edition().ifPresent(edition -> text(origin, MODS, "mods:edition", edition));
        text(origin, MODS, "mods:issuance", "serial");
        language(mods, metadata.language());
        Element physical = child(mods, MODS, "mods:physicalDescription");
        Element extent = text(physical, MODS, "mods:extent", Integer.toString(issue.pages().size()));
        attr(extent, "unit", "pages");
        text(physical, MODS, "mods:digitalOrigin", "reformatted digital");
        metadata.number().ifPresent(number -> {
            Element part = child(mods, MODS, "mods:part");
            Element detail = child(part, MODS, "mods:detail");
            attr(detail, "type", "issue");
            text(detail, MODS, "mods:number", number);
        });
        for (String note : metadata.notes()) {
            text(mods, MODS, "mods:note", note);
        }
        return mods;
    }

    private static Element articleMods(Article article, String language) {
        Element mods = new Element("mods:mods", MODS);
        attr(mods, "version", "3.8");
        if (!isBlank(article.title()) || !isBlank(article.subtitle())) {
            Element titleInfo = child(mods, MODS, "mods:titleInfo");
            text(titleInfo, MODS, "mods:title", nullToEmpty(article.title()));
            if (!isBlank(article.subtitle())) {
                text(titleInfo, MODS, "mods:subTitle", article.subtitle());
            }
        }
        for (Article.Name name : article.names()) {
            Element nameElement = child(mods, MODS, "mods:name");
            attr(nameElement, "type", "personal");
            text(nameElement, MODS, "mods:namePart", nullToEmpty(name.name()));
            if (!isBlank(name.printed())) {
                text(nameElement, MODS, "mods:displayForm", name.printed());
            }
            Element role = child(nameElement, MODS, "mods:role");
            Element code = text(role, MODS, "mods:roleTerm", "aut");
            attr(code, "type", "code");
            attr(code, "authority", "marcrelator");
            if (!isBlank(name.role())) {
                Element printedRole = text(role, MODS, "mods:roleTerm", name.role());
                attr(printedRole, "type", "text");
            }
        }
        text(mods, MODS, "mods:genre", genre(article.kind()));
        language(mods, language);
        article.unresolvedJump().ifPresent(jump -> {
            Element note = text(mods, MODS, "mods:note", jump);
            attr(note, "type", NOTE_UNRESOLVED_JUMP);
        });
        return mods;
    }

    /**
     * The language most of the article's characters are read in: an issue catalogued as simplified Chinese
     * may carry a page or an advertisement in traditional type, and its blocks say so.
     */
    static String articleLanguage(Issue issue, Article article) {
        Map<String, Integer> characters = new LinkedHashMap<>();
        for (BlockRef ref : article.allRefs()) {
            issue.block(ref).filter(block -> !isBlank(block.language()))
                    .ifPresent(block -> characters.merge(block.language(), block.text().length(), Integer::sum));
        }
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(issue.metadata().language());
    }

    static String genre(Article.Kind kind) {
        return switch (kind) {
            case ARTICLE -> "article";
            case TITLE_SECTION -> "title section";
            case ADVERTISEMENT -> "advertisement";
            case ILLUSTRATION -> "illustration";
        };
    }

    private static void language(Element mods, String language) {
        if (isBlank(language)) {
            return;
        }
        Element term = text(child(mods, MODS, "mods:language"), MODS, "mods:languageTerm", language);
        attr(term, "type", "code");
        attr(term, "authority", "rfc5646");
    }

    private static Element amdSec(Issue issue, PackageLayout files, Instant created) {
        Element amd = new Element("mets:amdSec", METS);
        attr(amd, "ID", "AMD");
        for (Page page : issue.pages()) {
            Element techMd = child(amd, METS, "mets:techMD");
            attr(techMd, "ID", techMdId(page.sequence()));
            Element wrap = child(techMd, METS, "mets:mdWrap");
            attr(wrap, "MDTYPE", "NISOIMG");
            attr(wrap, "MIMETYPE", "text/xml");
            PackageFile file = files.page(page.sequence()).image();
            ImageFile image = page.image() != null ? page.image()
                    : new ImageFile("", file.mimeType(), file.size(), file.sha256(), 0, 0, 0, 0, 0, 0, 0, "");
            child(wrap, METS, "mets:xmlData").appendChild(mix(image, file));
        }
        amd.appendChild(premisEvent(issue, created));
        amd.appendChild(premisAgent());
        return amd;
    }

    private static Element mix(ImageFile image, PackageFile file) {
        Element mix = new Element("mix:mix", MIX);
        Element basic = child(mix, MIX, "mix:BasicDigitalObjectInformation");
        objectIdentifier(basic, ID_TYPE_PACKAGE_FILE, file.href());
        objectIdentifier(basic, ID_TYPE_SOURCE_FILE, image.fileName());
        objectIdentifier(basic, ID_TYPE_PAGE_IN_FILE, Integer.toString(image.pageInFile()));
        text(basic, MIX, "mix:fileSize", Long.toString(file.size()));
        Element format = child(basic, MIX, "mix:FormatDesignation");
        text(format, MIX, "mix:formatName", file.mimeType());
        if (!isBlank(image.formatVersion())) {
            text(format, MIX, "mix:formatVersion", image.formatVersion());
        }
        if (!isBlank(image.compression())) {
            text(child(basic, MIX, "mix:Compression"), MIX, "mix:compressionScheme", image.compression());
        }
        Element fixity = child(basic, MIX, "mix:Fixity");
        text(fixity, MIX, "mix:messageDigestAlgorithm", "SHA-256");
        text(fixity, MIX, "mix:messageDigest", file.sha256());

        Element imageInfo = child(mix, MIX, "mix:BasicImageInformation");
        Element characteristics = child(imageInfo, MIX, "mix:BasicImageCharacteristics");
        if (image.width() > 0 && image.height() > 0) {
            text(characteristics, MIX, "mix:imageWidth", Integer.toString(image.width()));
            text(characteristics, MIX, "mix:imageHeight", Integer.toString(image.height()));
        }
        Element photometric = child(characteristics, MIX, "mix:PhotometricInterpretation");
        text(photometric, MIX, "mix:colorSpace", colorSpace(image));

        Element assessment = child(mix, MIX, "mix:ImageAssessmentMetadata");
        if (image.xResolution() > 0 && image.yResolution() > 0) {
            Element spatial = child(assessment, MIX, "mix:SpatialMetrics");
            text(spatial, MIX, "mix:samplingFrequencyPlane", "object plane");
            text(spatial, MIX, "mix:samplingFrequencyUnit", "in.");
            rational(spatial, "mix:xSamplingFrequency", image.xResolution());
            rational(spatial, "mix:ySamplingFrequency", image.yResolution());
        }
        Element encoding = child(assessment, MIX, "mix:ImageColorEncoding");
        if (image.bitsPerSample() > 0) {
            Element bits = child(encoding, MIX, "mix:BitsPerSample");
            int samples = Math.max(1, image.samplesPerPixel());
            for (int i = 0; i < samples; i++) {
                text(bits, MIX, "mix:bitsPerSampleValue", Integer.toString(image.bitsPerSample()));
            }
            text(bits, MIX, "mix:bitsPerSampleUnit", "integer");
        }
        if (image.samplesPerPixel() > 0) {
            text(encoding, MIX, "mix:samplesPerPixel", Integer.toString(image.samplesPerPixel()));
        }
        return mix;
    }

    /** Colour space as TIFF's photometric interpretation names it. */
    static String colorSpace(ImageFile image) {
        if (image.samplesPerPixel() >= 3) {
            return "RGB";
        }
        return image.bitsPerSample() == 1 ? "WhiteIsZero" : "BlackIsZero";
    }

    private static void objectIdentifier(Element parent, String type, String value) {
        Element identifier = child(parent, MIX, "mix:ObjectIdentifier");
        text(identifier, MIX, "mix:objectIdentifierType", type);
        text(identifier, MIX, "mix:objectIdentifierValue", nullToEmpty(value));
    }

    /** Resolution as a rational with denominator 100, so 299.99 dpi survives. */
    private static void rational(Element parent, String name, double value) {
        Element rational = child(parent, MIX, name);
        long hundredths = Math.round(value * 100);
        long denominator = hundredths % 100 == 0 ? 1 : 100;
        text(rational, MIX, "mix:numerator", Long.toString(denominator == 1 ? hundredths / 100 : hundredths));
        text(rational, MIX, "mix:denominator", Long.toString(denominator));
    }

    private static Element premisEvent(Issue issue, Instant created) {
        Element digiprov = new Element("mets:digiprovMD", METS);
        attr(digiprov, "ID", "DIGIPROV_INGEST");
        Element wrap = child(digiprov, METS, "mets:mdWrap");
        attr(wrap, "MDTYPE", "PREMIS:EVENT");
        attr(wrap, "MIMETYPE", "text/xml");
        Element event = new Element("premis:event", PREMIS);
        attr(event, "version", "3.0");
        child(wrap, METS, "mets:xmlData").appendChild(event);
        Element identifier = child(event, PREMIS, "premis:eventIdentifier");
        text(identifier, PREMIS, "premis:eventIdentifierType", "local");
        text(identifier, PREMIS, "premis:eventIdentifierValue", issue.id() + "-ingest");
        text(event, PREMIS, "premis:eventType", "ingestion");
        text(event, PREMIS, "premis:eventDateTime", created.toString());
        boolean fromText = issue.pages().stream().anyMatch(p -> p.processing() != null && p.processing().fromTextLayer());
        text(child(event, PREMIS, "premis:eventDetailInformation"), PREMIS, "premis:eventDetail", fromText
                ? "pages recognized (layout; text from the PDF's text layer, or OCR; articles) and packaged as METS/ALTO"
                : "scanned pages recognized (layout, OCR, articles) and packaged as METS/ALTO");
        Element outcome = child(event, PREMIS, "premis:eventOutcomeInformation");
        text(outcome, PREMIS, "premis:eventOutcome", issue.warnings().isEmpty() ? "success" : "success with warnings");
        for (String warning : issue.warnings()) {
            text(child(outcome, PREMIS, "premis:eventOutcomeDetail"), PREMIS, "premis:eventOutcomeDetailNote", warning);
        }
        Element agent = child(event, PREMIS, "premis:linkingAgentIdentifier");
        text(agent, PREMIS, "premis:linkingAgentIdentifierType", "software");
        text(agent, PREMIS, "premis:linkingAgentIdentifierValue", softwareName());
        text(agent, PREMIS, "premis:linkingAgentRole", "executing program");
        return digiprov;
    }

    private static Element premisAgent() {
        Element digiprov = new Element("mets:digiprovMD", METS);
        attr(digiprov, "ID", "DIGIPROV_AGENT");
        Element wrap = child(digiprov, METS, "mets:mdWrap");
        attr(wrap, "MDTYPE", "PREMIS:AGENT");
        attr(wrap, "MIMETYPE", "text/xml");
        Element agent = new Element("premis:agent", PREMIS);
        attr(agent, "version", "3.0");
        child(wrap, METS, "mets:xmlData").appendChild(agent);
        Element identifier = child(agent, PREMIS, "premis:agentIdentifier");
        text(identifier, PREMIS, "premis:agentIdentifierType", "software");
        text(identifier, PREMIS, "premis:agentIdentifierValue", softwareName());
        text(agent, PREMIS, "premis:agentName", Software.NAME);
        text(agent, PREMIS, "premis:agentType", "software");
        text(agent, PREMIS, "premis:agentVersion", Software.version());
        return digiprov;
    }

    private static Element fileSec(Issue issue, PackageLayout files) {
        Element fileSec = new Element("mets:fileSec", METS);
        Element master = child(fileSec, METS, "mets:fileGrp");
        attr(master, "ID", "FILEGRP_MASTER");
        attr(master, "USE", MASTER_GROUP);
        Map<String, List<Integer>> pagesByImage = new LinkedHashMap<>();
        for (Page page : issue.pages()) {
            pagesByImage.computeIfAbsent(files.page(page.sequence()).image().href(), h -> new ArrayList<>())
                    .add(page.sequence());
        }
        for (List<Integer> sequences : pagesByImage.values()) {
            int first = sequences.get(0);
            Element file = file(master, imageFileId(files, first), files.page(first).image());
            attr(file, "ADMID", String.join(" ", sequences.stream().map(MetsWriter::techMdId).toList()));
        }
        for (PackageLayout.FileGroup group : files.groups()) {
            Element grp = child(fileSec, METS, "mets:fileGrp");
            attr(grp, "ID", "FILEGRP_" + Xml.ncName(group.use()));
            attr(grp, "USE", group.use());
            for (PackageLayout.PlacedFile placed : group.files()) {
                file(grp, group.fileId(placed.page()), placed.file());
            }
        }
        return fileSec;
    }

    private static Element file(Element group, String id, PackageFile packageFile) {
        Element file = child(group, METS, "mets:file");
        attr(file, "ID", id);
        attr(file, "MIMETYPE", packageFile.mimeType());
        attr(file, "SIZE", packageFile.size());
        attr(file, "CREATED", packageFile.created().truncatedTo(ChronoUnit.SECONDS).toString());
        attr(file, "CHECKSUM", packageFile.sha256());
        attr(file, "CHECKSUMTYPE", PackageProfile.CHECKSUM_TYPE);
        Element location = child(file, METS, "mets:FLocat");
        attr(location, "LOCTYPE", "URL");
        Xml.xlink(location, "href", packageFile.href());
        return file;
    }

    private static Element physicalMap(Issue issue, PackageLayout files) {
        Element map = new Element("mets:structMap", METS);
        attr(map, "ID", "SM_PHYSICAL");
        attr(map, "TYPE", "PHYSICAL");
        Element sequence = child(map, METS, "mets:div");
        attr(sequence, "ID", "PHYS_SEQUENCE");
        attr(sequence, "TYPE", "physSequence");
        // Files of the whole issue (manifest, PDF) belong to the sequence of pages; METS lists fptrs before divs.
        for (PackageLayout.FileGroup group : files.groups()) {
            group.files().stream().filter(f -> f.page() == OutputFormat.OutputFile.WHOLE_ISSUE)
                    .forEach(f -> attr(child(sequence, METS, "mets:fptr"), "FILEID", group.fileId(f.page())));
        }
        for (Page page : issue.pages()) {
            Element div = child(sequence, METS, "mets:div");
            attr(div, "ID", physicalPageId(page.sequence()));
            attr(div, "TYPE", "page");
            attr(div, "ORDER", page.sequence());
            page.label().filter(l -> !l.isBlank()).ifPresent(l -> attr(div, "ORDERLABEL", l));
            attr(div, "ADMID", techMdId(page.sequence()));
            attr(child(div, METS, "mets:fptr"), "FILEID", imageFileId(files, page.sequence()));
            for (PackageLayout.FileGroup group : files.groups()) {
                group.files().stream().filter(f -> f.page() == page.sequence())
                        .forEach(f -> attr(child(div, METS, "mets:fptr"), "FILEID", group.fileId(f.page())));
            }
        }
        return map;
    }

    private static Element logicalMap(Issue issue, PackageLayout files) {
        Element map = new Element("mets:structMap", METS);
        attr(map, "ID", "SM_LOGICAL");
        attr(map, "TYPE", "LOGICAL");
        Element newspaper = child(map, METS, "mets:div");
        attr(newspaper, "ID", "LOG_NEWSPAPER");
        attr(newspaper, "TYPE", "Newspaper");
        attr(newspaper, "LABEL", nullToEmpty(issue.metadata().title()));
        Element issueDiv = child(newspaper, METS, "mets:div");
        attr(issueDiv, "ID", "LOG_ISSUE");
        attr(issueDiv, "TYPE", "ISSUE");
        attr(issueDiv, "LABEL", issueLabel(issue.metadata()));
        attr(issueDiv, "DMDID", ISSUE_DMD_ID);

        if (issue.articles().isEmpty()) {
            // Without recognized articles the issue's text is still reachable, page by page.
            for (Page page : issue.pages()) {
                Element div = child(issueDiv, METS, "mets:div");
                attr(div, "ID", "LOG_PAGE_" + fourDigits(page.sequence()));
                attr(div, "TYPE", "PAGE");
                attr(div, "ORDER", page.sequence());
                Element area = child(child(div, METS, "mets:fptr"), METS, "mets:area");
                attr(area, "FILEID", altoFileId(page.sequence()));
                attr(area, "BETYPE", "IDREF");
                attr(area, "BEGIN", AltoWriter.pageId(page.sequence()));
            }
            return map;
        }
        int order = 0;
        for (Article listed : issue.articles()) {
            order++;
            Article article = onExistingPages(listed, issue.pages().size());
            String divId = articleDivId(article);
            Element div = child(issueDiv, METS, "mets:div");
            attr(div, "ID", divId);
            attr(div, "TYPE", article.kind().name());
            attr(div, "ORDER", order);
            if (!isBlank(article.title())) {
                attr(div, "LABEL", article.title());
            }
            attr(div, "DMDID", dmdId(article));
            if (article.kind() == Article.Kind.ARTICLE) {
                section(div, divId + "_HEADING", "HEADING", article.heading());
                section(div, divId + "_BODY", "BODY", article.body());
                section(div, divId + "_CONTINUATION", "CONTINUATION", article.continuations());
                illustrations(issue, div, divId, article.illustrations());
            } else {
                areas(div, article.allRefs());
            }
        }
        return map;
    }

    /** The article without references to pages the issue does not have (they would dangle in METS). */
    private static Article onExistingPages(Article article, int pageCount) {
        java.util.function.UnaryOperator<List<BlockRef>> keep =
                refs -> refs.stream().filter(r -> r.page() >= 1 && r.page() <= pageCount).toList();
        return new Article(article.id(), article.kind(), article.title(), article.subtitle(), article.names(),
                keep.apply(article.heading()), keep.apply(article.body()), keep.apply(article.continuations()),
                keep.apply(article.illustrations()), article.unresolvedJump());
    }

    /** Each photo starts an ILLUSTRATION div; the captions after it belong to it. */
    private static void illustrations(Issue issue, Element articleDiv, String divId, List<BlockRef> refs) {
        List<List<BlockRef>> groups = new ArrayList<>();
        for (BlockRef ref : refs) {
            boolean isPicture = ref.page() >= 1 && ref.page() <= issue.pages().size()
                    && issue.page(ref.page()).illustration(ref.id()).isPresent();
            if (isPicture || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(ref);
        }
        int number = 0;
        for (List<BlockRef> group : groups) {
            number++;
            section(articleDiv, divId + "_ILLUSTRATION" + number, "ILLUSTRATION", group);
        }
    }

    private static void section(Element parent, String id, String type, List<BlockRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        Element div = child(parent, METS, "mets:div");
        attr(div, "ID", id);
        attr(div, "TYPE", type);
        areas(div, refs);
    }

    private static void areas(Element div, List<BlockRef> refs) {
        if (refs.isEmpty()) {
            return;
        }
        Element seq = child(child(div, METS, "mets:fptr"), METS, "mets:seq");
        for (BlockRef ref : refs) {
            Element area = child(seq, METS, "mets:area");
            attr(area, "FILEID", altoFileId(ref.page()));
            attr(area, "BETYPE", "IDREF");
            attr(area, "BEGIN", Xml.ncName(ref.id()));
        }
    }

    private static Element structLink(Issue issue) {
        Element structLink = new Element("mets:structLink", METS);
        for (Article article : issue.articles()) {
            for (int page : article.pages()) {
                if (page < 1 || page > issue.pages().size()) {
                    continue;
                }
                Element link = child(structLink, METS, "mets:smLink");
                Xml.xlink(link, "from", articleDivId(article));
                Xml.xlink(link, "to", physicalPageId(page));
            }
        }
        return structLink.getChildCount() == 0 ? null : structLink;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
