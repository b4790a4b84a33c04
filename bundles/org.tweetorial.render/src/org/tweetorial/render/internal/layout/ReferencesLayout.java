package org.tweetorial.render.internal.layout;

import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** Numbered reference list under a heading. */
final class ReferencesLayout implements SlideLayout<Card.References> {

    @Override
    public Class<Card.References> bodyType() {
        return Card.References.class;
    }

    @Override
    public void describe(Card.References body, AltText alt) {
        alt.sentence(body.headline()).numbered(body.entries());
    }

    @Override
    public void draw(LayoutContext ctx, Card.References body) {
        double u = ctx.u();
        List<String> refs = body.entries();
        double top = Heading.draw(ctx, body.headline(), 40, 1, TextAlign.START);
        double numW = 44 * u;
        double w = ctx.contentWidth() - numW;
        List<FittedText> fitted = ctx.fitAll(refs, ctx.style(false, 24, 1.3, 0), w, ctx.bottom() - top, 0.55);
        double y = top;
        int n = 0;
        for (FittedText f : fitted) {
            n++;
            if (f.lines().isEmpty()) {
                continue;
            }
            FittedText num = ctx.fit(n + ".", ctx.style(true, 24, 1.3, 1).withSizes(f.fontSize(), f.fontSize()),
                    numW, f.height() + 1);
            boolean rtl = f.rtl();
            ctx.draw(num, rtl ? ctx.right() - numW : ctx.left(), y, numW - 10 * u, TextAlign.START,
                    ctx.colours().accent(), "card-ref-number");
            y += ctx.draw(f, rtl ? ctx.left() : ctx.left() + numW, y, w, TextAlign.START, ctx.colours().text(),
                    "card-reference") + 0.55 * f.fontSize();
        }
    }
}
