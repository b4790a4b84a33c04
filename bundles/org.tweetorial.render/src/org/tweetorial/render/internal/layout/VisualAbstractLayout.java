package org.tweetorial.render.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * Visual abstract as journals lay it out: the question band (with the study's name), tiles for design,
 * population, intervention and comparator (one row on landscape cards, a 2x2 grid otherwise), the outcome band
 * with its result, the conclusion band and the citation (journal, DOI).
 */
final class VisualAbstractLayout implements SlideLayout<Card.VisualAbstract> {

    private record Tile(String icon, String label, String detail, String value) {
    }

    /** A coloured band: small label, optional regular-weight detail, bold text. */
    private record Band(String label, String detail, String text, String fill, String labelFill, String textFill) {
    }

    @Override
    public Class<Card.VisualAbstract> bodyType() {
        return Card.VisualAbstract.class;
    }

    @Override
    public void describe(Card.VisualAbstract va, AltText alt) {
        alt.sentence("Visual abstract" + (va.title().isEmpty() ? "" : ": " + va.title()))
                .labelled("Question", va.question()).labelled("Design", va.design())
                .labelled("Population", va.population()).labelled("Intervention", va.intervention())
                .labelled("Comparator", va.comparator()).labelled("Outcome", va.outcome())
                .labelled("Result", va.result()).labelled("Conclusion", va.conclusion())
                .labelled("Source", citation(va));
    }

    @Override
    public void draw(LayoutContext ctx, Card.VisualAbstract va) {
        double u = ctx.u();
        double gap = 14 * u;
        double y = ctx.top();
        double bottom = ctx.bottom();
        double bandMax = ctx.contentHeight() * (ctx.landscape() ? 0.25 : 0.22);
        String citation = citation(va);
        if (!citation.isEmpty()) {
            FittedText src = ctx.fit(citation, ctx.style(false, 17, 1.25, 2), ctx.contentWidth(),
                    ctx.contentHeight() * 0.1);
            bottom -= src.height();
            ctx.draw(src, ctx.left(), bottom, ctx.contentWidth(), TextAlign.START, ctx.colours().muted(),
                    "card-citation");
            bottom -= gap;
        }
        String name = va.title().isEmpty() ? "QUESTION" : va.title().toUpperCase(Locale.ROOT) + " \u00B7 QUESTION";
        y += band(ctx, new Band(name, "", va.question(), ctx.colours().accent(), ctx.colours().onAccent(),
                ctx.colours().onAccent()), y, bandMax, false) + gap;
        if (!va.conclusion().isEmpty()) {
            bottom -= bandAtBottom(ctx, new Band("CONCLUSION", "", va.conclusion(), ctx.colours().accent2(),
                    ctx.colours().onAccent(), ctx.colours().onAccent()), bottom, bandMax) + gap;
        }
        List<Tile> tiles = new ArrayList<>();
        addTile(tiles, "\uD83D\uDD2C", "DESIGN", "", va.design());
        addTile(tiles, "\uD83D\uDC65", "POPULATION", "", va.population());
        addTile(tiles, "\uD83D\uDC8A", "INTERVENTION", "", va.intervention());
        addTile(tiles, "\u2696\uFE0F", "COMPARATOR", "", va.comparator());
        String outcomeDetail = va.result().isEmpty() ? "" : va.outcome();
        String outcomeText = va.result().isEmpty() ? va.outcome() : va.result();
        if (ctx.landscape()) {
            // one row: the outcome is the last tile, there is no height to spare for another band
            addTile(tiles, "\uD83D\uDCC8", "OUTCOME", outcomeDetail, outcomeText);
        } else if (!outcomeText.isEmpty()) {
            bottom -= bandAtBottom(ctx, new Band("\uD83D\uDCC8 OUTCOME", outcomeDetail, outcomeText,
                    ctx.colours().surface(), ctx.colours().accent(), ctx.colours().text()), bottom,
                    bandMax * 1.3) + gap;
        }
        tiles(ctx, tiles, y, bottom);
    }

    /** Draws the band with its bottom edge at {@code bottom}; returns its height. */
    private static double bandAtBottom(LayoutContext ctx, Band band, double bottom, double maxH) {
        double h = band(ctx, band, 0, maxH, true);
        band(ctx, band, bottom - h, maxH, false);
        return h;
    }

    private static void tiles(LayoutContext ctx, List<Tile> tiles, double y, double bottom) {
        double u = ctx.u();
        if (tiles.isEmpty() || bottom - y < 60 * u) {
            return;
        }
        double pad = 12 * u;
        double gap = 12 * u;
        int cols = ctx.landscape() || tiles.size() <= 3 ? tiles.size() : 2;
        int rows = (tiles.size() + cols - 1) / cols;
        double th = (bottom - y - gap * (rows - 1)) / rows;
        TextStyle labelStyle = ctx.style(true, 15, 1.0, 1);
        double[] widths = tileWidths(ctx, tiles, cols, ctx.contentWidth() - gap * (cols - 1),
                labelStyle.maxSize(), pad);
        double iconSize = Math.max(ctx.fit("OUTCOME", labelStyle, widths[0], th).height(), 26 * u);
        double valueTop = pad + iconSize + 6 * u;
        double valueH = th - valueTop - pad;
        TextStyle valueStyle = ctx.style(true, 26, 1.2, 0);
        double size = valueStyle.maxSize();
        for (int i = 0; i < tiles.size(); i++) {
            size = Math.min(size, fitTileText(ctx, tiles.get(i), valueStyle, widths[i] - 2 * pad, valueH)[1]
                    .fontSize());
        }
        TextStyle common = valueStyle.withSizes(size, Math.min(size, ctx.minFont()));
        double tx = ctx.left();
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            double tw = widths[i];
            double ty = y + (i / cols) * (th + gap);
            if (i % cols == 0) {
                tx = ctx.left();
            }
            ctx.canvas().rect(ctx.layer(), tx, ty, tw, th, 16 * u, ctx.colours().surface());
            double labelX = tx + pad;
            double labelW = tw - 2 * pad;
            if (ctx.unitWidth(t.label(), true) * labelStyle.maxSize() < labelW - iconSize - 8 * u) {
                // the icon only where the label still fits beside it
                ctx.emoji(ctx.layer(), t.icon(), labelX, ty + pad, iconSize);
                labelX += iconSize + 8 * u;
                labelW -= iconSize + 8 * u;
            }
            FittedText label = ctx.fit(t.label(), labelStyle, labelW, iconSize);
            ctx.draw(label, labelX, ty + pad + (iconSize - label.height()) / 2, labelW, TextAlign.START,
                    ctx.colours().accent(), "card-label");
            FittedText[] text = fitTileText(ctx, t, common, tw - 2 * pad, valueH);
            double vy = ty + valueTop;
            if (text[0] != null) {
                vy += ctx.draw(text[0], tx + pad, vy, tw - 2 * pad, TextAlign.START, ctx.colours().text(),
                        "card-detail") + 4 * u;
            }
            ctx.draw(text[1], tx + pad, vy, tw - 2 * pad, TextAlign.START, ctx.colours().text(), "card-value");
            tx += tw + gap;
        }
    }

    /**
     * Equal columns; in a single row a tile with a detail (the outcome) gets more room, and a tile too narrow for
     * its label takes width from tiles that have some to spare.
     */
    private static double[] tileWidths(LayoutContext ctx, List<Tile> tiles, int cols, double available,
            double labelSize, double pad) {
        int n = tiles.size();
        double[] widths = new double[n];
        if (cols != n) {
            java.util.Arrays.fill(widths, available / cols);
            return widths;
        }
        double sum = 0;
        for (Tile t : tiles) {
            sum += t.detail().isEmpty() ? 1 : 1.5;
        }
        double[] need = new double[n];
        double deficit = 0;
        double slack = 0;
        double wideSlack = 0;
        for (int i = 0; i < n; i++) {
            boolean wide = !tiles.get(i).detail().isEmpty();
            widths[i] = available * (wide ? 1.5 : 1) / sum;
            need[i] = ctx.unitWidth(tiles.get(i).label(), true) * labelSize / 0.95 + 2 * pad;
            deficit += Math.max(0, need[i] - widths[i]);
            slack += Math.max(0, widths[i] - need[i]);
            wideSlack += wide ? Math.max(0, widths[i] - need[i]) : 0;
        }
        if (deficit == 0 || slack < deficit) {
            return widths;
        }
        // the wide tile gives first: narrow tiles' values need their width as much as the labels do
        boolean wideOnly = wideSlack >= deficit;
        double share = deficit / (wideOnly ? wideSlack : slack);
        for (int i = 0; i < n; i++) {
            boolean gives = !wideOnly || !tiles.get(i).detail().isEmpty();
            if (widths[i] < need[i]) {
                widths[i] = need[i];
            } else if (gives) {
                widths[i] -= (widths[i] - need[i]) * share;
            }
        }
        return widths;
    }

    /** {detail or null, value}: the bold value first, the detail in regular weight above it in the rest. */
    private static FittedText[] fitTileText(LayoutContext ctx, Tile t, TextStyle style, double w, double h) {
        if (t.detail().isEmpty()) {
            return new FittedText[] {null, ctx.fit(t.value(), style, w, h)};
        }
        FittedText value = ctx.fit(t.value(), style, w, h * 0.45);
        if (value.truncated()) {
            value = ctx.fit(t.value(), style, w, h * 0.75);
        }
        TextStyle regular = new TextStyle(false, style.maxSize() * 0.85, style.minSize(), style.lineHeight(), 3);
        return new FittedText[] {ctx.fit(t.detail(), regular, w, h - value.height() - 4 * ctx.u()), value};
    }

    private static void addTile(List<Tile> tiles, String icon, String label, String detail, String value) {
        if (!value.isEmpty()) {
            tiles.add(new Tile(icon, label, detail, value));
        }
    }

    /**
     * Draws the band with its top at {@code y} (or only measures it) and returns its height. Emoji in the label
     * are drawn as images by the text emitter.
     */
    private static double band(LayoutContext ctx, Band band, double y, double maxH, boolean measureOnly) {
        double u = ctx.u();
        double px = 24 * u;
        double w = ctx.contentWidth();
        double innerW = w - 2 * px;
        FittedText label = ctx.fit(band.label(), ctx.style(true, 14, 1.0, 1), innerW, maxH);
        double room = maxH - label.height() - 30 * u;
        FittedText detail = band.detail().isEmpty() ? null
                : ctx.fit(band.detail(), ctx.style(false, 22, 1.2, 2), innerW, room * 0.45);
        double detailH = detail == null ? 0 : detail.height() + 4 * u;
        FittedText text = ctx.fit(band.text(), ctx.style(true, 27, 1.2, 3), innerW, room - detailH);
        double h = label.height() + 4 * u + detailH + text.height() + 26 * u;
        if (measureOnly) {
            return h;
        }
        ctx.canvas().rect(ctx.layer(), ctx.left(), y, w, h, 16 * u, band.fill());
        double ty = y + 13 * u;
        ty += ctx.draw(label, ctx.left() + px, ty, innerW, TextAlign.START, band.labelFill(), "card-label") + 4 * u;
        if (detail != null) {
            ty += ctx.draw(detail, ctx.left() + px, ty, innerW, TextAlign.START, band.textFill(), "card-detail")
                    + 4 * u;
        }
        ctx.draw(text, ctx.left() + px, ty, innerW, TextAlign.START, band.textFill(), "card-band");
        return h;
    }

    /** "N Engl J Med 2019 · doi:10.1056/…"; empty without journal and DOI. */
    static String citation(Card.VisualAbstract va) {
        String doi = va.doi().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        List<String> parts = new ArrayList<>();
        if (!va.journal().isEmpty()) {
            parts.add(va.journal());
        }
        if (!doi.isEmpty()) {
            parts.add("doi:" + doi);
        }
        return String.join(" \u00B7 ", parts);
    }
}
