package org.newspaperingest.pack;

import static org.newspaperingest.profile.PackageProfile.XLINK;
import static org.newspaperingest.profile.PackageProfile.XSI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nu.xom.Attribute;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.Serializer;
import org.newspaperingest.profile.PackageProfile;

/** Small helpers shared by the ALTO and METS writers and the reader: number formats, names, serialization. */
public final class Xml {

    private Xml() {
    }

    /** A confidence in 0..1 with at most three decimals, never in exponent notation, never localized. */
    public static String confidence(double value) {
        double clamped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        long thousandths = Math.round(clamped * 1000); // written by hand: called for every glyph
        if (thousandths == 0 || thousandths == 1000) {
            return thousandths == 0 ? "0" : "1";
        }
        String digits = Long.toString(1000 + thousandths).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "0." + digits.substring(0, end);
    }

    /**
     * Turns a model identifier into a valid XML ID (an NCName): characters outside the NCName set become
     * {@code _}, and a leading character that may not start a name gets an {@code _} in front. The same
     * function is used wherever the ID is written or referenced, so references stay consistent.
     */
    public static String ncName(String id) {
        StringBuilder name = new StringBuilder(id.length() + 1);
        id.codePoints().forEach(c -> name.appendCodePoint(isNameChar(c) ? c : '_'));
        if (name.length() == 0 || !isNameStart(name.codePointAt(0))) {
            name.insert(0, '_');
        }
        return name.toString();
    }

    private static boolean isNameStart(int c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /**
     * The text without characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/FFFF),
     * which OCR output or file names may contain; left in, they would make the document unwritable.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isXmlChar(text, i)) {
                return stripInvalid(text);
            }
        }
        return text;
    }

    private static String stripInvalid(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (isXmlChar(text, i)) {
                result.append(text.charAt(i));
            }
        }
        return result.toString();
    }

    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xFFFD);
    }

    /** Appends a child element with text content and returns the child. */
    static Element text(Element parent, String namespace, String qualifiedName, String text) {
        Element child = new Element(qualifiedName, namespace);
        child.appendChild(clean(text));
        parent.appendChild(child);
        return child;
    }

    static Element child(Element parent, String namespace, String qualifiedName) {
        Element child = new Element(qualifiedName, namespace);
        parent.appendChild(child);
        return child;
    }

    static void attr(Element element, String name, String value) {
        element.addAttribute(new Attribute(name, clean(value)));
    }

    static void attr(Element element, String name, long value) {
        element.addAttribute(new Attribute(name, Long.toString(value)));
    }

    static void xlink(Element element, String localName, String value) {
        element.addAttribute(new Attribute("xlink:" + localName, XLINK, clean(value)));
    }

    static void schemaLocation(Element root, String... namespaceAndLocation) {
        root.addNamespaceDeclaration("xsi", XSI);
        root.addAttribute(new Attribute("xsi:schemaLocation", XSI, String.join(" ", namespaceAndLocation)));
    }

    /**
     * Nesting deeper than this is refused when reading: no METS or ALTO comes near it (ALTO nests about ten
     * levels), and the recursive walks over a document must not run out of stack on a hostile file.
     */
    public static final int MAX_ELEMENT_DEPTH = 256;
    /** XML files larger than this are refused unread (a dense ALTO page with glyphs is a few MB). */
    public static final long MAX_XML_BYTES = 256L << 20;
    /** Text or attribute values longer than this (UTF-8 bytes) are refused: libxml2 (xmllint, lxml) refuses them too. */
    public static final int MAX_TEXT_LENGTH = 10_000_000;

    /**
     * A namespace-aware SAX reader on the JDK's parser that refuses DOCTYPEs (so a package file can neither
     * fetch anything nor expand entities) and nesting deeper than {@link #MAX_ELEMENT_DEPTH}. Errors become
     * exceptions with line and column; nothing is printed to the console.
     */
    public static org.xml.sax.XMLReader secureReader() {
        try {
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            javax.xml.parsers.SAXParser parser = factory.newSAXParser();
            parser.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty(MAX_DEPTH_PROPERTY, Integer.toString(MAX_ELEMENT_DEPTH));
            org.xml.sax.XMLReader reader = parser.getXMLReader();
            reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            return reader;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parser's message in plain words where it is about one of the limits above. */
    public static String plainMessage(String message) {
        if (message == null) {
            return "not readable as XML";
        }
        if (message.contains("DOCTYPE is disallowed")) {
            return "has a DOCTYPE: DTDs and entities are not read in a package (nothing they name is opened)";
        }
        if (message.contains("maxElementDepth")) {
            return "elements nested more than " + MAX_ELEMENT_DEPTH + " levels deep; not read further";
        }
        return message;
    }

    /** The JDK parser's limit on element nesting, as a parser or validator property. */
    public static final String MAX_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    /** A XOM builder on {@link #secureReader()} that refuses text longer than {@link #MAX_TEXT_LENGTH}. */
    public static nu.xom.Builder builder() {
        return new nu.xom.Builder(secureReader(), false, new BoundedNodes());
    }

    /** XOM's node factory, refusing text and attribute values longer than {@link #MAX_TEXT_LENGTH}. */
    public static class BoundedNodes extends nu.xom.NodeFactory {
        @Override
        public nu.xom.Nodes makeText(String text) {
            requireBounded(text, "text");
            return super.makeText(text);
        }

        @Override
        public nu.xom.Nodes makeAttribute(String name, String namespace, String value, Attribute.Type type) {
            requireBounded(value, "attribute " + name);
            return super.makeAttribute(name, namespace, value, type);
        }

        private static void requireBounded(String value, String what) {
            if (value.length() > MAX_TEXT_LENGTH / 3) { // no UTF-8 character takes more than 3 bytes per char
                long bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes > MAX_TEXT_LENGTH) {
                    throw new nu.xom.XMLException(what + " of " + bytes + " bytes, more than the " + MAX_TEXT_LENGTH
                            + " XML readers such as libxml2 (xmllint, lxml) accept in one node");
                }
            }
        }
    }

    /**
     * Refuses a file too large to read as package XML, before it is read.
     *
     * @param name how the file is named in the message
     */
    public static void requireReadableSize(java.nio.file.Path file, String name) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size > MAX_XML_BYTES) {
            throw new IOException(name + ": " + size + " bytes, more than the " + (MAX_XML_BYTES >> 20)
                    + " MiB read as package XML; not read");
        }
    }

    /** Child elements with this name, in document order. */
    public static List<Element> children(Element parent, String ns, String localName) {
        List<Element> result = new ArrayList<>();
        Elements children = parent.getChildElements(localName, ns);
        for (int i = 0; i < children.size(); i++) {
            result.add(children.get(i));
        }
        return result;
    }

    /** Descendants in document order, at any depth. */
    public static List<Element> descendants(Element parent, String ns, String localName) {
        List<Element> result = new ArrayList<>();
        collect(parent, ns, localName, result);
        return result;
    }

    private static void collect(Element parent, String ns, String localName, List<Element> result) {
        Elements children = parent.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            if (child.getLocalName().equals(localName) && child.getNamespaceURI().equals(ns)) {
                result.add(child);
            }
            collect(child, ns, localName, result);
        }
    }

    /** UTF-8 bytes of the document, indented so that validation messages point at a useful line. */
    public static byte[] toBytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            Serializer serializer = new Serializer(out, "UTF-8");
            serializer.setIndent(1);
            serializer.setLineSeparator("\n");
            serializer.write(document);
            serializer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
