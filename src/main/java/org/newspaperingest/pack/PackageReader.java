package org.newspaperingest.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.Shape;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;
import org.newspaperingest.profile.PackageProfile;

/**
 * Reads a package ({@code mets.xml} and its ALTO files) back into an {@link Issue}: pages with their
 * blocks, lines, words and glyphs in the reading order the ALTO gives, and articles from the logical
 * structure map. ALTO is read by local names, so ALTO 2 and 3 files (such as reference samples) read too.
 */
public final class PackageReader {

    private PackageReader() {
    }

    /**
     * The scan folder the package was made from, as its METS header records it (see
     * {@link MetsWriter#ALT_ID_SOURCE_FOLDER}); empty when it records none. Reads no further than the header.
     *
     * @throws IOException when {@code mets.xml} is missing or not readable as XML
     */
    public static Optional<String> sourceFolder(Path packageDir) throws IOException {
        Path metsFile = packageDir.resolve(PackageProfile.METS_FILE);
        if (!Files.isRegularFile(metsFile)) {
            throw new IOException(PackageProfile.METS_FILE + ": missing");
        }
        Xml.requireReadableSize(metsFile, PackageProfile.METS_FILE);
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (java.io.InputStream in = Files.newInputStream(metsFile)) {
            javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT && PackageProfile.METS.equals(reader.getNamespaceURI())
                            && "metsHdr".equals(reader.getLocalName())) {
                        return Optional.empty();
                    }
                    if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && PackageProfile.METS.equals(reader.getNamespaceURI()) && "altRecordID".equals(reader.getLocalName())
                            && MetsWriter.ALT_ID_SOURCE_FOLDER.equals(reader.getAttributeValue(null, "TYPE"))) {
                        return Optional.of(reader.getElementText());
                    }
                    if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && PackageProfile.METS.equals(reader.getNamespaceURI()) && "dmdSec".equals(reader.getLocalName())) {
                        return Optional.empty(); // past the header
                    }
                }
                return Optional.empty();
            } finally {
                reader.close();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException(PackageProfile.METS_FILE + ": not readable as XML (" + e.getMessage() + ")", e);
        }
    }

    /** The {@code USE} of every METS file group the package lists, in its order. */
    public static List<String> fileGroups(Path packageDir) throws IOException {
        Element mets = parse(packageDir.resolve(PackageProfile.METS_FILE), PackageProfile.METS_FILE).getRootElement();
        List<String> uses = new ArrayList<>();
        for (Element group : Xml.descendants(mets, PackageProfile.METS, "fileGrp")) {
            uses.add(String.valueOf(group.getAttributeValue("USE")));
        }
        return uses;
    }

    /** Reads {@code packageDir/mets.xml} and every ALTO file it lists. */
    public static Issue read(Path packageDir) throws IOException {
        return read(packageDir, PackageProfile.METS_FILE);
    }

    /** Reads a METS file of another name in {@code packageDir}, as other producers name theirs. */
    public static Issue read(Path packageDir, String metsName) throws IOException {
        Path metsFile = packageDir.resolve(metsName);
        Element mets = parse(metsFile, metsName).getRootElement();
        if (!"mets".equals(mets.getLocalName()) || !PackageProfile.METS.equals(mets.getNamespaceURI())) {
            throw new IOException(metsName + ": not a METS document");
        }
        Map<String, Element> byId = new HashMap<>();
        indexIds(mets, byId);

        // fileSec: file ID -> href and group
        Map<String, String> hrefs = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Element group : Xml.descendants(mets, PackageProfile.METS, "fileGrp")) {
            for (Element file : Xml.descendants(group, PackageProfile.METS, "file")) {
                Element location = file.getFirstChildElement("FLocat", PackageProfile.METS);
                if (location != null) {
                    hrefs.put(file.getAttributeValue("ID"), location.getAttributeValue("href", PackageProfile.XLINK));
                    groups.put(file.getAttributeValue("ID"), group.getAttributeValue("USE"));
                }
            }
        }

        Element physical = structMap(mets, "PHYSICAL");
        List<Element> pageDivs = new ArrayList<>();
        for (Element div : Xml.descendants(physical, PackageProfile.METS, "div")) {
            if ("page".equalsIgnoreCase(div.getAttributeValue("TYPE"))) {
                pageDivs.add(div);
            }
        }
        pageDivs.sort((a, b) -> Integer.compare(intAttr(a, "ORDER", 0), intAttr(b, "ORDER", 0)));

        List<Page> pages = new ArrayList<>();
        Map<String, Integer> pageByAltoFile = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (Element div : pageDivs) {
            int sequence = pages.size() + 1;
            String imageFileId = null;
            String altoFileId = null;
            // FILEID on the fptr (this profile, NDNP) or on areas inside it (docWorks article METS)
            List<String> fileIds = new ArrayList<>();
            for (Element fptr : Xml.children(div, PackageProfile.METS, "fptr")) {
                if (fptr.getAttributeValue("FILEID") != null) {
                    fileIds.add(fptr.getAttributeValue("FILEID"));
                }
                Xml.descendants(fptr, PackageProfile.METS, "area").forEach(a -> fileIds.add(a.getAttributeValue("FILEID")));
            }
            for (String fileId : fileIds) {
                if (isTextGroup(groups.get(fileId))) {
                    altoFileId = altoFileId == null ? fileId : altoFileId;
                } else if (fileId != null && (imageFileId == null || isMasterGroup(groups.get(fileId)))) {
                    imageFileId = imageFileId != null && isMasterGroup(groups.get(imageFileId)) ? imageFileId : fileId;
                }
            }
            if (altoFileId == null) {
                throw new IOException(metsName + ": page " + sequence + " has no ALTO file");
            }
            pageByAltoFile.put(altoFileId, sequence);
            ImageFile image = imageFile(byId.get(firstToken(div.getAttributeValue("ADMID"))),
                    imageFileId == null ? null : hrefs.get(imageFileId));
            String altoHref = hrefs.get(altoFileId);
            Path altoFile;
            try {
                altoFile = PackageHrefs.resolve(packageDir, altoHref);
            } catch (PackageHrefs.RefusedHref refused) {
                throw new IOException(metsName + ": page " + sequence + ": " + refused.getMessage(), refused);
            }
            Page page = readAlto(altoFile, altoHref, sequence, image);
            String label = div.getAttributeValue("ORDERLABEL");
            if (label != null) {
                page = page.withLabel(Optional.of(label));
            }
            labels.add(label == null ? "" : label);
            pages.add(page);
        }

        Element issueDiv = null;
        Element logical = structMap(mets, "LOGICAL");
        for (Element div : logical == null ? List.<Element>of() : Xml.descendants(logical, PackageProfile.METS, "div")) {
            if ("ISSUE".equals(div.getAttributeValue("TYPE"))) {
                issueDiv = div;
                break;
            }
        }
        Element issueMods = mods(byId, issueDiv == null ? MetsWriter.ISSUE_DMD_ID : issueDiv.getAttributeValue("DMDID"));
        IssueMetadata metadata = issueMetadata(issueMods, labels);
        List<Article> articles = new ArrayList<>();
        if (issueDiv != null) {
            for (Element div : logicalUnits(issueDiv)) {
                article(div, byId, pageByAltoFile, pages).ifPresent(articles::add);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (Element note : Xml.descendants(mets, PackageProfile.PREMIS, "eventOutcomeDetailNote")) {
            warnings.add(note.getValue());
        }
        String id = mets.getAttributeValue("OBJID");
        return new Issue(id == null ? packageDir.getFileName().toString() : id, metadata, pages, articles, warnings);
    }

    /**
     * The issue's articles, advertisements, title sections and lone illustrations: divs of those types at
     * any depth (other producers put them inside sections), but not inside one another (an ILLUSTRATION
     * within an ARTICLE belongs to it).
     */
    private static List<Element> logicalUnits(Element parent) {
        List<Element> units = new ArrayList<>();
        for (Element div : Xml.children(parent, PackageProfile.METS, "div")) {
            if (isKind(div.getAttributeValue("TYPE"))) {
                units.add(div);
            } else {
                units.addAll(logicalUnits(div));
            }
        }
        return units;
    }

    private static boolean isKind(String type) {
        for (Article.Kind kind : Article.Kind.values()) {
            if (kind.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMasterGroup(String use) {
        return use != null && (use.equalsIgnoreCase(PackageProfile.MASTER_GROUP) || use.equalsIgnoreCase("Images"));
    }

    /** The group name the writer uses; other producers' {@code Text}, {@code ALTO}, {@code FULLTEXT} are accepted. */
    private static boolean isTextGroup(String use) {
        return use != null && (use.equalsIgnoreCase(PackageProfile.TEXT_GROUP) || use.equalsIgnoreCase("ALTO")
                || use.equalsIgnoreCase("FULLTEXT") || use.equalsIgnoreCase("OCR"));
    }

    /**
     * Reads one ALTO file as a page.
     *
     * @param name how the file is named in error messages
     */
    public static Page readAlto(Path altoFile, String name, int sequence, ImageFile image) throws IOException {
        Element alto = parse(altoFile, name).getRootElement();
        String ns = alto.getNamespaceURI();
        if (!"alto".equals(alto.getLocalName())) {
            throw new IOException(name + ": not an ALTO document");
        }
        Map<String, String> tagLabels = new HashMap<>();
        for (Element tag : Xml.descendants(alto, ns, "LayoutTag")) {
            tagLabels.put(tag.getAttributeValue("ID"), tag.getAttributeValue("LABEL"));
        }
        Processing processing = processing(alto, ns);
        Element pageElement = first(Xml.descendants(alto, ns, "Page"))
                .orElseThrow(() -> new IOException(name + ": no Layout/Page"));

        Map<String, TextBlock> blocks = new LinkedHashMap<>();
        for (Element block : Xml.descendants(pageElement, ns, "TextBlock")) {
            TextBlock textBlock = textBlock(block, ns, tagLabels);
            blocks.put(textBlock.id(), textBlock);
        }
        List<Illustration> illustrations = new ArrayList<>();
        for (Element element : Xml.descendants(pageElement, ns, "Illustration")) {
            illustrations.add(new Illustration(element.getAttributeValue("ID"), box(element)));
        }
        List<Rule> rules = new ArrayList<>();
        for (Element element : Xml.descendants(pageElement, ns, "GraphicalElement")) {
            rules.add(new Rule(element.getAttributeValue("ID"), box(element)));
        }

        // Blocks in the ReadingOrder's sequence; any block it does not name follows in document order.
        Set<String> ordered = new LinkedHashSet<>();
        Element readingOrder = alto.getFirstChildElement("ReadingOrder", ns);
        if (readingOrder != null) {
            for (Element ref : Xml.descendants(readingOrder, ns, "ElementRef")) {
                for (String target : ref.getAttributeValue("REF").trim().split("\\s+")) {
                    if (blocks.containsKey(target)) {
                        ordered.add(target);
                    }
                }
            }
        }
        ordered.addAll(blocks.keySet());
        List<TextBlock> inOrder = ordered.stream().map(blocks::get).toList();

        int width = intAttr(pageElement, "WIDTH", image == null ? 0 : image.width());
        int height = intAttr(pageElement, "HEIGHT", image == null ? 0 : image.height());
        String printed = pageElement.getAttributeValue("PRINTED_IMG_NR");
        return new Page(sequence, Optional.ofNullable(printed), image, width, height, 0, inOrder, rules,
                illustrations, processing);
    }

    private static Processing processing(Element alto, String ns) {
        for (Element step : Xml.descendants(alto, ns, "Processing")) {
            if (AltoWriter.OCR_PROCESSING_ID.equals(step.getAttributeValue("ID"))) {
                Map<String, String> settings = new LinkedHashMap<>();
                String model = "";
                String text = childText(step, ns, "processingStepSettings");
                for (String pair : text.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        String key = pair.substring(0, eq).trim();
                        String value = pair.substring(eq + 1).trim();
                        if (key.equals(AltoWriter.MODEL_SETTING)) {
                            model = value;
                        } else {
                            settings.put(key, value);
                        }
                    }
                }
                Element software = step.getFirstChildElement("processingSoftware", ns);
                return new Processing(software == null ? "" : childText(software, ns, "softwareName"),
                        software == null ? "" : childText(software, ns, "softwareVersion"), model, settings);
            }
        }
        return new Processing("", "", "", Map.of());
    }

    private static TextBlock textBlock(Element block, String ns, Map<String, String> tagLabels) {
        BlockType type = BlockType.BODY;
        String tagRefs = block.getAttributeValue("TAGREFS");
        if (tagRefs != null) {
            for (String ref : tagRefs.trim().split("\\s+")) {
                String label = tagLabels.get(ref);
                try {
                    if (label != null) {
                        type = BlockType.ofLabel(label);
                        break;
                    }
                } catch (IllegalArgumentException e) {
                    // a tag that is not a block class: keep looking
                }
            }
        }
        Direction direction = Direction.ofAlto(block.getAttributeValue("BASEDIRECTION"));
        String language = block.getAttributeValue("LANG");
        List<Line> lines = new ArrayList<>();
        for (Element line : Xml.children(block, ns, "TextLine")) {
            List<Word> words = new ArrayList<>();
            for (Element string : Xml.children(line, ns, "String")) {
                List<Glyph> glyphs = new ArrayList<>();
                for (Element glyph : Xml.children(string, ns, "Glyph")) {
                    glyphs.add(new Glyph(glyph.getAttributeValue("CONTENT"), box(glyph), doubleAttr(glyph, "GC")));
                }
                words.add(new Word(string.getAttributeValue("CONTENT"), box(string), doubleAttr(string, "WC"), glyphs));
            }
            lines.add(new Line(box(line), words));
        }
        Box box = box(block);
        return new TextBlock(block.getAttributeValue("ID"), type, box, direction,
                language == null ? "" : language, lines, outline(block, ns, box));
    }

    private static Optional<Article> article(Element div, Map<String, Element> byId,
                                             Map<String, Integer> pageByAltoFile, List<Page> pages) {
        Article.Kind kind;
        try {
            kind = Article.Kind.valueOf(div.getAttributeValue("TYPE"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        String divId = div.getAttributeValue("ID");
        String id = divId != null && divId.startsWith("LOG_") ? divId.substring(4) : divId;
        Element mods = mods(byId, div.getAttributeValue("DMDID"));
        String title = modsText(mods, "title");
        if (title.isEmpty() && div.getAttributeValue("LABEL") != null) {
            title = div.getAttributeValue("LABEL");
        }
        String subtitle = modsText(mods, "subTitle");
        List<Article.Name> names = new ArrayList<>();
        Optional<String> unresolved = Optional.empty();
        if (mods != null) {
            for (Element name : Xml.children(mods, PackageProfile.MODS, "name")) {
                String role = "";
                Element roleElement = name.getFirstChildElement("role", PackageProfile.MODS);
                if (roleElement != null) {
                    for (Element term : Xml.children(roleElement, PackageProfile.MODS, "roleTerm")) {
                        if ("text".equals(term.getAttributeValue("type"))) {
                            role = term.getValue();
                        }
                    }
                }
                names.add(new Article.Name(childText(name, PackageProfile.MODS, "namePart"), role,
                        childText(name, PackageProfile.MODS, "displayForm")));
            }
            for (Element note : Xml.children(mods, PackageProfile.MODS, "note")) {
                if (MetsWriter.NOTE_UNRESOLVED_JUMP.equals(note.getAttributeValue("type"))) {
                    unresolved = Optional.of(note.getValue());
                }
            }
        }
        List<BlockRef> heading = new ArrayList<>();
        List<BlockRef> body = new ArrayList<>();
        List<BlockRef> continuations = new ArrayList<>();
        List<BlockRef> illustrations = new ArrayList<>();
        if (kind == Article.Kind.ARTICLE) {
            for (Element section : Xml.children(div, PackageProfile.METS, "div")) {
                List<BlockRef> target = switch (String.valueOf(section.getAttributeValue("TYPE"))) {
                    case "HEADING" -> heading;
                    case "CONTINUATION" -> continuations;
                    case "ILLUSTRATION" -> illustrations;
                    default -> body;
                };
                target.addAll(areas(section, pageByAltoFile));
            }
        } else {
            for (BlockRef ref : areas(div, pageByAltoFile)) {
                Page page = pages.get(ref.page() - 1);
                if (page.illustration(ref.id()).isPresent()) {
                    illustrations.add(ref);
                } else if (page.block(ref.id()).map(b -> b.type().isHeading()).orElse(false)) {
                    heading.add(ref);
                } else {
                    body.add(ref);
                }
            }
        }
        return Optional.of(new Article(id, kind, title, subtitle.isEmpty() ? null : subtitle, names, heading, body,
                continuations, illustrations, unresolved));
    }

    private static List<BlockRef> areas(Element div, Map<String, Integer> pageByAltoFile) {
        List<BlockRef> refs = new ArrayList<>();
        for (Element area : Xml.descendants(div, PackageProfile.METS, "area")) {
            Integer page = pageByAltoFile.get(area.getAttributeValue("FILEID"));
            String begin = area.getAttributeValue("BEGIN");
            if (page != null && begin != null) {
                refs.add(new BlockRef(page, begin));
            }
        }
        return refs;
    }

    private static IssueMetadata issueMetadata(Element mods, List<String> labels) {
        String title = modsText(mods, "title");
        Optional<LocalDate> date = Optional.empty();
        Optional<String> number = Optional.empty();
        Optional<String> edition = Optional.empty();
        String language = "";
        List<String> notes = new ArrayList<>();
        if (mods != null) {
            String issued = modsText(mods, "dateIssued");
            try {
                date = issued.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(issued));
            } catch (DateTimeParseException e) {
                date = Optional.empty();
            }
            for (Element detail : Xml.descendants(mods, PackageProfile.MODS, "detail")) {
                if ("issue".equals(detail.getAttributeValue("type"))) {
                    number = Optional.of(childText(detail, PackageProfile.MODS, "number"));
                }
            }
            String editionText = modsText(mods, "edition");
            edition = editionText.isEmpty() ? Optional.empty() : Optional.of(editionText);
            language = modsText(mods, "languageTerm");
            for (Element note : Xml.children(mods, PackageProfile.MODS, "note")) {
                notes.add(note.getValue());
            }
        }
        boolean anyLabel = labels.stream().anyMatch(l -> !l.isEmpty());
        return new IssueMetadata(title, date, number, edition, language, anyLabel ? labels : List.of(), notes);
    }

    private static ImageFile imageFile(Element techMd, String href) {
        if (techMd == null) {
            return new ImageFile(href == null ? "" : fileName(href), "", 0, "", 0, 0, 0, 0, 0, 0, 0, "");
        }
        String source = "";
        int pageInFile = 0;
        for (Element identifier : Xml.descendants(techMd, PackageProfile.MIX, "ObjectIdentifier")) {
            String type = childText(identifier, PackageProfile.MIX, "objectIdentifierType");
            String value = childText(identifier, PackageProfile.MIX, "objectIdentifierValue");
            if (type.equals(MetsWriter.ID_TYPE_SOURCE_FILE)) {
                source = value;
            } else if (type.equals(MetsWriter.ID_TYPE_PAGE_IN_FILE)) {
                pageInFile = parseInt(value, 0);
            }
        }
        if (source.isEmpty() && href != null) {
            source = fileName(href);
        }
        List<Element> bits = Xml.descendants(techMd, PackageProfile.MIX, "bitsPerSampleValue");
        return new ImageFile(source, mixText(techMd, "formatName"), parseLong(mixText(techMd, "fileSize")),
                mixText(techMd, "messageDigest"), pageInFile,
                parseInt(mixText(techMd, "imageWidth"), 0), parseInt(mixText(techMd, "imageHeight"), 0),
                rational(techMd, "xSamplingFrequency"), rational(techMd, "ySamplingFrequency"),
                bits.isEmpty() ? 0 : parseInt(bits.get(0).getValue(), 0),
                parseInt(mixText(techMd, "samplesPerPixel"), 0), mixText(techMd, "compressionScheme"),
                mixText(techMd, "formatVersion"));
    }

    private static double rational(Element scope, String name) {
        List<Element> found = Xml.descendants(scope, PackageProfile.MIX, name);
        if (found.isEmpty()) {
            return 0;
        }
        double numerator = parseLong(childText(found.get(0), PackageProfile.MIX, "numerator"));
        double denominator = parseLong(childText(found.get(0), PackageProfile.MIX, "denominator"));
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static Element mods(Map<String, Element> byId, String dmdIds) {
        Element dmd = byId.get(firstToken(dmdIds));
        return dmd == null ? null : first(Xml.descendants(dmd, PackageProfile.MODS, "mods")).orElse(null);
    }

    private static String modsText(Element mods, String name) {
        return mods == null ? "" : first(Xml.descendants(mods, PackageProfile.MODS, name)).map(Element::getValue).orElse("");
    }

    private static String mixText(Element scope, String name) {
        return first(Xml.descendants(scope, PackageProfile.MIX, name)).map(Element::getValue).orElse("");
    }

    private static Element structMap(Element mets, String type) {
        for (Element map : Xml.children(mets, PackageProfile.METS, "structMap")) {
            if (type.equalsIgnoreCase(map.getAttributeValue("TYPE"))) {
                return map;
            }
        }
        return null;
    }

    static Document parse(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(name + ": missing");
        }
        Xml.requireReadableSize(file, name);
        try {
            return Xml.builder().build(file.toFile());
        } catch (ParsingException e) {
            throw new IOException(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + Xml.plainMessage(e.getMessage()), e);
        } catch (nu.xom.XMLException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private static void indexIds(Element element, Map<String, Element> byId) {
        String id = element.getAttributeValue("ID");
        if (id != null) {
            byId.putIfAbsent(id, element);
        }
        Elements children = element.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            indexIds(children.get(i), byId);
        }
    }

    private static Optional<Element> first(List<Element> elements) {
        return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(0));
    }

    private static String childText(Element parent, String ns, String localName) {
        Element child = parent.getFirstChildElement(localName, ns);
        return child == null ? "" : child.getValue().trim();
    }

    /**
     * The block's {@code Shape/Polygon} ({@code "x1,y1 x2,y2 …"}, or ALTO's older {@code "x1 y1 x2 y2 …"}),
     * held to its box; its box where it has none, or none that makes a polygon.
     */
    private static Shape outline(Element block, String ns, Box box) {
        Element shape = block.getFirstChildElement("Shape", ns);
        Element polygon = shape == null ? null : shape.getFirstChildElement("Polygon", ns);
        String value = polygon == null ? null : polygon.getAttributeValue("POINTS");
        if (value == null || value.isBlank()) {
            return Shape.rectangle(box);
        }
        String[] numbers = value.trim().split("[\\s,]+");
        List<Shape.Point> points = new ArrayList<>();
        try {
            for (int i = 0; i + 1 < numbers.length; i += 2) {
                int x = (int) Math.round(Double.parseDouble(numbers[i]));
                int y = (int) Math.round(Double.parseDouble(numbers[i + 1]));
                points.add(new Shape.Point(Math.max(box.x(), Math.min(box.right(), x)),
                        Math.max(box.y(), Math.min(box.bottom(), y))));
            }
        } catch (NumberFormatException e) {
            return Shape.rectangle(box);
        }
        return points.size() < 3 ? Shape.rectangle(box) : new Shape(points);
    }

    private static Box box(Element element) {
        int x = intAttr(element, "HPOS", 0);
        int y = intAttr(element, "VPOS", 0);
        return new Box(x, y, Math.max(0, intAttr(element, "WIDTH", 0)), Math.max(0, intAttr(element, "HEIGHT", 0)));
    }

    private static int intAttr(Element element, String name, int fallback) {
        String value = element.getAttributeValue(name);
        if (value == null) {
            return fallback;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double doubleAttr(Element element, String name) {
        String value = element.getAttributeValue(name);
        try {
            return value == null ? 0 : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String firstToken(String value) {
        return value == null || value.isBlank() ? "" : value.trim().split("\\s+")[0];
    }

    private static String fileName(String href) {
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
