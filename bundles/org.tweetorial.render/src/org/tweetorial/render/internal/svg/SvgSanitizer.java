package org.tweetorial.render.internal.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Allow-list sanitiser for untrusted SVG fragments (theme decorations, emoji images, project SVG images): only
 * plain shapes, gradients and presentation attributes survive; scripts, event handlers, links, styles, foreign
 * content and any {@code url()} other than a local {@code url(#id)} are reported and removed.
 */
public final class SvgSanitizer {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "path", "linearGradient", "radialGradient", "stop", "title", "desc", "clipPath",
            "mask");

    private static final Set<String> ATTRIBUTES = Set.of("id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "width", "height", "d", "points", "fill", "stroke", "stroke-width",
            "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
            "opacity", "fill-opacity", "stroke-opacity", "fill-rule", "clip-rule", "transform", "offset",
            "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "viewBox",
            "preserveAspectRatio", "clip-path", "mask", "maskUnits", "clipPathUnits", "class", "version",
            "enable-background", "display", "visibility");

    private static final Pattern LOCAL_URL = Pattern.compile("url\\(\\s*#[A-Za-z_][\\w.\\-]*\\s*\\)");
    private static final Pattern SAFE_VALUE = Pattern.compile("[\\w\\s#.,:;%()+\\-/{}]*");

    private SvgSanitizer() {
    }

    /**
     * Removes everything not on the allow list from {@code root} and its descendants, in place.
     *
     * @return a readable description of each removed thing (empty when the fragment was clean)
     */
    public static List<String> sanitize(Element root) {
        List<String> problems = new ArrayList<>();
        if (!"svg".equals(localName(root)) || !SVG_NS.equals(root.getNamespaceURI())) {
            problems.add("root element must be <svg xmlns=\"" + SVG_NS + "\">, found <" + root.getNodeName() + ">");
        }
        clean(root, problems, true);
        return problems;
    }

    private static void clean(Element el, List<String> problems, boolean root) {
        NamedNodeMap attrs = el.getAttributes();
        List<Attr> remove = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String name = a.getName();
            if (name.equals("xmlns") || (root && name.startsWith("xmlns:"))) {
                if (name.startsWith("xmlns:") && !a.getValue().equals("http://www.w3.org/1999/xlink")) {
                    problems.add("<" + el.getNodeName() + ">: namespace " + name + " is not allowed");
                    remove.add(a);
                }
                continue;
            }
            String why = attributeProblem(name, a.getValue());
            if (why != null) {
                problems.add("<" + el.getNodeName() + ">: " + why);
                remove.add(a);
            }
        }
        for (Attr a : remove) {
            el.removeAttributeNode(a);
        }
        Node child = el.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element ce = (Element) child;
                    String ln = localName(ce);
                    if (!SVG_NS.equals(ce.getNamespaceURI()) || !ELEMENTS.contains(ln) || ln.equals("svg")) {
                        problems.add("element <" + ce.getNodeName() + "> is not allowed");
                        el.removeChild(child);
                    } else {
                        clean(ce, problems, false);
                    }
                }
                case Node.TEXT_NODE -> {
                    String ln = localName(el);
                    if (!ln.equals("title") && !ln.equals("desc") && !child.getNodeValue().isBlank()) {
                        el.removeChild(child);
                    }
                }
                case Node.COMMENT_NODE -> el.removeChild(child);
                default -> {
                    problems.add("node '" + child.getNodeName() + "' is not allowed");
                    el.removeChild(child);
                }
            }
            child = next;
        }
    }

    /** Null when the attribute is allowed, else the reason. */
    static String attributeProblem(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on")) {
            return "event handler attribute " + name + " is not allowed";
        }
        if (lower.contains("href")) {
            return "link attribute " + name + " is not allowed (no external or internal references)";
        }
        if (lower.equals("style")) {
            return "style attribute is not allowed; use presentation attributes";
        }
        if (!ATTRIBUTES.contains(name)) {
            return "attribute " + name + " is not allowed";
        }
        String rest = LOCAL_URL.matcher(value).replaceAll("");
        if (rest.toLowerCase(Locale.ROOT).contains("url(")) {
            return "attribute " + name + "=\"" + shorten(value) + "\" references something other than url(#id)";
        }
        if (!SAFE_VALUE.matcher(rest).matches()) {
            return "attribute " + name + "=\"" + shorten(value) + "\" contains characters that are not allowed";
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    static String localName(Node n) {
        return n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
    }
}
