package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/** Panels that are mostly words: banner, key points, big number, quote, comparison and footer. */
final class TextPanelPainter {

    private TextPanelPainter() {
    }

    static void banner(PanelPen pen, Panel.Banner b, Box box) {
        String on = pen.colours().onAccent();
        double gap = pen.px(12);
        String byline = String.join(" \u00B7 ", nonEmpty(b.author(), b.date()));
        FittedText by = byline.isEmpty() ? null
                : pen.fit(byline, pen.style(false, 22, 1.2, 1), box.w(), box.h() * 0.25);
        double byH = by == null ? 0 : by.height() + gap;
        FittedText title = pen.fit(b.title(), pen.style(true, 64, 1.08, 3), box.w(), (box.h() - byH) * 0.7);
        double y = box.y();
        double used = title.height() + byH;
        FittedText sub = b.subtitle().isEmpty() ? null
                : pen.fit(b.subtitle(), pen.style(false, 30, 1.2, 2), box.w(), Math.max(1, box.h() - used - gap));
        double total = used + (sub == null ? 0 : sub.height() + gap);
        y += Math.max(0, (box.h() - total) / 2);
        y += pen.draw(title, box.x(), y, box.w(), TextAlign.START, on, "banner-title");
        if (sub != null) {
            y += pen.px(12);
            y += pen.draw(sub, box.x(), y, box.w(), TextAlign.START, on, "banner-subtitle");
        }
        if (by != null) {
            y += pen.px(12);
            pen.draw(by, box.x(), y, box.w(), TextAlign.START, on, "banner-byline");
        }
    }

    private static List<String> nonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    static void points(PanelPen pen, Panel.KeyPoints k, Box box) {
        double top = pen.heading(k.heading(), box);
        if (k.points().isEmpty()) {
            return;
        }
        boolean icons = k.points().stream().anyMatch(p -> !p.icon().isEmpty());
        double iconSize = icons ? Math.min(pen.px(56), (box.h() - top) / k.points().size() * 0.8) : 0;
        double textX = box.x() + (icons ? iconSize + pen.px(16) : pen.px(28));
        double textW = Math.max(1, box.right() - textX);
        List<String> texts = k.points().stream().map(Panel.Point::text).toList();
        double gap = 0.6;
        List<FittedText> fitted = pen.fitAll(texts, pen.style(false, 28, 1.22, 0), textW, box.h() - top, gap);
        double total = 0;
        for (FittedText f : fitted) {
            total += Math.max(f.height(), iconSize);
        }
        double spacing = fitted.size() > 1 ? Math.min(pen.px(28), Math.max(0, (box.h() - top - total))
                / (fitted.size() - 1)) : 0;
        double y = box.y() + top;
        for (int i = 0; i < fitted.size(); i++) {
            FittedText f = fitted.get(i);
            double rowH = Math.max(f.height(), iconSize);
            if (icons) {
                pen.icon(k.points().get(i).icon(), box.x(), y + (rowH - iconSize) / 2, iconSize,
                        pen.palette().series(0), "point-icon");
            } else {
                double r = f.fontSize() * 0.18;
                pen.canvas().circle(pen.group(), box.x() + r + 2, y + f.ascent() - f.fontSize() * 0.33, r,
                        pen.colours().accent()).setAttribute("class", "point-bullet");
            }
            pen.draw(f, textX, y + (rowH - f.height()) / 2, textW, TextAlign.START, pen.colours().text(),
                    "point-text");
            y += rowH + spacing;
        }
    }

    static void number(PanelPen pen, Panel.BigNumber n, Box box) {
        double bottom = box.bottom();
        if (!n.source().isEmpty()) {
            FittedText src = pen.fit("Source: " + n.source(), pen.style(false, 20, 1.2, 2), box.w(), box.h() * 0.25);
            bottom -= src.height();
            pen.draw(src, box.x(), bottom, box.w(), TextAlign.START, pen.colours().muted(), "number-source");
            bottom -= pen.px(10);
        }
        double avail = bottom - box.y();
        double iconSize = n.icon().isEmpty() ? 0 : Math.min(avail * 0.3, pen.px(80));
        FittedText value = pen.fit(n.value(), pen.style(true, 120, 1.0, 1), box.w() - iconSize - pen.px(12),
                avail * 0.5);
        FittedText caption = n.caption().isEmpty() ? null
                : pen.fit(n.caption(), pen.style(false, 28, 1.22, 0), box.w(), Math.max(1, avail - value.height()
                        - pen.px(12)));
        double total = value.height() + (caption == null ? 0 : caption.height() + pen.px(12));
        double y = box.y() + Math.max(0, (avail - total) / 2);
        if (iconSize > 0) {
            pen.icon(n.icon(), box.x(), y + (value.height() - iconSize) / 2, iconSize, pen.palette().series(0),
                    "number-icon");
        }
        double vx = box.x() + (iconSize > 0 ? iconSize + pen.px(12) : 0);
        y += pen.draw(value, vx, y, box.right() - vx, TextAlign.START, pen.colours().accent(), "number-value");
        if (caption != null) {
            pen.draw(caption, box.x(), y + pen.px(12), box.w(), TextAlign.START, pen.colours().text(),
                    "number-caption");
        }
    }

