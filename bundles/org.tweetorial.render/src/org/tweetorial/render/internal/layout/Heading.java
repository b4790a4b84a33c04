package org.tweetorial.render.internal.layout;

import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;

/** The bold heading at the top of the content box used by several layouts. */
final class Heading {

    private Heading() {
    }

    /** Draws the heading (if any) and returns the y coordinate where the content below may start. */
    static double draw(LayoutContext ctx, String text, double maxPx, int maxLines, TextAlign align) {
        if (text.isEmpty()) {
            return ctx.top();
        }
        double maxH = ctx.contentHeight() * 0.34;
        FittedText t = ctx.fitBalanced(text, ctx.style(true, maxPx, 1.15, maxLines), ctx.contentWidth(), maxH);
        double h = ctx.draw(t, ctx.left(), ctx.top(), ctx.contentWidth(), align, ctx.colours().text(),
                "card-title");
        return ctx.top() + h + 22 * ctx.u();
    }
}
