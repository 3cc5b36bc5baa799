package org.newspaperingest.pack;

import static org.newspaperingest.pack.Xml.attr;
import static org.newspaperingest.pack.Xml.child;
import static org.newspaperingest.pack.Xml.text;
import static org.newspaperingest.profile.PackageProfile.ALTO;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nu.xom.Document;
import nu.xom.Element;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.Shape;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.profile.Software;

/**
 * Writes one page as ALTO 4.4. A pure function of its arguments: the same page gives the same bytes,
 * so IDs are derived from block IDs and positions, and nothing depends on the clock or the locale.
 *
 * <p>ID scheme: page {@code P<n>}, blocks keep their model ID, lines {@code <block>_L<i>}, words
 * {@code <line>_S<j>}, glyphs {@code <word>_G<k>}, tags {@code TAG_<label>}, reading order {@code RO_...}.
 */
public final class AltoWriter {

    /** ID of the Processing step describing the OCR engine run. */
    public static final String OCR_PROCESSING_ID = "PROC_OCR";
    /** ID of the Processing step describing this software's own work. */
    public static final String INGEST_PROCESSING_ID = "PROC_INGEST";
    /** Name under which the OCR model is kept in {@code processingStepSettings}. */
    public static final String MODEL_SETTING = "model";

    /** xsd:language; anything else (an OCR model name such as {@code chi_sim}) is left out rather than invalid. */
    private static final java.util.regex.Pattern LANGUAGE_TAG =
            java.util.regex.Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    private AltoWriter() {
    }

    /**
     * @param imageHref   the image's path inside the package ({@code images/0001.tif})
     * @param imageSha256 hex SHA-256 of that image, written as {@code fileIdentifier}
     * @param articles    the articles; those with blocks on this page become nested reading-order groups
     */
    public static Document write(Page page, String imageHref, String imageSha256, List<Article> articles) {
        requireUniqueIds(page);
        Element alto = new Element("alto", ALTO);
        Xml.schemaLocation(alto, ALTO, PackageProfile.ALTO_XSD);
        alto.appendChild(description(page, imageHref, imageSha256));

        Set<BlockType> used = EnumSet.noneOf(BlockType.class);
        page.blocks().forEach(b -> used.add(b.type()));
        if (!used.isEmpty()) {
            Element tags = child(alto, ALTO, "Tags");
            for (BlockType type : used) {
                Element tag = child(tags, ALTO, "LayoutTag");
                attr(tag, "ID", tagId(type));
                attr(tag, "LABEL", type.label());
            }
        }
        Element readingOrder = readingOrder(page, articles);
        if (readingOrder != null) {
            alto.appendChild(readingOrder);
        }
        alto.appendChild(layout(page));
        return new Document(alto);
    }

    /** Duplicate IDs would make the file invalid and article references ambiguous: refuse them clearly. */
    private static void requireUniqueIds(Page page) {
        Set<String> ids = new HashSet<>();
        List<String> all = new ArrayList<>();
        page.blocks().forEach(b -> all.add(Xml.ncName(b.id())));
        page.illustrations().forEach(i -> all.add(Xml.ncName(i.id())));
        page.rules().forEach(r -> all.add(Xml.ncName(r.id())));
        for (String id : all) {
            if (!ids.add(id)) {
                throw new IllegalArgumentException("page " + page.sequence() + ": element ID " + id + " is used twice");
            }
        }
    }

    public static String pageId(int sequence) {
        return "P" + sequence;
    }

    public static String tagId(BlockType type) {
        return "TAG_" + type.label();
    }

    private static Element description(Page page, String imageHref, String imageSha256) {
        Element description = new Element("Description", ALTO);
        text(description, ALTO, "MeasurementUnit", "pixel");
        Element source = child(description, ALTO, "sourceImageInformation");
        text(source, ALTO, "fileName", imageHref);
        text(source, ALTO, "fileIdentifier", imageSha256);

        Processing processing = page.processing();
        if (processing != null) {
            Element ocr = child(description, ALTO, "Processing");
            attr(ocr, "ID", OCR_PROCESSING_ID);
            text(ocr, ALTO, "processingCategory", "contentGeneration");
            text(ocr, ALTO, "processingStepDescription", processing.fromTextLayer()
                    ? "text taken from the PDF's text layer (characters and their boxes), not OCR"
                    : "optical character recognition");
            text(ocr, ALTO, "processingStepSettings", settings(processing));
            Element software = child(ocr, ALTO, "processingSoftware");
            text(software, ALTO, "softwareName", nullToEmpty(processing.ocrEngine()));
            text(software, ALTO, "softwareVersion", nullToEmpty(processing.ocrEngineVersion()));
        }
        Element ingest = child(description, ALTO, "Processing");
        attr(ingest, "ID", INGEST_PROCESSING_ID);
        text(ingest, ALTO, "processingCategory", "other");
        text(ingest, ALTO, "processingStepDescription",
                "page preparation, layout analysis, word segmentation, article structure, packaging");
        Element software = child(ingest, ALTO, "processingSoftware");
        text(software, ALTO, "softwareName", Software.NAME);
        text(software, ALTO, "softwareVersion", Software.version());
        return description;
    }

