package org.tweetorial.render.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.Layout;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * Visual abstract: question band, tiles for design, population, intervention and outcome (one row on landscape
 * cards, a 2x2 grid otherwise), conclusion band.
 */
final class VisualAbstractLayout implements CardLayout {

    private record Tile(String icon, String label, String value) {
    }

    @Override
    public Layout kind() {
        return Layout.VISUAL_ABSTRACT;
    }

    @Override
    public void draw(LayoutContext ctx) {
        Card card = ctx.card();
        Card.VisualAbstract va = card.visualAbstract() != null ? card.visualAbstract()
                : new Card.VisualAbstract(card.title(), "", "", "", "", String.join(" ", card.paragraphs()));
        double u = ctx.u();
        double w = ctx.contentWidth();
        double pad = 20 * u;
        double gap = 16 * u;
        String question = va.question().isEmpty() ? card.title() : va.question();
        double y = ctx.top();
        double bottom = ctx.bottom();
        double bandMax = (ctx.contentHeight() * 0.62 - 2 * gap) / 2;
        double qh = band(ctx, "QUESTION", question, y, w, bandMax, ctx.colours().accent());
        y += qh + gap;
        if (!va.conclusion().isEmpty()) {
            double ch = measureBand(ctx, "CONCLUSION", va.conclusion(), w, bandMax);
            band(ctx, "CONCLUSION", va.conclusion(), bottom - ch, w, bandMax, ctx.colours().accent2());
            bottom -= ch + gap;
        }
        List<Tile> tiles = new ArrayList<>();
        addTile(tiles, "\uD83D\uDD2C", "DESIGN", va.design());
        addTile(tiles, "\uD83D\uDC65", "POPULATION", va.population());
        addTile(tiles, "\uD83D\uDC8A", "INTERVENTION", va.intervention());
        addTile(tiles, "\uD83D\uDCC8", "OUTCOME", va.outcome());
        if (tiles.isEmpty()) {
            return;
        }
        int cols = ctx.landscape() || tiles.size() < 3 ? tiles.size() : 2;
        int rows = (tiles.size() + cols - 1) / cols;
        double tw = (w - gap * (cols - 1)) / cols;
        double th = (bottom - y - gap * (rows - 1)) / rows;
        double labelPx = 15;
        double iconSize = 30 * u;
        TextStyle valueStyle = ctx.style(true, 26, 1.22, 0);
        List<String> values = tiles.stream().map(Tile::value).toList();
        double valueH = th - 2 * pad - iconSize - 12 * u;
        double size = valueStyle.maxSize();
        for (String v : values) {
            size = Math.min(size, ctx.fit(v, valueStyle, tw - 2 * pad, valueH).fontSize());
        }
        TextStyle common = valueStyle.withSizes(size, Math.min(size, ctx.minFont()));
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            double tx = ctx.left() + (i % cols) * (tw + gap);
            double ty = y + (i / cols) * (th + gap);
            ctx.canvas().rect(ctx.layer(), tx, ty, tw, th, 16 * u, ctx.colours().surface());
            ctx.emoji(ctx.layer(), t.icon(), tx + pad, ty + pad, iconSize);
            FittedText label = ctx.fit(t.label(), ctx.style(true, labelPx, 1.0, 1), tw - 2 * pad - iconSize - 10 * u,
                    iconSize);
            ctx.draw(label, tx + pad + iconSize + 10 * u, ty + pad + (iconSize - label.height()) / 2,
                    tw - 2 * pad - iconSize - 10 * u, TextAlign.START, ctx.colours().accent(), "card-label");
            FittedText value = ctx.fit(t.value(), common, tw - 2 * pad, valueH);
            ctx.draw(value, tx + pad, ty + pad + iconSize + 12 * u, tw - 2 * pad, TextAlign.START,
                    ctx.colours().text(), "card-value");
        }
    }

    private static void addTile(List<Tile> tiles, String icon, String label, String value) {
        if (!value.isEmpty()) {
            tiles.add(new Tile(icon, label, value));
        }
    }

    private static double measureBand(LayoutContext ctx, String label, String text, double w, double maxH) {
        double u = ctx.u();
        FittedText l = ctx.fit(label, ctx.style(true, 14, 1.0, 1), w, maxH);
        FittedText t = ctx.fit(text, ctx.style(true, 27, 1.2, 3), w - 2 * 26 * u, maxH - l.height() - 32 * u);
        return l.height() + 4 * u + t.height() + 28 * u;
    }

    private static double band(LayoutContext ctx, String label, String text, double y, double w, double maxH,
            String fill) {
        double u = ctx.u();
        double px = 26 * u;
        FittedText l = ctx.fit(label, ctx.style(true, 14, 1.0, 1), w, maxH);
        FittedText t = ctx.fit(text, ctx.style(true, 27, 1.2, 3), w - 2 * px, maxH - l.height() - 32 * u);
        double h = l.height() + 4 * u + t.height() + 28 * u;
        ctx.canvas().rect(ctx.layer(), ctx.left(), y, w, h, 16 * u, fill);
        double ty = y + 14 * u;
        ty += ctx.draw(l, ctx.left() + px, ty, w - 2 * px, TextAlign.START, ctx.colours().onAccent(), "card-label")
                + 4 * u;
        ctx.draw(t, ctx.left() + px, ty, w - 2 * px, TextAlign.START, ctx.colours().onAccent(), "card-band");
        return h;
    }
}
