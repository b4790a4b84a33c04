package org.tweetorial.render.internal.layout;

import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** Summary or call to action, centred, with the author's handle as a follow prompt. */
final class ClosingLayout implements SlideLayout<Card.Closing> {

    @Override
    public Class<Card.Closing> bodyType() {
        return Card.Closing.class;
    }

    @Override
    public void describe(Card.Closing body, AltText alt) {
        alt.sentence(body.title()).sentences(body.paragraphs());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Closing body) {
        double u = ctx.u();
        double w = ctx.contentWidth() * 0.9;
        double x = ctx.left() + (ctx.contentWidth() - w) / 2;
        List<String> paras = body.paragraphs();
        String main = body.title().isEmpty() && !paras.isEmpty() ? paras.get(0) : body.title();
        String rest = body.title().isEmpty() && !paras.isEmpty()
                ? String.join(" ", paras.subList(1, paras.size())) : String.join(" ", paras);
        Card.Byline by = ctx.card().byline();
        String cta = by != null && !by.handle().isEmpty() ? "Follow " + by.handle() + " for more" : "";
        FittedText ctaText = cta.isEmpty() ? null : ctx.fit(cta, ctx.style(true, 24, 1.2, 1), w * 0.8, 60 * u);
        double ctaH = ctaText == null ? 0 : ctaText.height() + 28 * u + 36 * u;
        FittedText r = rest.isEmpty() ? null
                : ctx.fitBalanced(rest, ctx.style(false, 30, 1.35, 5), w, (ctx.contentHeight() - ctaH) * 0.45);
        double rH = r == null ? 0 : r.height() + 26 * u;
        FittedText m = ctx.fitBalanced(main, ctx.style(true, 60, 1.15, 4), w, ctx.contentHeight() - ctaH - rH);
        double total = m.height() + rH + ctaH;
        double y = ctx.top() + Math.max(0, (ctx.contentHeight() - total) / 2);
        y += ctx.draw(m, x, y, w, TextAlign.CENTER, ctx.colours().text(), "card-title") + 26 * u;
        if (r != null) {
            y += ctx.draw(r, x, y, w, TextAlign.CENTER, ctx.colours().muted(), "card-body") + 26 * u;
        }
        if (ctaText != null) {
            y += 10 * u;
            double pw = ctaText.maxLineWidth() + 48 * u;
            double ph = ctaText.height() + 22 * u;
            double px = ctx.left() + (ctx.contentWidth() - pw) / 2;
            ctx.canvas().rect(ctx.layer(), px, y, pw, ph, ph / 2, ctx.colours().accent());
            ctx.draw(ctaText, px, y + 11 * u, pw, TextAlign.CENTER, ctx.colours().onAccent(), "card-cta");
        }
    }
}
