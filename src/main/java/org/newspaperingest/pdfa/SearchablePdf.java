package org.newspaperingest.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;
import org.newspaperingest.pack.MetsWriter;
import org.newspaperingest.profile.Sha256;

/**
 * Writes an issue as a PDF/A-2b: per page the page image, and over it the page's characters in text
 * rendering mode 3 (invisible), each scaled to its ALTO glyph box. A pure function: the same issue and
 * images give the same bytes (no dates; the file ID is a digest of the content).
 */
public final class SearchablePdf {

    private static final double POINTS_PER_INCH = 72;
    private static final double DEFAULT_DPI = 300;
    private static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName IMAGE = COSName.getPDFName("Im1");

    private SearchablePdf() {
    }

    /**
     * @param jpegs the JPEG of each page, in page order, at the page's pixel size
     */
    public static byte[] write(Issue issue, List<byte[]> jpegs) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.setVersion(1.7f);
            Map<Integer, Integer> cids = new LinkedHashMap<>();
            COSDictionary font = new COSDictionary();
            for (Page page : issue.pages()) {
                addPage(pdf, page, jpegs.get(page.sequence() - 1), font, cids);
            }
            fillFont(pdf, font, cids);
            describe(pdf, issue);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.getDocument().getTrailer().setItem(COSName.ID, fileId(issue, jpegs));
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void addPage(PDDocument pdf, Page page, byte[] jpeg, COSDictionary font,
                                Map<Integer, Integer> cids) throws IOException {
        double dpi = page.image() != null && page.image().xResolution() > 0 ? page.image().xResolution() : DEFAULT_DPI;
        double scale = POINTS_PER_INCH / dpi; // points per pixel
        float width = (float) (page.width() * scale);
        float height = (float) (page.height() * scale);
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        pdf.addPage(pdfPage);
        PDImageXObject image = JPEGFactory.createFromByteArray(pdf, jpeg);
        PDResources resources = new PDResources();
        resources.put(IMAGE, image);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(FONT, font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        pdfPage.setResources(resources);

        StringBuilder content = new StringBuilder();
        content.append("q ").append(number(width)).append(" 0 0 ").append(number(height)).append(" 0 0 cm /Im1 Do Q\n");
        content.append("BT 3 Tr /F1 1 Tf\n");
        for (TextBlock block : page.blocks()) {
            for (Line line : block.lines()) {
                for (Word word : line.words()) {
                    for (Glyph glyph : glyphs(word, block.direction())) {
                        int codePoint = glyph.text().codePointAt(0);
                        Integer cid = cids.computeIfAbsent(codePoint, c -> cids.size() + 1);
                        if (cid > 0xFFFF) {
                            continue; // more distinct characters than two-byte codes hold: not in newspapers
                        }
                        Box box = glyph.box();
                        double w = Math.max(box.width(), 1) * scale;
                        double h = Math.max(box.height(), 1) * scale;
                        content.append(number(w)).append(" 0 0 ").append(number(h)).append(' ')
                                .append(number(box.x() * scale)).append(' ')
                                .append(number(height - box.bottom() * scale)).append(" Tm <")
                                .append(String.format(Locale.ROOT, "%04X", cid)).append("> Tj\n");
                    }
                }
            }
        }
        content.append("ET\n");
        PDStream stream = new PDStream(pdf, new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
        pdfPage.setContents(stream);
    }

    /** A word's characters with their boxes; where a word has no glyphs, its box shared out among its characters. */
    static List<Glyph> glyphs(Word word, Direction direction) {
        List<Glyph> glyphs = word.glyphs().stream().filter(g -> !g.text().isEmpty()).toList();
        int[] codePoints = word.text().codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        if (!glyphs.isEmpty() || codePoints.length == 0) {
            return glyphs.stream().flatMap(g -> g.text().codePoints().limit(1)
                    .mapToObj(c -> new Glyph(new String(Character.toChars(c)), g.box(), g.confidence()))).toList();
        }
        Box box = word.box();
        java.util.ArrayList<Glyph> shared = new java.util.ArrayList<>();
        for (int i = 0; i < codePoints.length; i++) {
            Box part = direction == Direction.VERTICAL
                    ? Box.ofCorners(box.x(), box.y() + box.height() * i / codePoints.length, box.right(),
                            box.y() + box.height() * (i + 1) / codePoints.length)
                    : Box.ofCorners(box.x() + box.width() * i / codePoints.length, box.y(),
                            box.x() + box.width() * (i + 1) / codePoints.length, box.bottom());
            shared.add(new Glyph(new String(Character.toChars(codePoints[i])), part, word.confidence()));
        }
        return shared;
    }

    /**
     * The Type 0 font over the glyphless font program: two-byte codes are CIDs numbered in order of first
     * use, all drawn with its one glyph (never .notdef, which PDF/A forbids), one em wide as {@code DW} says;
     * the ToUnicode map gives each code its character back.
     */
    private static void fillFont(PDDocument pdf, COSDictionary font, Map<Integer, Integer> cids) throws IOException {
        byte[] program = GlyphlessFont.bytes();
        COSStream fontFile = stream(pdf, program);
        fontFile.setInt(COSName.LENGTH1, program.length);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, GlyphlessFont.NAME);
        descriptor.setInt(COSName.FLAGS, 4); // symbolic
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, GlyphlessFont.UNITS_PER_EM, GlyphlessFont.UNITS_PER_EM));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, GlyphlessFont.UNITS_PER_EM);
        descriptor.setInt(COSName.DESCENT, 0);
        descriptor.setInt(COSName.CAP_HEIGHT, GlyphlessFont.UNITS_PER_EM);
        descriptor.setInt(COSName.STEM_V, 80);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        int last = Math.min(cids.size(), 0xFFFF);
        byte[] cidToGid = new byte[(last + 1) * 2];
        for (int cid = 1; cid <= last; cid++) {
            cidToGid[cid * 2 + 1] = (byte) GlyphlessFont.GLYPH;
        }
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, GlyphlessFont.NAME);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, GlyphlessFont.UNITS_PER_EM);
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(pdf, cidToGid));

        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, GlyphlessFont.NAME);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, stream(pdf, toUnicode(cids).getBytes(StandardCharsets.US_ASCII)));
    }

    static String toUnicode(Map<Integer, Integer> cids) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, Integer>> entries = cids.entrySet().stream().filter(e -> e.getValue() <= 0xFFFF).toList();
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : chunk) {
                StringBuilder utf16 = new StringBuilder();
                for (char c : Character.toChars(entry.getKey())) {
                    utf16.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                cmap.append(String.format(Locale.ROOT, "<%04X> <%s>%n", entry.getValue(), utf16));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString();
    }

    /** PDF/A's identification and the issue's title in XMP and the document information, the same in both. */
    private static void describe(PDDocument pdf, Issue issue) throws IOException {
        String title = title(issue);
        String producer = MetsWriter.softwareName();
        String language = issue.metadata().language() == null ? "" : issue.metadata().language();
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(producer);
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (language.isBlank() ? "" : "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n")
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + escape(producer) + "</pdf:Producer>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(pdf);
        try (java.io.OutputStream out = metadata.getCOSObject().createOutputStream()) {
            out.write(xmp.getBytes(StandardCharsets.UTF_8));
        }
        pdf.getDocumentCatalog().setMetadata(metadata);
        if (!language.isBlank()) {
            pdf.getDocumentCatalog().setLanguage(language);
        }
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(srgb.getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    static String title(Issue issue) {
        StringBuilder title = new StringBuilder(issue.metadata().title() == null ? issue.id() : issue.metadata().title());
        issue.metadata().date().ifPresent(d -> title.append(' ').append(d));
        issue.metadata().number().ifPresent(n -> title.append(" 第").append(n).append("期"));
        return title.toString().trim();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static COSStream stream(PDDocument pdf, byte[] data) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (java.io.OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        return stream;
    }

    /** The trailer's file identifier: a digest of what the file shows, so the same issue gives the same file. */
    private static COSArray fileId(Issue issue, List<byte[]> jpegs) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(issue.id().getBytes(StandardCharsets.UTF_8));
        for (Page page : issue.pages()) {
            digest.update(page.text().getBytes(StandardCharsets.UTF_8));
        }
        jpegs.forEach(digest::update);
        byte[] id = java.util.Arrays.copyOf(digest.digest(), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
