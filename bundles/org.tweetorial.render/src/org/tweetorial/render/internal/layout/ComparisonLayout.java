package org.tweetorial.render.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/** Two panels side by side, each with a coloured header and bullet items at one common size. */
final class ComparisonLayout implements SlideLayout<Card.Comparison> {

    @Override
    public Class<Card.Comparison> bodyType() {
        return Card.Comparison.class;
    }

    @Override
    public void describe(Card.Comparison cmp, AltText alt) {
        alt.sentence(cmp.title()).sentence("Comparison of " + cmp.left().heading() + " and " + cmp.right().heading());
        for (Card.Column column : List.of(cmp.left(), cmp.right())) {
            alt.sentence(column.heading().isEmpty() ? "" : column.heading() + ":").sentences(column.items());
        }
    }

    @Override
    public void draw(LayoutContext ctx, Card.Comparison cmp) {
        double u = ctx.u();
        double top = Heading.draw(ctx, cmp.title(), 40, 2, TextAlign.START) + 4 * u;
        double gap = 28 * u;
        double panelW = (ctx.contentWidth() - gap) / 2;
        double panelH = ctx.bottom() - top;
        double pad = 24 * u;
        double innerW = panelW - 2 * pad - 26 * u;
        TextStyle headStyle = ctx.style(true, 28, 1.15, 2);
        FittedText lh = ctx.fit(cmp.left().heading(), headStyle, panelW - 2 * pad, panelH * 0.3);
        FittedText rh = ctx.fit(cmp.right().heading(), headStyle, panelW - 2 * pad, panelH * 0.3);
        double headSize = Math.min(lh.fontSize(), rh.fontSize());
        lh = ctx.fit(cmp.left().heading(), headStyle.withSizes(headSize, headSize), panelW - 2 * pad, panelH * 0.3);
        rh = ctx.fit(cmp.right().heading(), headStyle.withSizes(headSize, headSize), panelW - 2 * pad,
                panelH * 0.3);
        double headerH = Math.max(lh.height(), rh.height()) + 2 * 16 * u;
        if (lh.lines().isEmpty() && rh.lines().isEmpty()) {
            headerH = 12 * u;
        }
        double itemsH = panelH - headerH - 2 * pad;
        TextStyle itemStyle = ctx.style(false, 28, 1.25, 0);
        List<FittedText> li = ctx.fitAll(cmp.left().items(), itemStyle, innerW, itemsH, 0.55);
        List<FittedText> ri = ctx.fitAll(cmp.right().items(), itemStyle, innerW, itemsH, 0.55);
        double size = Math.min(minSize(li, itemStyle), minSize(ri, itemStyle));
        li = ctx.fitAll(cmp.left().items(), itemStyle.withSizes(size, Math.min(size, ctx.minFont())), innerW,
                itemsH, 0.55);
        ri = ctx.fitAll(cmp.right().items(), itemStyle.withSizes(size, Math.min(size, ctx.minFont())), innerW,
                itemsH, 0.55);
        double needed = headerH + 2 * pad + Math.max(stackHeight(li), stackHeight(ri));
        double h = Math.min(panelH, needed + 8 * u);
        double y = top;
        panel(ctx, ctx.left(), y, panelW, h, headerH, lh, li, ctx.colours().accent());
        panel(ctx, ctx.left() + panelW + gap, y, panelW, h, headerH, rh, ri, ctx.colours().accent2());
    }

    private static double stackHeight(List<FittedText> texts) {
        double h = 0;
        int n = 0;
        for (FittedText t : texts) {
            if (!t.lines().isEmpty()) {
                h += t.height() + (n++ > 0 ? 0.55 * t.fontSize() : 0);
            }
        }
        return h;
    }

    private static double minSize(List<FittedText> texts, TextStyle style) {
        double s = style.maxSize();
        for (FittedText t : texts) {
            s = Math.min(s, t.fontSize());
        }
        return s;
    }

    private static void panel(LayoutContext ctx, double x, double y, double w, double h, double headerH,
            FittedText heading, List<FittedText> items, String headerFill) {
        double u = ctx.u();
        double pad = 24 * u;
        double r = 18 * u;
        ctx.canvas().rect(ctx.layer(), x, y, w, h, r, ctx.colours().surface());
        if (!heading.lines().isEmpty()) {
            ctx.canvas().element(ctx.layer(), "path", "d", topRounded(x, y, w, headerH, r), "fill", headerFill);
            ctx.draw(heading, x + pad, y + (headerH - heading.height()) / 2, w - 2 * pad, TextAlign.START,
                    ctx.colours().onAccent(), "card-column-heading");
        }
        double cy = y + headerH + pad;
        List<FittedText> shown = new ArrayList<>(items);
        for (FittedText t : shown) {
            if (t.lines().isEmpty()) {
                continue;
            }
            double dot = Math.max(6 * u, t.fontSize() * 0.28);
            double mid = cy + t.ascent() - 0.36 * t.fontSize();
            double dx = t.rtl() ? x + w - pad - dot : x + pad;
            ctx.canvas().circle(ctx.layer(), dx + dot / 2, mid, dot / 2, headerFill);
            double tx = t.rtl() ? x + pad : x + pad + 26 * u;
            cy += ctx.draw(t, tx, cy, w - 2 * pad - 26 * u, TextAlign.START, ctx.colours().text(), "card-item")
                    + 0.55 * t.fontSize();
        }
    }

    private static String topRounded(double x, double y, double w, double h, double r) {
        return "M" + n(x) + " " + n(y + h) + " V" + n(y + r) + " Q" + n(x) + " " + n(y) + " " + n(x + r) + " "
                + n(y) + " H" + n(x + w - r) + " Q" + n(x + w) + " " + n(y) + " " + n(x + w) + " " + n(y + r)
                + " V" + n(y + h) + " Z";
    }

    private static String n(double v) {
        return org.tweetorial.render.internal.svg.SvgCanvas.num(v);
    }
}
