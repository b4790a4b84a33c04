package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** First post: big title, accent rule, subtitle; the author is in the footer. */
final class TitleLayout implements SlideLayout<Card.Title> {

    @Override
    public Class<Card.Title> bodyType() {
        return Card.Title.class;
    }

    @Override
    public void describe(Card.Title body, AltText alt) {
        alt.sentence(body.title().isEmpty() ? "Title card" : "Title card: " + body.title()).sentence(body.subtitle());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Title body) {
        Card card = ctx.card();
        double u = ctx.u();
        double w = ctx.contentWidth() * (ctx.landscape() ? 0.9 : 1.0);
        String kicker = card.kicker().isEmpty() ? "" : card.kicker();
        FittedText k = kicker.isEmpty() ? null
                : ctx.fit(kicker.toUpperCase(java.util.Locale.ROOT), ctx.style(true, 20, 1.2, 1), w, 40 * u);
        FittedText t = ctx.fitBalanced(body.title(), ctx.style(true, 74, 1.1, 4), w, ctx.contentHeight() * 0.62);
        FittedText s = body.subtitle().isEmpty() ? null
                : ctx.fit(body.subtitle(), ctx.style(false, 32, 1.3, 3), w, ctx.contentHeight() * 0.26);
        double gapK = 18 * u;
        double rule = 8 * u;
        double gapR = 26 * u;
        double total = (k == null ? 0 : k.height() + gapK) + t.height() + gapR + rule
                + (s == null ? 0 : gapR + s.height());
        double y = ctx.top() + Math.max(0, (ctx.contentHeight() - total) / 2);
        if (k != null) {
            y += ctx.draw(k, ctx.left(), y, w, TextAlign.START, ctx.colours().accent(), "card-kicker") + gapK;
        }
        y += ctx.draw(t, ctx.left(), y, w, TextAlign.START, ctx.colours().text(), "card-title") + gapR;
        double ruleX = t.rtl() ? ctx.left() + w - 120 * u : ctx.left();
        ctx.canvas().rect(ctx.layer(), ruleX, y, 120 * u, rule, rule / 2, ctx.colours().accent());
        y += rule + gapR;
        if (s != null) {
            ctx.draw(s, ctx.left(), y, w, TextAlign.START, ctx.colours().muted(), "card-subtitle");
        }
    }
}
