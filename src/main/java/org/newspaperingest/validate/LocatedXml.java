package org.newspaperingest.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.NodeFactory;
import nu.xom.ParsingException;
import org.newspaperingest.pack.Xml;
import org.xml.sax.Locator;
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

    /** Parses with the package reader's limits ({@link Xml#secureReader()}, {@link Xml#MAX_XML_BYTES}). */
    static LocatedXml parse(Path file) throws IOException, ParsingException {
        Xml.requireReadableSize(file, String.valueOf(file.getFileName()));
        LocatingFilter filter = new LocatingFilter();
        filter.setParent(Xml.secureReader());
        filter.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Map<Element, int[]> positions = new IdentityHashMap<>();
        NodeFactory factory = new Xml.BoundedNodes() {
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
        try {
            Document document = new Builder(filter, false, factory).build(file.toFile());
            return new LocatedXml(document, positions);
        } catch (nu.xom.XMLException e) {
            throw new IOException(e.getMessage(), e);
        }
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
