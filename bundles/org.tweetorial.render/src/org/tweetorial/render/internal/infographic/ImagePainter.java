package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.render.internal.image.LoadedImage;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.w3c.dom.Element;

/**
 * An image panel: the project image (loaded and confined by the renderer's image loader, embedded as a
 * {@code data:} URI) scaled to fit, and its credit below.
 */
final class ImagePainter {

    static final String RULE_IMAGE = "infographic-image";

    private ImagePainter() {
    }

    static void draw(PanelPen pen, Panel.Image i, Box box, InfographicPage.Images images) {
        double bottom = box.bottom();
        if (!i.credit().isEmpty()) {
            FittedText c = pen.fit("Image: " + i.credit(), pen.style(false, 18, 1.2, 2), box.w(), box.h() * 0.2);
            bottom -= c.height();
            pen.draw(c, box.x(), bottom, box.w(), TextAlign.START, pen.colours().muted(), "image-credit");
            bottom -= pen.px(8);
        }
        List<String> warnings = new ArrayList<>();
        LoadedImage img = i.path().isEmpty() ? null : images.load(i.path(), warnings);
        Box area = new Box(box.x(), box.y(), box.w(), Math.max(1, bottom - box.y()));
        if (img == null) {
            for (String w : warnings) {
                pen.problem(new Problem(RULE_IMAGE, Severity.WARNING, i.range(), w));
            }
            pen.text("Image unavailable: " + i.path(), pen.style(false, 22, 1.2, 2), area, TextAlign.CENTER,
                    pen.colours().muted(), "image-missing");
            return;
        }
        double s = Math.min(area.w() / img.width(), area.h() / img.height());
        double w = img.width() * s;
        double h = img.height() * s;
        Element e = pen.canvas().element(pen.group(), "image", "x", SvgCanvas.num(area.x() + (area.w() - w) / 2),
                "y", SvgCanvas.num(area.y() + (area.h() - h) / 2), "width", SvgCanvas.num(w), "height",
                SvgCanvas.num(h), "preserveAspectRatio", "xMidYMid meet", "class", "image");
        e.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", img.dataUri());
    }
}
