package org.tweetorial.render.internal.infographic;

import java.util.List;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.layout.LayoutContext;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;
import org.w3c.dom.Element;

/**
 * What a panel draws with: its group in the page, the page's fitter and icons, sizes scaled to the page, and a
 * record of text that had to be cut (a problem on the panel's line).
 */
final class PanelPen {

    static final String RULE_TEXT_CUT = "infographic-text-cut";
    static final String RULE_ICON = "infographic-icon-unknown";

    private final LayoutContext page;
    private final IconDefs icons;
    private final ChartPalette palette;
    private final Panel panel;
    private final Element group;
    private final double scale;
    private final List<Problem> problems;

    PanelPen(LayoutContext page, IconDefs icons, ChartPalette palette, Panel panel, Element group, double scale,
            List<Problem> problems) {
        this.page = page;
        this.icons = icons;
        this.palette = palette;
        this.panel = panel;
        this.group = group;
        this.scale = scale;
        this.problems = problems;
    }

    SvgCanvas canvas() {
        return page.canvas();
    }

    Element group() {
        return group;
    }

    Theme.Palette colours() {
        return page.colours();
    }

    ChartPalette palette() {
        return palette;
    }

    /** A length designed for a 1080x1350 page, scaled to this page. */
    double px(double designPx) {
        return designPx * scale;
    }

    /** A text style with a size designed for 1080x1350, never below the theme's minimum. */
    TextStyle style(boolean bold, double designPx, double lineHeight, int maxLines) {
        double min = minFont();
        double max = Math.max(px(designPx), min);
        return new TextStyle(bold, max, Math.min(min, max), lineHeight, maxLines, TextStyle.Wrap.PRETTY);
    }

    /**
     * The smallest text: the theme's minimum (set for a 1200x675 card seen in a feed) at 85%, as an infographic is
     * opened and read at full size, scaled to the page and never under 14 px.
     */
    double minFont() {
        return Math.max(14, page.minFont() / page.u() * 0.85 * scale);
    }

    FittedText fit(String text, TextStyle style, double w, double h) {
        FittedText f = page.fit(text, style, w, Math.max(h, 1));
        noteCut(f, text);
        return f;
    }

    List<FittedText> fitAll(List<String> texts, TextStyle style, double w, double h, double gapEm) {
        List<FittedText> all = page.fitAll(texts, style, w, Math.max(h, 1), gapEm);
        for (int i = 0; i < all.size(); i++) {
            noteCut(all.get(i), texts.get(i));
        }
        return all;
    }

    private void noteCut(FittedText f, String text) {
        if (f.truncated() || f.lines().isEmpty() && !text.isBlank()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
            problems.add(new Problem(RULE_TEXT_CUT, Severity.WARNING, panel.range(), "text does not fit its "
                    + panel.typeName() + " panel and was cut: '" + shown + "'; shorten it, give the panel more room"
                    + " (span=2) or use a taller size"));
        }
    }

    /** Draws a fitted block with its top at y; returns its height. */
    double draw(FittedText text, double x, double y, double w, TextAlign align, String fill, String cssClass) {
        return page.draw(group, text, x, y, w, align, fill, cssClass);
    }

    /** Fits and draws text at the top of a box; returns the height used. */
    double text(String text, TextStyle style, Box box, TextAlign align, String fill, String cssClass) {
        if (text.isBlank()) {
            return 0;
        }
        return draw(fit(text, style, box.w(), box.h()), box.x(), box.y(), box.w(), align, fill, cssClass);
    }

    /** Draws an icon; an unknown name is reported once and leaves the space empty. */
    boolean icon(String name, double x, double y, double size, String colour, String cssClass) {
        return icon(group, name, x, y, size, colour, cssClass);
    }

    boolean icon(Element parent, String name, double x, double y, double size, String colour, String cssClass) {
        if (name.isEmpty()) {
            return false;
        }
        if (icons.draw(parent, name, x, y, size, colour, cssClass)) {
            return true;
        }
        String message = "unknown icon ':" + name + ":'; use a Health Icons name such as heart-organ, lungs,"
                + " pill-1, syringe, person or virus";
        if (problems.stream().noneMatch(p -> p.message().equals(message) && p.range().equals(panel.range()))) {
            problems.add(new Problem(RULE_ICON, Severity.WARNING, panel.range(), message));
        }
        return false;
    }

    void problem(Problem p) {
        problems.add(p);
    }

    Element rect(double x, double y, double w, double h, double r, String fill, String cssClass) {
        Element e = canvas().rect(group, x, y, w, h, r, fill);
        e.setAttribute("class", cssClass);
        return e;
    }

    Element line(double x1, double y1, double x2, double y2, String stroke, double width, String cssClass) {
        Element e = canvas().line(group, x1, y1, x2, y2, stroke, width);
        e.setAttribute("class", cssClass);
        return e;
    }

    Element path(String d, String fill, String stroke, double width, String cssClass) {
        return canvas().element(group, "path", "d", d, "fill", fill, "stroke", stroke, "stroke-width",
                stroke == null ? null : SvgCanvas.num(width), "class", cssClass);
    }

    /** Width of text at a size, in pixels. */
    double width(String text, boolean bold, double size) {
        return page.unitWidth(text, bold) * size;
    }

    /** A panel heading at the top of the box; returns the height used including the gap below. */
    double heading(String text, Box box) {
        if (text.isBlank()) {
            return 0;
        }
        double h = text(text, style(true, 34, 1.15, 2), box.top(box.h() * 0.3), TextAlign.START, colours().text(),
                "panel-heading");
        return h + px(14);
    }
}
