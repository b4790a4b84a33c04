package org.tweetorial.render.internal.infographic;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * A trial's visual abstract: the question as heading with the design, the population with N, intervention
 * versus comparator side by side, the primary outcome with its numbers, the conclusion, and journal and DOI.
 */
final class VisualAbstractPainter {

    private VisualAbstractPainter() {
    }

    static void draw(PanelPen pen, Panel.VisualAbstract v, Box box) {
        double top = pen.heading(v.heading().isEmpty() ? "Visual abstract" : v.heading(), box);
        double gap = pen.px(14);
        double cite = 0;
        String citation = String.join(" \u00B7 ", v.journal(), v.doi().isEmpty() ? "" : "doi:" + v.doi())
                .replaceAll("^ \u00B7 | \u00B7 $", "");
        if (!citation.isBlank()) {
            FittedText c = pen.fit(citation, pen.style(false, 20, 1.2, 2), box.w(), box.h() * 0.1);
            cite = c.height() + gap;
            pen.draw(c, box.x(), box.bottom() - c.height(), box.w(), TextAlign.START, pen.colours().muted(),
                    "va-citation");
        }
        double h = box.h() - top - cite;
        double y = box.y() + top;
        double[] shares = { 3.5 / 16, 3.5 / 16, 5.5 / 16, 3.5 / 16 };
        double free = h - gap * 3;
        Box population = new Box(box.x(), y, box.w(), free * shares[0]);
        y += population.h() + gap;
        Box arms = new Box(box.x(), y, box.w(), free * shares[1]);
        y += arms.h() + gap;
        Box outcome = new Box(box.x(), y, box.w(), free * shares[2]);
        y += outcome.h() + gap;
        Box conclusion = new Box(box.x(), y, box.w(), free * shares[3]);
        population(pen, v, population);
        arms(pen, v, arms);
        tile(pen, "Primary outcome", v.outcome(), v.result(), outcome, pen.colours().surface(), "va-outcome", true);
        tile(pen, "Conclusion", v.conclusion(), "", conclusion, pen.colours().accent(), "va-conclusion", false);
    }

    private static void population(PanelPen pen, Panel.VisualAbstract v, Box b) {
        pen.rect(b.x(), b.y(), b.w(), b.h(), pen.px(12), pen.colours().background(), "va-population");
        double icon = Math.min(b.h() * 0.7, pen.px(110));
        pen.icon("people", b.x() + pen.px(16), b.y() + (b.h() - icon) / 2, icon, pen.palette().series(0), "va-icon");
        Box text = new Box(b.x() + icon + pen.px(32), b.y() + pen.px(12), b.w() - icon - pen.px(48),
                b.h() - pen.px(24));
        FittedText n = pen.fit("N = " + (v.n().isEmpty() ? "?" : v.n()), pen.style(true, 48, 1.0, 1), text.w() * 0.5,
                text.h() * 0.5);
        FittedText design = pen.fit(v.design(), pen.style(true, 22, 1.15, 2), text.w() * 0.5 - pen.px(12),
                text.h() * 0.5);
        double y = text.y();
        pen.draw(n, text.x(), y, text.w() * 0.5, TextAlign.START, pen.colours().accent(), "va-n");
        pen.draw(design, text.x() + text.w() * 0.5 + pen.px(12), y + (n.height() - design.height()) / 2,
                text.w() * 0.5 - pen.px(12), TextAlign.END, pen.colours().muted(), "va-design");
        y += n.height() + pen.px(8);
        pen.text(v.population(), pen.style(false, 24, 1.2, 0), new Box(text.x(), y, text.w(),
                Math.max(1, text.bottom() - y)), TextAlign.START, pen.colours().text(), "va-population-text");
    }

    private static void arms(PanelPen pen, Panel.VisualAbstract v, Box b) {
        double vs = pen.px(60);
        double w = (b.w() - vs) / 2;
        arm(pen, "Intervention", v.intervention(), "medicines", new Box(b.x(), b.y(), w, b.h()),
                pen.palette().series(0), "va-intervention");
        FittedText versus = pen.fit("vs", pen.style(true, 30, 1, 1), vs, b.h());
        pen.draw(versus, b.x() + w, b.y() + (b.h() - versus.height()) / 2, vs, TextAlign.CENTER, pen.colours().muted(),
                "va-versus");
        arm(pen, "Comparator", v.comparator(), "pill-1", new Box(b.x() + w + vs, b.y(), w, b.h()),
                pen.palette().series(1), "va-comparator");
    }

    private static void arm(PanelPen pen, String label, String text, String icon, Box b, String colour, String cls) {
        pen.rect(b.x(), b.y(), b.w(), b.h(), pen.px(12), colour, cls);
        String on = ContrastPick.onColour(colour, pen.colours());
        double size = Math.min(b.h() * 0.3, pen.px(44));
        pen.icon(icon, b.x() + pen.px(12), b.y() + pen.px(12), size, on, "va-icon");
        FittedText l = pen.fit(label, pen.style(true, 22, 1.1, 1), b.w() - size - pen.px(36),
                Math.max(size, b.h() * 0.45));
        pen.draw(l, b.x() + size + pen.px(24), b.y() + pen.px(12) + (size - l.height()) / 2, b.w() - size - pen.px(36),
                TextAlign.START, on, cls + "-label");
        double y = b.y() + size + pen.px(16);
        pen.text(text, pen.style(false, 24, 1.2, 0), new Box(b.x() + pen.px(12), y, b.w() - pen.px(24),
                Math.max(1, b.bottom() - y - pen.px(8))), TextAlign.START, on, cls + "-text");
    }

    private static void tile(PanelPen pen, String label, String text, String result, Box b, String fill, String cls,
            boolean border) {
        pen.rect(b.x(), b.y(), b.w(), b.h(), pen.px(12), fill, cls);
        String on = ContrastPick.onColour(fill, pen.colours());
        Box in = b.inset(pen.px(14));
        TextStyle labelStyle = pen.style(true, 20, 1.1, 1);
        FittedText l = pen.fit(label.toUpperCase(java.util.Locale.ROOT), labelStyle, in.w(), in.h() * 0.5);
        double y = in.y() + pen.draw(l, in.x(), in.y(), in.w(), TextAlign.START, border ? pen.colours().muted() : on,
                cls + "-label") + pen.px(6);
        double rest = in.bottom() - y;
        FittedText main = pen.fit(text, pen.style(!border, 26, 1.2, 0), in.w(),
                result.isEmpty() ? rest : Math.max(rest * 0.45, rest - pen.px(50)));
        y += pen.draw(main, in.x(), y, in.w(), TextAlign.START, border ? pen.colours().text() : on, cls + "-text")
                + pen.px(6);
        if (!result.isEmpty()) {
            pen.text(result, pen.style(true, 34, 1.15, 0), new Box(in.x(), y, in.w(), Math.max(1, in.bottom() - y)),
                    TextAlign.START, pen.colours().accent(), cls + "-result");
        }
    }
}
