package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** One statement, large, next to an accent bar; optional heading above and supporting text below. */
final class KeyPointLayout implements SlideLayout<Card.KeyPoint> {

    @Override
    public Class<Card.KeyPoint> bodyType() {
        return Card.KeyPoint.class;
    }

    @Override
    public void describe(Card.KeyPoint body, AltText alt) {
        String heading = body.statement().isEmpty() ? "" : body.heading();
        alt.sentence(heading.isEmpty() ? "" : "Key point: " + heading)
                .sentence((heading.isEmpty() ? "Key point: " : "") + statement(body)).sentences(body.support());
    }

    @Override
    public void draw(LayoutContext ctx, Card.KeyPoint body) {
        double u = ctx.u();
        String statement = statement(body);
        String heading = body.statement().isEmpty() ? "" : body.heading();
        String support = String.join(" ", body.support());
        double indent = 40 * u;
        double w = ctx.contentWidth() - indent;
        FittedText h = heading.isEmpty() ? null
                : ctx.fit(heading, ctx.style(true, 26, 1.2, 2), w, ctx.contentHeight() * 0.2);
        FittedText sup = support.isEmpty() ? null
                : ctx.fit(support, ctx.style(false, 28, 1.35, 4), w, ctx.contentHeight() * 0.3);
        double used = (h == null ? 0 : h.height() + 20 * u) + (sup == null ? 0 : sup.height() + 28 * u);
        FittedText s = ctx.fitBalanced(statement, ctx.style(true, 58, 1.18, 0), w, ctx.contentHeight() - used);
        double total = used + s.height();
        double y = ctx.top() + Math.max(0, (ctx.contentHeight() - total) / 2);
        double x = s.rtl() ? ctx.left() : ctx.left() + indent;
        double barX = s.rtl() ? ctx.right() - 8 * u : ctx.left();
        if (h != null) {
            y += ctx.draw(h, x, y, w, TextAlign.START, ctx.colours().accent(), "card-heading") + 20 * u;
        }
        double sh = ctx.draw(s, x, y, w, TextAlign.START, ctx.colours().text(), "card-statement");
        ctx.canvas().rect(ctx.layer(), barX, y, 8 * u, sh, 4 * u, ctx.colours().accent());
        y += sh + 28 * u;
        if (sup != null) {
            ctx.draw(sup, x, y, w, TextAlign.START, ctx.colours().muted(), "card-body");
        }
    }

    /** Without a statement the heading is the statement. */
    private static String statement(Card.KeyPoint body) {
        return body.statement().isEmpty() ? body.heading() : body.statement();
    }
}
