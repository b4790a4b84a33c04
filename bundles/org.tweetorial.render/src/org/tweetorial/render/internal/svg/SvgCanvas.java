package org.tweetorial.render.internal.svg;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Creates the card's SVG DOM (a Batik SVG document, so it can be rendered without re-parsing). */
public final class SvgCanvas {

    public static final String NS = SvgSanitizer.SVG_NS;

    private final Document doc;
    private final Element root;

    public SvgCanvas(int width, int height) {
        doc = SVGDOMImplementation.getDOMImplementation().createDocument(NS, "svg", null);
        root = doc.getDocumentElement();
        root.setAttributeNS(null, "width", Integer.toString(width));
        root.setAttributeNS(null, "height", Integer.toString(height));
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        root.setAttributeNS(null, "version", "1.1");
    }

    public Document document() {
        return doc;
    }

    public Element root() {
        return root;
    }

    public Element element(Element parent, String name, String... attributes) {
        Element e = doc.createElementNS(NS, name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                e.setAttributeNS(null, attributes[i], attributes[i + 1]);
            }
        }
        if (parent != null) {
            parent.appendChild(e);
        }
        return e;
    }

    public Element group(Element parent, String cssClass) {
        return element(parent, "g", "class", cssClass);
    }

    public Element rect(Element parent, double x, double y, double w, double h, double r, String fill) {
        return element(parent, "rect", "x", num(x), "y", num(y), "width", num(w), "height", num(h),
                "rx", r > 0 ? num(r) : null, "fill", fill);
    }

    public Element circle(Element parent, double cx, double cy, double r, String fill) {
        return element(parent, "circle", "cx", num(cx), "cy", num(cy), "r", num(r), "fill", fill);
    }

    public Element line(Element parent, double x1, double y1, double x2, double y2, String stroke, double width) {
        return element(parent, "line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2),
                "stroke", stroke, "stroke-width", num(width));
    }

    public Element title(String text) {
        Element t = element(null, "title");
        t.setTextContent(text);
        root.insertBefore(t, root.getFirstChild());
        return t;
    }

    public static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        return Double.toString(r / 100.0);
    }
}
