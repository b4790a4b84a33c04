package org.tweetorial.render.internal.layout;

import java.util.Locale;

import org.tweetorial.core.model.CardLayout;
import org.tweetorial.render.Card;
import org.tweetorial.render.Theme;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.DisplayText;
import org.tweetorial.render.internal.text.TextAlign;
import org.w3c.dom.Element;

/**
 * The parts every card shares: background, theme decoration, accent bar, kicker label and the footer with
 * avatar initials, author name, handle, optional logo and the n/N numbering pill. Sets the content box.
 */
final class Chrome {

    static final double MARGIN = 72;
    static final double FOOTER = 88;

    private Chrome() {
    }

    static void drawBackground(LayoutContext ctx, Element decor) {
        SvgCanvas c = ctx.canvas();
        Theme.Palette p = ctx.colours();
        Element bg = c.group(c.root(), "card-background");
        c.root().insertBefore(bg, ctx.layer());
        c.rect(bg, 0, 0, ctx.width(), ctx.height(), 0, p.background());
        if (decor != null) {
            Element svg = c.element(bg, "svg", "x", "0", "y", "0", "width", Integer.toString(ctx.width()),
                    "height", Integer.toString(ctx.height()), "preserveAspectRatio", "xMidYMid slice",
                    "viewBox", decor.getAttribute("viewBox").isEmpty() ? null : decor.getAttribute("viewBox"),
                    "class", "card-decor");
            for (org.w3c.dom.Node n = decor.getFirstChild(); n != null; n = n.getNextSibling()) {
                svg.appendChild(c.document().importNode(n, true));
            }
        }
        c.rect(bg, 0, 0, 12 * ctx.u(), ctx.height(), 0, p.accent());
    }

    /** Draws kicker and footer and sets the content box of {@code ctx}. */
    static void drawFrame(LayoutContext ctx) {
        double u = ctx.u();
        double margin = MARGIN * u;
        double top = 56 * u;
        Card card = ctx.card();
        Theme.Palette p = ctx.colours();
        if (!card.kicker().isEmpty() && card.layout() != CardLayout.TITLE) {
            String kicker = card.kicker().toUpperCase(Locale.ROOT);
            FittedText k = ctx.fit(kicker, ctx.style(true, 18, 1.2, 1), ctx.width() - 2 * margin - 180 * u,
                    40 * u);
            top = 44 * u + ctx.draw(k, margin, 44 * u, ctx.width() - 2 * margin - 180 * u, TextAlign.START,
                    p.accent(), "card-kicker") + 26 * u;
        }
        double footerTop = ctx.height() - FOOTER * u;
        drawFooter(ctx, footerTop);
        ctx.setContentBox(margin, top, ctx.width() - margin, footerTop - 26 * u);
    }

    private static void drawFooter(LayoutContext ctx, double footerTop) {
        double u = ctx.u();
        double margin = MARGIN * u;
        SvgCanvas c = ctx.canvas();
        Theme.Palette p = ctx.colours();
        Element g = c.group(ctx.layer(), "card-footer");
        c.line(g, margin, footerTop, ctx.width() - margin, footerTop, p.rule(), Math.max(1, 1.5 * u));
        double mid = footerTop + (FOOTER * u) / 2;
        double right = ctx.width() - margin;
        Card card = ctx.card();
        if (card.numbering() != null) {
            String label = card.numbering().toString();
            FittedText t = ctx.fit(label, ctx.style(true, 18, 1.0, 1), 160 * u, 40 * u);
            double pillW = t.maxLineWidth() + 32 * u;
            double pillH = Math.max(34 * u, t.height() + 8 * u);
            c.rect(g, right - pillW, mid - pillH / 2, pillW, pillH, pillH / 2, p.accent());
            ctx.draw(g, t, right - pillW, mid - t.height() / 2, pillW, TextAlign.CENTER, p.onAccent(),
                    "card-numbering");
            right -= pillW + 18 * u;
        }
        LoadedImage logo = ctx.logo();
        if (logo != null) {
            double h = 40 * u;
            double w = Math.min(160 * u, h * logo.width() / Math.max(1, logo.height()));
            double hh = w * logo.height() / Math.max(1, logo.width());
            c.element(g, "image", "x", SvgCanvas.num(right - w), "y", SvgCanvas.num(mid - hh / 2), "width",
                    SvgCanvas.num(w), "height", SvgCanvas.num(hh), "preserveAspectRatio", "xMidYMid meet",
                    "class", "card-logo").setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href",
                            logo.dataUri());
            right -= w + 18 * u;
        }
        Card.Byline by = card.byline();
        if (by == null || (by.name().isEmpty() && by.handle().isEmpty())) {
            return;
        }
        double x = margin;
        double r = 19 * u;
        String initials = initials(by.name().isEmpty() ? by.handle() : by.name());
        if (!initials.isEmpty()) {
            c.circle(g, x + r, mid, r, p.accent());
            FittedText it = ctx.fit(initials, ctx.style(true, 15, 1.0, 1).withSizes(15 * u, 10 * u), 2 * r,
                    2 * r);
            ctx.draw(g, it, x, mid - it.height() / 2, 2 * r, TextAlign.CENTER, p.onAccent(), "card-avatar");
            x += 2 * r + 14 * u;
        }
        double avail = right - x - 8 * u;
        if (!by.name().isEmpty()) {
            FittedText name = ctx.fit(by.name(), ctx.style(true, 20, 1.0, 1), avail * 0.62, 40 * u);
            ctx.draw(g, name, x, mid - name.height() / 2, avail * 0.62, TextAlign.START, p.text(), "card-author");
            double used = name.maxLineWidth() + 14 * u;
            x += used;
            avail -= used;
        }
        if (!by.handle().isEmpty() && avail > 40 * u) {
            FittedText handle = ctx.fit(by.handle(), ctx.style(false, 19, 1.0, 1), avail, 40 * u);
            ctx.draw(g, handle, x, mid - handle.height() / 2, avail, TextAlign.START, p.muted(), "card-handle");
        }
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : DisplayText.clean(name.replace("@", " ")).split(" ")) {
            if (word.isEmpty() || sb.codePointCount(0, sb.length()) >= 2) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
            if (lower.equals("dr") || lower.equals("prof") || lower.equals("md")) {
                continue;
            }
            int cp = word.codePointAt(0);
            if (Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
        }
        return sb.toString();
    }
}
