package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** A quotation under a large accent quotation mark, with its attribution. */
final class QuoteLayout implements SlideLayout<Card.Quote> {

    @Override
    public Class<Card.Quote> bodyType() {
        return Card.Quote.class;
    }

    @Override
    public void describe(Card.Quote q, AltText alt) {
        alt.sentence("Quote: \u201C" + q.text() + "\u201D")
                .sentence(q.attribution().isEmpty() ? "" : "\u2014 " + q.attribution());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Quote q) {
        double u = ctx.u();
        double w = ctx.contentWidth() - 40 * u;
        FittedText mark = ctx.fit("\u201C", ctx.style(true, 150, 1.0, 1), 200 * u, 200 * u);
        double markH = 150 * u * 0.55;
        FittedText attr = q.attribution().isEmpty() ? null
                : ctx.fit("\u2014 " + q.attribution(), ctx.style(true, 24, 1.3, 2), w, ctx.contentHeight() * 0.2);
        double attrH = attr == null ? 0 : attr.height() + 28 * u;
        FittedText text = ctx.fitBalanced(q.text(), ctx.style(false, 46, 1.3, 0), w,
                ctx.contentHeight() - markH - attrH);
        double total = markH + text.height() + attrH;
        double y = ctx.top() + Math.max(0, (ctx.contentHeight() - total) / 2);
        double x = ctx.left() + 40 * u;
        double markX = text.rtl() ? ctx.right() - mark.maxLineWidth() : ctx.left();
        // The glyph sits high in its em box: draw it so that its visible top aligns with y.
        ctx.draw(mark, markX, y - mark.ascent() * 0.28, mark.maxLineWidth() + 4 * u, TextAlign.START,
                ctx.colours().accent(), "card-quote-mark");
        y += markH;
        y += ctx.draw(text, text.rtl() ? ctx.left() : x, y, w, TextAlign.START, ctx.colours().text(), "card-quote")
                + 28 * u;
        if (attr != null) {
            ctx.draw(attr, text.rtl() ? ctx.left() : x, y, w, TextAlign.START, ctx.colours().accent(),
                    "card-attribution");
        }
    }
}
