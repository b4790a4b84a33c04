package org.tweetorial.render.internal.layout;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.w3c.dom.Element;

/** A figure with caption and credit: side by side on landscape cards, stacked otherwise. */
final class ImageLayout implements SlideLayout<Card.Figure> {

    @Override
    public Class<Card.Figure> bodyType() {
        return Card.Figure.class;
    }

    @Override
    public void describe(Card.Figure fig, AltText alt) {
        alt.sentence(fig.title());
        if (fig.description().isEmpty()) {
            alt.sentence(fig.caption().isEmpty() ? "Image" : "Image: " + fig.caption());
        } else {
            alt.sentence("Image: " + fig.description()).sentence(fig.caption());
        }
        alt.labelled("Credit", fig.credit());
    }

    @Override
    public void draw(LayoutContext ctx, Card.Figure fig) {
        String caption = fig.caption();
        double u = ctx.u();
        if (ctx.landscape()) {
            double textW = ctx.contentWidth() * 0.36;
            double gap = 40 * u;
            double imgW = ctx.contentWidth() - textW - gap;
            drawImage(ctx, ctx.left(), ctx.top(), imgW, ctx.contentHeight());
            double x = ctx.left() + imgW + gap;
            FittedText title = fig.title().isEmpty() ? null
                    : ctx.fit(fig.title(), ctx.style(true, 38, 1.15, 4), textW, ctx.contentHeight() * 0.45);
            FittedText credit = fig.credit().isEmpty() ? null
                    : ctx.fit(fig.credit(), ctx.style(false, 17, 1.3, 3), textW, ctx.contentHeight() * 0.2);
            double used = (title == null ? 0 : title.height() + 22 * u) + (credit == null ? 0 : credit.height()
                    + 18 * u);
            FittedText cap = caption.isEmpty() ? null
                    : ctx.fit(caption, ctx.style(false, 26, 1.35, 0), textW, ctx.contentHeight() - used);
            double total = used + (cap == null ? 0 : cap.height());
            double y = ctx.top() + Math.max(0, (ctx.contentHeight() - total) / 2);
            if (title != null) {
                y += ctx.draw(title, x, y, textW, TextAlign.START, ctx.colours().text(), "card-title") + 22 * u;
            }
            if (cap != null) {
                y += ctx.draw(cap, x, y, textW, TextAlign.START, ctx.colours().text(), "card-caption") + 18 * u;
            }
            if (credit != null) {
                ctx.draw(credit, x, y, textW, TextAlign.START, ctx.colours().muted(), "card-credit");
            }
            return;
        }
        double top = Heading.draw(ctx, fig.title(), 40, 2, TextAlign.START);
        double w = ctx.contentWidth();
        FittedText credit = fig.credit().isEmpty() ? null
                : ctx.fit(fig.credit(), ctx.style(false, 17, 1.3, 2), w, ctx.contentHeight() * 0.12);
        FittedText cap = caption.isEmpty() ? null
                : ctx.fit(caption, ctx.style(false, 26, 1.3, 3), w, ctx.contentHeight() * 0.22);
        double below = (cap == null ? 0 : cap.height() + 20 * u) + (credit == null ? 0 : credit.height() + 10 * u);
        double[] box = drawImage(ctx, ctx.left(), top, w, ctx.bottom() - top - below);
        double y = box[1] + box[3] + 20 * u;
        // aligned with the image, so refitted to the narrower width in the height reserved above
        double textW = w - (box[0] - ctx.left());
        if (cap != null) {
            cap = ctx.fit(caption, ctx.style(false, 26, 1.3, 3), textW, cap.height());
            y += ctx.draw(cap, box[0], y, textW, TextAlign.START, ctx.colours().text(), "card-caption") + 10 * u;
        }
        if (credit != null) {
            credit = ctx.fit(fig.credit(), ctx.style(false, 17, 1.3, 2), textW, credit.height());
            ctx.draw(credit, box[0], y, textW, TextAlign.START, ctx.colours().muted(), "card-credit");
        }
    }

    /** Draws the figure fitted into the box; returns the drawn {x, y, w, h}. */
    private static double[] drawImage(LayoutContext ctx, double x, double y, double w, double h) {
        double u = ctx.u();
        LoadedImage img = ctx.figure();
        SvgCanvas c = ctx.canvas();
        if (img == null || h < 20 * u) {
            c.rect(ctx.layer(), x, y, w, Math.max(0, h), 16 * u, ctx.colours().surface());
            FittedText t = ctx.fit("Image unavailable", ctx.style(false, 22, 1.2, 1), w - 40 * u, h);
            ctx.draw(t, x, y + (h - t.height()) / 2, w, TextAlign.CENTER, ctx.colours().muted(), "card-muted");
            return new double[] {x, y, w, Math.max(0, h)};
        }
        double scale = Math.min(w / img.width(), h / img.height());
        double iw = img.width() * scale;
        double ih = img.height() * scale;
        double ix = ctx.landscape() ? x : x + (w - iw) / 2;
        double iy = ctx.landscape() ? y + (h - ih) / 2 : y;
        String id = "clip-figure";
        Element clip = c.element(c.root(), "clipPath", "id", id);
        c.rect(clip, ix, iy, iw, ih, 14 * u, null);
        Element image = c.element(ctx.layer(), "image", "x", SvgCanvas.num(ix), "y", SvgCanvas.num(iy), "width",
                SvgCanvas.num(iw), "height", SvgCanvas.num(ih), "preserveAspectRatio", "xMidYMid meet",
                "clip-path", "url(#" + id + ")", "class", "card-figure");
        image.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", img.dataUri());
        Element frame = c.rect(ctx.layer(), ix, iy, iw, ih, 14 * u, "none");
        frame.setAttributeNS(null, "stroke", ctx.colours().rule());
        frame.setAttributeNS(null, "stroke-width", SvgCanvas.num(Math.max(1, 2 * u)));
        return new double[] {ix, iy, iw, ih};
    }
}
