package org.tweetorial.render.internal.svg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML into a DOM with DOCTYPE declarations refused, so no external entity, no entity expansion and
 * no external DTD can be fetched.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static DocumentBuilderFactory createFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Thrown for malformed or forbidden XML; the message is readable. */
    public static final class XmlException extends Exception {
        private static final long serialVersionUID = 1L;

        public XmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Document parse(byte[] xml) throws XmlException {
        return parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    public static Document parse(String xml) throws XmlException {
        return parse(new InputSource(new StringReader(xml)));
    }

    private static Document parse(InputSource source) throws XmlException {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' is not allowed");
            });
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop parsing
                }
            });
            return builder.parse(source);
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            if (msg.contains("DOCTYPE")) {
                msg = "DOCTYPE declarations (and so entities) are not allowed";
            }
            throw new XmlException("line " + e.getLineNumber() + ": " + msg, e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new XmlException(e.getMessage() == null ? "malformed XML" : e.getMessage(), e);
        }
    }
}
