package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** A big number in the accent colour, its caption, and the source at the bottom. */
final class StatLayout implements SlideLayout<Card.Stat> {

    @Override
    public Class<Card.Stat> bodyType() {
        return Card.Stat.class;
    }

    @Override
    public void describe(Card.Stat stat, AltText alt) {
        alt.sentence(stat.title()).labelled("Statistic", (stat.value() + " " + stat.caption()).strip())
                .labelled("Source", stat.source());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Stat stat) {
        double u = ctx.u();
        double w = ctx.contentWidth();
        double top = Heading.draw(ctx, stat.title(), 30, 2, TextAlign.START);
        double bottom = ctx.bottom();
        if (!stat.source().isEmpty()) {
            FittedText src = ctx.fit("Source: " + stat.source(), ctx.style(false, 18, 1.3, 2), w,
                    ctx.contentHeight() * 0.2);
            bottom -= src.height();
            ctx.draw(src, ctx.left(), bottom, w, TextAlign.START, ctx.colours().muted(), "card-source");
            bottom -= 20 * u;
        }
        double avail = bottom - top;
        FittedText value = ctx.fit(stat.value(), ctx.style(true, 150, 1.0, 1), w, avail * 0.6);
        FittedText caption = stat.caption().isEmpty() ? null
                : ctx.fit(stat.caption(), ctx.style(false, 36, 1.28, 4), w * 0.92, avail - value.height()
                        - 24 * u);
        double total = value.height() + (caption == null ? 0 : 24 * u + caption.height());
        double y = top + Math.max(0, (avail - total) / 2);
        y += ctx.draw(value, ctx.left(), y, w, TextAlign.START, ctx.colours().accent(), "card-stat") + 24 * u;
        if (caption != null) {
            ctx.draw(caption, ctx.left(), y, w * 0.92, TextAlign.START, ctx.colours().text(), "card-caption");
        }
    }
}
