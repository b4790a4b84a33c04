package org.tweetorial.render.internal.svg;

import java.io.StringWriter;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Node;

/** Serialises DOM nodes to XML text (UTF-8, no XML declaration for fragments). */
public final class SvgWriter {

    private static final TransformerFactory FACTORY = TransformerFactory.newInstance();

    private SvgWriter() {
    }

    public static String toString(Node node) {
        return write(node, true);
    }

    public static String toDocumentString(Node node) {
        return write(node, false);
    }

    private static String write(Node node, boolean omitDeclaration) {
        try {
            Transformer t;
            synchronized (FACTORY) {
                t = FACTORY.newTransformer();
            }
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, omitDeclaration ? "yes" : "no");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise SVG", e);
        }
    }
}
