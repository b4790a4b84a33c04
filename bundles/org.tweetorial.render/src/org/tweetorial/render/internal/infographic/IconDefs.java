package org.tweetorial.render.internal.infographic;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.render.internal.icons.HealthIcons;
import org.tweetorial.render.internal.icons.IconSymbol;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Places Health Icons on one page: each icon is defined once as a {@code <symbol>} and drawn with {@code <use>},
 * coloured through {@code currentColor} by the use's {@code color}, so a 100-pictogram array stays small.
 */
final class IconDefs {

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private final SvgCanvas canvas;
    private final HealthIcons icons;
    private final Set<String> defined = new HashSet<>();
    private Element defs;

    IconDefs(SvgCanvas canvas, HealthIcons icons) {
        this.canvas = canvas;
        this.icons = icons;
    }

    /**
     * Draws the icon in a square; returns false (drawing nothing) for an unknown name.
     */
    boolean draw(Element parent, String name, double x, double y, double size, String colour, String cssClass) {
        Optional<String> id = define(name);
        if (id.isEmpty()) {
            return false;
        }
        Element use = canvas.element(parent, "use", "x", SvgCanvas.num(x), "y", SvgCanvas.num(y), "width",
                SvgCanvas.num(size), "height", SvgCanvas.num(size), "color", colour, "fill", colour,
                "class", cssClass);
        use.setAttributeNS(XLINK, "xlink:href", "#" + id.get());
        return true;
    }

    private Optional<String> define(String name) {
        String id = "icon-" + name;
        if (defined.contains(name)) {
            return Optional.of(id);
        }
        Optional<IconSymbol> symbol = icons.symbol(name);
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        if (defs == null) {
            defs = canvas.element(null, "defs");
            canvas.root().insertBefore(defs, canvas.root().getFirstChild().getNextSibling());
        }
        Element s = canvas.element(defs, "symbol", "id", id, "viewBox", symbol.get().viewBox());
        for (Node c = symbol.get().root().getFirstChild(); c != null; c = c.getNextSibling()) {
            s.appendChild(canvas.document().importNode(c, true));
        }
        defined.add(name);
        return Optional.of(id);
    }
}
