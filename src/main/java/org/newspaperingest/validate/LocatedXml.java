package org.newspaperingest.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.NodeFactory;
import nu.xom.ParsingException;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/** A XOM document that remembers where each element starts, so problems found in it can name a line. */
final class LocatedXml {
    final Document document;
    private final Map<Element, int[]> positions;

    private LocatedXml(Document document, Map<Element, int[]> positions) {
        this.document = document;
        this.positions = positions;
    }

    int line(Element element) {
        int[] position = positions.get(element);
        return position == null ? 0 : position[0];
    }

    int column(Element element) {
        int[] position = positions.get(element);
        return position == null ? 0 : position[1];
    }

    Problem problem(String file, Element element, String reason) {
        return new Problem(file, line(element), column(element), reason);
    }

    static LocatedXml parse(Path file) throws IOException, ParsingException {
        LocatingFilter filter = new LocatingFilter();
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            filter.setParent(factory.newSAXParser().getXMLReader());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
        filter.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Map<Element, int[]> positions = new IdentityHashMap<>();
        NodeFactory factory = new NodeFactory() {
            @Override
            public Element startMakingElement(String name, String namespace) {
                return remember(super.startMakingElement(name, namespace));
            }

            @Override
            public Element makeRootElement(String name, String namespace) {
                return remember(super.makeRootElement(name, namespace));
            }

            private Element remember(Element element) {
                Locator locator = filter.locator;
                if (element != null && locator != null) {
                    positions.put(element, new int[] {locator.getLineNumber(), locator.getColumnNumber()});
                }
                return element;
            }
        };
        Document document = new Builder(filter, false, factory).build(file.toFile());
        return new LocatedXml(document, positions);
    }

    /** Passes SAX events through and keeps the parser's locator for the node factory. */
    private static final class LocatingFilter extends XMLFilterImpl {
        Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }
    }
}
