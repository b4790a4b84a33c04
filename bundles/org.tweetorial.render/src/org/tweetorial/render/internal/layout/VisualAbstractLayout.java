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

    private record Tile(String icon, String label, String value) {
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
        double bandMax = ctx.contentHeight() * 0.24;
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
            Band conclusion = new Band("CONCLUSION", "", va.conclusion(), ctx.colours().accent2(),
                    ctx.colours().onAccent(), ctx.colours().onAccent());
            double h = band(ctx, conclusion, 0, bandMax, true);
            band(ctx, conclusion, bottom - h, bandMax, false);
            bottom -= h + gap;
        }
        Band outcome = outcomeBand(ctx, va);
        if (outcome != null) {
            double h = band(ctx, outcome, 0, bandMax, true);
            band(ctx, outcome, bottom - h, bandMax, false);
            bottom -= h + gap;
        }
        tiles(ctx, va, y, bottom);
    }

    /** The outcome's label as detail above its result; either alone when the other is missing. */
    private static Band outcomeBand(LayoutContext ctx, Card.VisualAbstract va) {
        if (va.outcome().isEmpty() && va.result().isEmpty()) {
            return null;
        }
        String detail = va.result().isEmpty() ? "" : va.outcome();
        String text = va.result().isEmpty() ? va.outcome() : va.result();
        return new Band("\uD83D\uDCC8 OUTCOME", detail, text, ctx.colours().surface(), ctx.colours().accent(),
                ctx.colours().text());
    }

    private static void tiles(LayoutContext ctx, Card.VisualAbstract va, double y, double bottom) {
        List<Tile> tiles = new ArrayList<>();
        addTile(tiles, "\uD83D\uDD2C", "DESIGN", va.design());
        addTile(tiles, "\uD83D\uDC65", "POPULATION", va.population());
        addTile(tiles, "\uD83D\uDC8A", "INTERVENTION", va.intervention());
        addTile(tiles, "\u2696\uFE0F", "COMPARATOR", va.comparator());
        if (tiles.isEmpty() || bottom - y < 40 * ctx.u()) {
            return;
        }
        double u = ctx.u();
        double w = ctx.contentWidth();
        double pad = 18 * u;
        double gap = 14 * u;
        int cols = ctx.landscape() || tiles.size() < 3 ? tiles.size() : 2;
        int rows = (tiles.size() + cols - 1) / cols;
        double tw = (w - gap * (cols - 1)) / cols;
        double th = (bottom - y - gap * (rows - 1)) / rows;
        double iconSize = Math.min(28 * u, th / 4);
        double valueH = th - 2 * pad - iconSize - 10 * u;
        TextStyle valueStyle = ctx.style(true, 26, 1.2, 0);
        double size = valueStyle.maxSize();
        for (Tile t : tiles) {
            size = Math.min(size, ctx.fit(t.value(), valueStyle, tw - 2 * pad, valueH).fontSize());
        }
        TextStyle common = valueStyle.withSizes(size, Math.min(size, ctx.minFont()));
        for (int i = 0; i < tiles.size(); i++) {
            Tile t = tiles.get(i);
            double tx = ctx.left() + (i % cols) * (tw + gap);
            double ty = y + (i / cols) * (th + gap);
            ctx.canvas().rect(ctx.layer(), tx, ty, tw, th, 16 * u, ctx.colours().surface());
            ctx.emoji(ctx.layer(), t.icon(), tx + pad, ty + pad, iconSize);
            double labelW = tw - 2 * pad - iconSize - 10 * u;
            FittedText label = ctx.fit(t.label(), ctx.style(true, 15, 1.0, 1), labelW, iconSize);
            ctx.draw(label, tx + pad + iconSize + 10 * u, ty + pad + (iconSize - label.height()) / 2, labelW,
                    TextAlign.START, ctx.colours().accent(), "card-label");
            FittedText value = ctx.fit(t.value(), common, tw - 2 * pad, valueH);
            ctx.draw(value, tx + pad, ty + pad + iconSize + 10 * u, tw - 2 * pad, TextAlign.START,
                    ctx.colours().text(), "card-value");
        }
    }

    private static void addTile(List<Tile> tiles, String icon, String label, String value) {
        if (!value.isEmpty()) {
            tiles.add(new Tile(icon, label, value));
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