    static void quote(PanelPen pen, Panel.Quote q, Box box) {
        double markW = pen.px(10);
        pen.rect(box.x(), box.y(), markW, box.h(), markW / 2, pen.colours().accent(), "quote-bar");
        Box inner = new Box(box.x() + markW + pen.px(20), box.y(), box.w() - markW - pen.px(20), box.h());
        FittedText who = q.attribution().isEmpty() ? null
                : pen.fit("\u2014 " + q.attribution(), pen.style(false, 22, 1.2, 2), inner.w(), inner.h() * 0.3);
        double whoH = who == null ? 0 : who.height() + pen.px(12);
        FittedText text = pen.fit("\u201C" + q.text() + "\u201D", pen.style(false, 34, 1.25, 0), inner.w(),
                inner.h() - whoH);
        double y = inner.y() + Math.max(0, (inner.h() - text.height() - whoH) / 2);
        y += pen.draw(text, inner.x(), y, inner.w(), TextAlign.START, pen.colours().text(), "quote-text");
        if (who != null) {
            pen.draw(who, inner.x(), y + pen.px(12), inner.w(), TextAlign.START, pen.colours().muted(),
                    "quote-attribution");
        }
    }

    static void comparison(PanelPen pen, Panel.Comparison c, Box box) {
        double top = pen.heading(c.heading(), box);
        double gap = pen.px(20);
        double w = (box.w() - gap) / 2;
        side(pen, c.left(), new Box(box.x(), box.y() + top, w, box.h() - top), pen.palette().series(0));
        side(pen, c.right(), new Box(box.x() + w + gap, box.y() + top, w, box.h() - top), pen.palette().series(1));
    }

    private static void side(PanelPen pen, Panel.Side s, Box box, String colour) {
        double iconSize = s.icon().isEmpty() ? 0 : pen.px(48);
        FittedText title = pen.fit(s.title(), pen.style(true, 28, 1.15, 2), box.w() - iconSize - pen.px(8),
                box.h() * 0.25);
        double headH = Math.max(title.height(), iconSize) + pen.px(8);
        pen.rect(box.x(), box.y(), box.w(), headH + pen.px(8), pen.px(10), colour, "comparison-head");
        String onColour = ContrastPick.onColour(colour, pen.colours());
        if (iconSize > 0) {
            pen.icon(s.icon(), box.x() + pen.px(8), box.y() + pen.px(8), iconSize, onColour, "comparison-icon");
        }
        pen.draw(title, box.x() + iconSize + pen.px(12), box.y() + pen.px(8) + (headH - pen.px(8) - title.height()) / 2,
                box.w() - iconSize - pen.px(20), TextAlign.START, onColour, "comparison-title");
        Box list = box.below(headH + pen.px(20));
        List<String> items = s.items().stream().map(i -> "\u2022 " + i).toList();
        List<FittedText> fitted = pen.fitAll(items, pen.style(false, 24, 1.2, 0), list.w(), list.h(), 0.5);
        double y = list.y();
        for (FittedText f : fitted) {
            y += pen.draw(f, list.x(), y, list.w(), TextAlign.START, pen.colours().text(), "comparison-item")
                    + f.fontSize() * 0.5;
        }
    }

    static void footer(PanelPen pen, Panel.Footer f, Box box) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < f.references().size(); i++) {
            lines.add((i + 1) + ". " + f.references().get(i));
        }
        String credit = String.join(" \u00B7 ", nonEmpty(f.credit(), f.licence()));
        TextStyle small = pen.style(false, 18, 1.2, 0);
        FittedText by = credit.isEmpty() ? null : pen.fit(credit, small.withMaxLines(1), box.w(), box.h() * 0.4);
        double byH = by == null ? 0 : by.height() + pen.px(8);
        List<FittedText> refs = pen.fitAll(lines, small, box.w(), Math.max(1, box.h() - byH), 0.2);
        double y = box.y();
        for (FittedText r : refs) {
            y += pen.draw(r, box.x(), y, box.w(), TextAlign.START, pen.colours().muted(), "footer-reference")
                    + r.fontSize() * 0.2;
        }
        if (by != null) {
            pen.draw(by, box.x(), box.bottom() - by.height(), box.w(), TextAlign.START, pen.colours().text(),
                    "footer-credit");
        }
    }
}
