package org.newspaperingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What an ALTO file says about its lines, read straight from the XML as a user of the package would:
 * the writing direction of each TextLine, and whether every String and Glyph lies inside its TextLine.
 */
record AltoLines(int lines, int verticalBlockLines, int verticalBlockLinesTtb, int strings, int glyphs,
                 List<String> outside) {

    static AltoLines read(Path alto) {
        Document doc = parse(alto);
        int lines = 0;
        int verticalBlockLines = 0;
        int ttb = 0;
        int strings = 0;
        int glyphs = 0;
        List<String> outside = new ArrayList<>();
        NodeList lineNodes = doc.getElementsByTagNameNS("*", "TextLine");
        for (int i = 0; i < lineNodes.getLength(); i++) {
            Element line = (Element) lineNodes.item(i);
            lines++;
            Element block = (Element) line.getParentNode();
            if ("ttb".equals(block.getAttribute("BASEDIRECTION"))) {
                verticalBlockLines++;
                if ("ttb".equals(line.getAttribute("BASEDIRECTION"))) {
                    ttb++;
                }
            }
            int[] lineBox = box(line);
            NodeList stringNodes = line.getElementsByTagNameNS("*", "String");
            for (int s = 0; s < stringNodes.getLength(); s++) {
                Element string = (Element) stringNodes.item(s);
                strings++;
                if (!inside(box(string), lineBox)) {
                    outside.add(describe(string, line));
                }
                NodeList glyphNodes = string.getElementsByTagNameNS("*", "Glyph");
                for (int g = 0; g < glyphNodes.getLength(); g++) {
                    Element glyph = (Element) glyphNodes.item(g);
                    glyphs++;
                    if (!inside(box(glyph), lineBox)) {
                        outside.add(describe(glyph, line));
                    }
                }
            }
        }
        return new AltoLines(lines, verticalBlockLines, ttb, strings, glyphs, List.copyOf(outside));
    }

    static String describe(Path alto) {
        AltoLines a = read(alto);
        return String.format(Locale.ROOT, "%d TextLines, %d in ttb blocks of which %d carry BASEDIRECTION=\"ttb\";"
                        + " %d Strings, %d Glyphs, %d outside their TextLine", a.lines, a.verticalBlockLines,
                a.verticalBlockLinesTtb, a.strings, a.glyphs, a.outside.size());
    }

    private static String describe(Element element, Element line) {
        return element.getLocalName() + " \"" + element.getAttribute("CONTENT") + "\" " + java.util.Arrays.toString(box(element))
                + " outside TextLine " + line.getAttribute("ID") + " " + java.util.Arrays.toString(box(line));
    }

    /** HPOS, VPOS, right, bottom. */
    private static int[] box(Element e) {
        int x = (int) Math.round(Double.parseDouble(e.getAttribute("HPOS")));
        int y = (int) Math.round(Double.parseDouble(e.getAttribute("VPOS")));
        int w = (int) Math.round(Double.parseDouble(e.getAttribute("WIDTH")));
        int h = (int) Math.round(Double.parseDouble(e.getAttribute("HEIGHT")));
        return new int[] {x, y, x + w, y + h};
    }

    private static boolean inside(int[] inner, int[] outer) {
        return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
    }

    private static Document parse(Path alto) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(alto.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(alto + ": not well-formed ALTO: " + e.getMessage(), e);
        }
    }
}
