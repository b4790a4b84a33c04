package org.tweetorial.render.internal.icons;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.svg.SvgSanitizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An icon body made safe to place in a page: ids prefixed with the icon's name (so that two icons never share an
 * id), SVG 2 {@code <use href>} replaced by copies of what it points to (Batik 1.19 needs {@code xlink:href} and the
 * sanitiser allows no {@code <use>}), then sanitised like any untrusted SVG.
 *
 * @param root    a sanitised {@code <svg>} element with a view box; callers import its children, never modify it
 * @param viewBox the view box, {@code 0 0 W H}
 */
public record IconSymbol(Element root, String viewBox) {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    static Optional<IconSymbol> of(HealthIcons.Icon icon) {
        String prefix = "hi-" + icon.name() + "-";
        String body = prefixIds(icon.body(), prefix);
        String viewBox = "0 0 " + icon.width() + " " + icon.height();
        String markup = "<svg xmlns=\"" + SvgSanitizer.SVG_NS + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " viewBox=\"" + viewBox + "\">" + body + "</svg>";
        try {
            Document doc = SafeXml.parse(markup);
            Element root = doc.getDocumentElement();
            expandUses(root);
            SvgSanitizer.sanitize(root);
            return Optional.of(new IconSymbol(root, viewBox));
        } catch (SafeXml.XmlException e) {
            return Optional.empty();
        }
    }

    static String prefixIds(String body, String prefix) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        String out = body;
        for (String id : ids) {
            String q = Pattern.quote(id);
            out = out.replaceAll("\\bid=\"" + q + "\"", Matcher.quoteReplacement("id=\"" + prefix + id + "\""))
                    .replaceAll("#" + q + "([\")])", Matcher.quoteReplacement("#" + prefix + id) + "$1");
        }
        return out;
    }

    /** Replaces each {@code <use href="#id" x y>} by a group holding a copy of the element with that id. */
    private static void expandUses(Element root) {
        NodeList uses = root.getElementsByTagNameNS(SvgSanitizer.SVG_NS, "use");
        for (int i = uses.getLength() - 1; i >= 0; i--) {
            Element use = (Element) uses.item(i);
            String href = use.getAttribute("href");
            if (href.isEmpty()) {
                href = use.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            }
            Element target = href.startsWith("#") ? byId(root, href.substring(1)) : null;
            Element g = root.getOwnerDocument().createElementNS(SvgSanitizer.SVG_NS, "g");
            String x = use.getAttribute("x");
            String y = use.getAttribute("y");
            if (!x.isEmpty() || !y.isEmpty()) {
                g.setAttribute("transform", "translate(" + (x.isEmpty() ? "0" : x) + " " + (y.isEmpty() ? "0" : y) + ")");
            }
            for (String a : new String[] { "fill", "stroke", "opacity", "transform" }) {
                if (use.hasAttribute(a) && !(a.equals("transform") && g.hasAttribute(a))) {
                    g.setAttribute(a, use.getAttribute(a));
                }
            }
            if (target != null) {
                Element copy = (Element) target.cloneNode(true);
                copy.removeAttribute("id");
                g.appendChild(copy);
            }
            use.getParentNode().replaceChild(g, use);
        }
    }

    private static Element byId(Element root, String id) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Node n = all.item(i);
            if (n instanceof Element e && id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }
}