    /** {@code model=chi_sim; psm=6; ...}: the model first, then the settings sorted by name for stable output. */
    static String settings(Processing processing) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(MODEL_SETTING, nullToEmpty(processing.model()));
        all.putAll(new TreeMap<>(processing.settings()));
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static Element readingOrder(Page page, List<Article> articles) {
        Set<String> onPage = new HashSet<>();
        page.blocks().forEach(b -> onPage.add(b.id()));
        page.illustrations().forEach(i -> onPage.add(i.id()));

        List<String> sequence = new ArrayList<>();
        page.blocks().forEach(b -> sequence.add(b.id()));
        page.illustrations().forEach(i -> sequence.add(i.id()));

        // Which article owns each element of this page, and that article's elements here: text blocks in
        // page order (a jump line "(上接一版)" comes before the body it introduces), each photo just before
        // the caption that follows it in the article.
        Map<String, Article> owner = new LinkedHashMap<>();
        Map<Article, List<String>> members = new LinkedHashMap<>();
        for (Article article : articles) {
            for (BlockRef ref : article.allRefs()) {
                if (ref.page() == page.sequence() && onPage.contains(ref.id()) && !owner.containsKey(ref.id())) {
                    owner.put(ref.id(), article);
                }
            }
        }
        for (String id : sequence) {
            Article article = owner.get(id);
            if (article != null && page.block(id).isPresent()) {
                members.computeIfAbsent(article, a -> new ArrayList<>()).add(id);
            }
        }
        for (Article article : articles) {
            List<BlockRef> pictures = article.illustrations();
            for (int i = 0; i < pictures.size(); i++) {
                BlockRef ref = pictures.get(i);
                if (ref.page() != page.sequence() || owner.get(ref.id()) != article
                        || page.illustration(ref.id()).isEmpty()) {
                    continue;
                }
                List<String> list = members.computeIfAbsent(article, a -> new ArrayList<>());
                int before = i + 1 < pictures.size() ? list.indexOf(pictures.get(i + 1).id()) : -1;
                list.add(before >= 0 ? before : list.size(), ref.id());
            }
        }

        String prefix = "RO_" + pageId(page.sequence());
        Element group = new Element("OrderedGroup", ALTO);
        attr(group, "ID", prefix);
        Set<Article> emitted = new HashSet<>();
        for (String id : sequence) {
            Article article = owner.get(id);
            if (article == null) {
                if (page.block(id).isPresent()) {
                    group.appendChild(elementRef(prefix + "_" + Xml.ncName(id), id));
                }
            } else if (emitted.add(article)) {
                Element articleGroup = child(group, ALTO, "OrderedGroup");
                String groupId = prefix + "_" + Xml.ncName(article.id());
                attr(articleGroup, "ID", groupId);
                for (String member : members.get(article)) {
                    articleGroup.appendChild(elementRef(groupId + "_" + Xml.ncName(member), member));
                }
            }
        }
        if (group.getChildCount() == 0) {
            return null;
        }
        Element readingOrder = new Element("ReadingOrder", ALTO);
        readingOrder.appendChild(group);
        return readingOrder;
    }

    private static Element elementRef(String id, String target) {
        Element ref = new Element("ElementRef", ALTO);
        attr(ref, "ID", id);
        attr(ref, "REF", Xml.ncName(target));
        return ref;
    }

    private static Element layout(Page page) {
        Element layout = new Element("Layout", ALTO);
        Element pageElement = child(layout, ALTO, "Page");
        attr(pageElement, "ID", pageId(page.sequence()));
        attr(pageElement, "WIDTH", page.width());
        attr(pageElement, "HEIGHT", page.height());
        attr(pageElement, "PROCESSINGREFS",
                (page.processing() == null ? "" : OCR_PROCESSING_ID + " ") + INGEST_PROCESSING_ID);
        attr(pageElement, "PHYSICAL_IMG_NR", page.sequence());
        page.label().filter(l -> !l.isBlank()).ifPresent(l -> attr(pageElement, "PRINTED_IMG_NR", l));
        attr(pageElement, "PC", Xml.confidence(page.confidence()));

        Element printSpace = child(pageElement, ALTO, "PrintSpace");
        attr(printSpace, "ID", pageId(page.sequence()) + "_PS");
        box(printSpace, new Box(0, 0, page.width(), page.height()));
        for (TextBlock block : page.blocks()) {
            printSpace.appendChild(textBlock(block));
        }
        for (Illustration illustration : page.illustrations()) {
            Element element = child(printSpace, ALTO, "Illustration");
            attr(element, "ID", Xml.ncName(illustration.id()));
            box(element, illustration.box());
        }
        for (Rule rule : page.rules()) {
            Element element = child(printSpace, ALTO, "GraphicalElement");
            attr(element, "ID", Xml.ncName(rule.id()));
            box(element, rule.box());
        }
        return layout;
    }

