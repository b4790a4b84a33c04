package org.tweetorial.render.internal.layout;

import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/** A heading and 3-6 bullets, each with a numbered accent badge. */
final class ListLayout implements SlideLayout<Card.Items> {

    @Override
    public Class<Card.Items> bodyType() {
        return Card.Items.class;
    }

    @Override
    public void describe(Card.Items body, AltText alt) {
        int n = body.items().size();
        alt.sentence(body.title()).sentence("List of " + n + (n == 1 ? " item" : " items")).numbered(body.items());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Items body) {
        double u = ctx.u();
        List<String> items = body.items();
        double top = Heading.draw(ctx, body.title(), 44, 2, TextAlign.START) + 6 * u;
        TextStyle style = ctx.style(false, 32, 1.25, 0);
        double badge = Math.max(40 * u, 1.15 * style.maxSize());
        double textX = badge + 22 * u;
        double w = ctx.contentWidth() - textX;
        double avail = ctx.bottom() - top;
        List<FittedText> fitted = ctx.fitAll(items, style, w, avail, 0.7);
        double size = fitted.isEmpty() ? 0 : fitted.get(0).fontSize();
        double total = 0;
        int shown = 0;
        for (FittedText f : fitted) {
            if (!f.lines().isEmpty()) {
                total += f.height() + (shown > 0 ? 0.7 * size : 0);
                shown++;
            }
        }
        double y = top + Math.max(0, (avail - total) / 2.5);
        int n = 0;
        for (FittedText f : fitted) {
            if (f.lines().isEmpty()) {
                continue;
            }
            n++;
            boolean rtl = f.rtl();
            double bx = rtl ? ctx.right() - badge : ctx.left();
            double tx = rtl ? ctx.left() : ctx.left() + textX;
            double firstLineMid = y + f.ascent() - 0.36 * f.fontSize();
            double b = Math.min(badge, Math.max(26 * u, f.fontSize() * 1.15));
            ctx.canvas().circle(ctx.layer(), bx + badge / 2, firstLineMid, b / 2, ctx.colours().accent());
            FittedText num = ctx.fit(Integer.toString(n), ctx.style(true, 20, 1.0, 1).withSizes(b * 0.5, b * 0.4),
                    b, b);
            ctx.draw(num, bx + (badge - b) / 2, firstLineMid - num.height() / 2, b, TextAlign.CENTER,
                    ctx.colours().onAccent(), "card-badge");
            y += ctx.draw(f, tx, y, w, TextAlign.START, ctx.colours().text(), "card-item") + 0.7 * size;
        }
    }
}
