package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks an HTML5 page written as XHTML (polyglot markup): well-formed XML in the XHTML namespace, the HTML5
 * doctype, one {@code title} and {@code h1}, unique ids, every {@code aria-labelledby} pointing at an id, no heading
 * level skipped, and only elements and attributes of HTML5 that the index uses. Any warning or error fails.
 */
final class StrictXhtml {

    static final String NS = "http://www.w3.org/1999/xhtml";

    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "header",
            "main", "section", "article", "h1", "h2", "p", "ul", "li", "a", "img", "time", "strong");

    private StrictXhtml() {
    }

    static Document parse(String html) throws Exception {
        assertTrue(html.startsWith("<!DOCTYPE html>\n"), "the HTML5 doctype first");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Document doc = b.parse(new InputSource(new StringReader(html)));
        check(doc);
        return doc;
    }

    private static void check(Document doc) {
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("html", root.getLocalName());
        assertFalse(root.getAttribute("lang").isBlank(), "lang on html");
        assertEquals(1, doc.getElementsByTagNameNS(NS, "title").getLength());
        assertFalse(doc.getElementsByTagNameNS(NS, "title").item(0).getTextContent().isBlank());
        assertEquals(1, doc.getElementsByTagNameNS(NS, "h1").getLength(), "one h1");
        assertEquals(1, doc.getElementsByTagNameNS(NS, "main").getLength(), "one main landmark");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertEquals(NS, e.getNamespaceURI(), e.getTagName());
            assertTrue(ELEMENTS.contains(e.getLocalName()), "unexpected element " + e.getLocalName());
            if (e.hasAttribute("id")) {
                assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
            }
            if (e.getLocalName().equals("img")) {
                assertTrue(e.hasAttribute("alt"), "img without alt");
            }
            if (e.getLocalName().equals("a")) {
                assertFalse(e.getTextContent().isBlank(), "link without text");
            }
        }
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("aria-labelledby")) {
                assertTrue(ids.contains(e.getAttribute("aria-labelledby")), "aria-labelledby to a missing id");
            }
        }
    }
}