    private static Element textBlock(TextBlock block) {
        String blockId = Xml.ncName(block.id());
        Element element = new Element("TextBlock", ALTO);
        attr(element, "ID", blockId);
        box(element, block.box());
        attr(element, "TAGREFS", tagId(block.type()));
        if (block.language() != null && LANGUAGE_TAG.matcher(block.language()).matches()) {
            attr(element, "LANG", block.language());
        }
        Direction direction = block.direction() == null ? Direction.HORIZONTAL : block.direction();
        attr(element, "BASEDIRECTION", direction.altoBaseDirection());
        if (!block.rectangular()) {
            Element polygon = child(child(element, ALTO, "Shape"), ALTO, "Polygon");
            attr(polygon, "POINTS", points(block.outline()));
        }
        int lineNumber = 0;
        for (Line line : block.lines()) {
            lineNumber++;
            List<Word> words = line.words().stream().filter(w -> !Xml.clean(w.text()).isEmpty()).toList();
            if (words.isEmpty()) {
                continue; // ALTO requires at least one String per TextLine
            }
            String lineId = blockId + "_L" + lineNumber;
            Element lineElement = child(element, ALTO, "TextLine");
            attr(lineElement, "ID", lineId);
            box(lineElement, line.box());
            if (direction == Direction.VERTICAL) {
                attr(lineElement, "BASEDIRECTION", direction.altoBaseDirection());
            }
            Word previous = null;
            int wordNumber = 0;
            for (Word word : words) {
                wordNumber++;
                if (previous != null && previous.isLatinOrDigit() && word.isLatinOrDigit()) {
                    lineElement.appendChild(space(previous.box(), word.box(), direction));
                }
                lineElement.appendChild(string(word, lineId + "_S" + wordNumber));
                previous = word;
            }
        }
        return element;
    }

    private static Element string(Word word, String id) {
        Element string = new Element("String", ALTO);
        attr(string, "ID", id);
        box(string, word.box());
        attr(string, "CONTENT", word.text());
        attr(string, "WC", Xml.confidence(word.confidence()));
        // ALTO wants one character per Glyph; a glyph holding a cluster would make the file invalid.
        boolean glyphsValid = word.glyphs().stream().allMatch(g -> {
            String text = Xml.clean(g.text());
            return text.codePointCount(0, text.length()) == 1;
        });
        if (glyphsValid) {
            int glyphNumber = 0;
            for (Glyph glyph : word.glyphs()) {
                glyphNumber++;
                Element element = child(string, ALTO, "Glyph");
                attr(element, "ID", id + "_G" + glyphNumber);
                box(element, glyph.box());
                attr(element, "CONTENT", glyph.text());
                attr(element, "GC", Xml.confidence(glyph.confidence()));
            }
        }
        return string;
    }

    /** The gap between two words: along the line for horizontal text, down the column for vertical. */
    private static Element space(Box before, Box after, Direction direction) {
        Element sp = new Element("SP", ALTO);
        if (direction == Direction.VERTICAL) {
            attr(sp, "HPOS", before.x());
            attr(sp, "VPOS", before.bottom());
            attr(sp, "WIDTH", before.width());
            attr(sp, "HEIGHT", Math.max(0, after.y() - before.bottom()));
        } else {
            attr(sp, "HPOS", before.right());
            attr(sp, "VPOS", before.y());
            attr(sp, "WIDTH", Math.max(0, after.x() - before.right()));
            attr(sp, "HEIGHT", before.height());
        }
        return sp;
    }

    /** ALTO's recommended form, {@code "x1,y1 x2,y2 …"}. */
    private static String points(Shape outline) {
        StringBuilder points = new StringBuilder();
        for (Shape.Point point : outline.points()) {
            points.append(points.isEmpty() ? "" : " ").append(point.x()).append(',').append(point.y());
        }
        return points.toString();
    }

    private static void box(Element element, Box box) {
        if (box == null) {
            return;
        }
        attr(element, "HPOS", box.x());
        attr(element, "VPOS", box.y());
        attr(element, "WIDTH", box.width());
        attr(element, "HEIGHT", box.height());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
