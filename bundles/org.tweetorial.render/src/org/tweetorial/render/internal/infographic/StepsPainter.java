package org.tweetorial.render.internal.infographic;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * Steps or an algorithm: numbered boxes joined by arrows; a question step branches into a "Yes" and a "No" box
 * side by side before the flow goes on.
 */
final class StepsPainter {

    private StepsPainter() {
    }

    static void draw(PanelPen pen, Panel.Steps s, Box box) {
        double top = pen.heading(s.heading(), box);
        int n = s.steps().size();
        if (n == 0) {
            return;
        }
        long questions = s.steps().stream().filter(Panel.Step::isQuestion).count();
        double arrow = pen.px(34);
        double units = n + questions * 0.9;
        double unit = Math.max(1, (box.h() - top - arrow * (n - 1)) / units);
        double y = box.y() + top;
        TextStyle style = pen.style(false, 26, 1.2, 0);
        for (int i = 0; i < n; i++) {
            Panel.Step step = s.steps().get(i);
            y = stepBox(pen, i + 1, step.text(), new Box(box.x(), y, box.w(), unit), style);
            if (step.isQuestion()) {
                y = branches(pen, step, new Box(box.x(), y, box.w(), unit * 0.9), style);
            }
            if (i < n - 1) {
                arrowDown(pen, box.x() + box.w() / 2, y, arrow);
                y += arrow;
            }
        }
    }

    private static double stepBox(PanelPen pen, int number, String text, Box b, TextStyle style) {
        double h = b.h() * 0.94;
        pen.rect(b.x(), b.y(), b.w(), h, pen.px(12), pen.colours().background(), "step-box")
                .setAttribute("stroke", pen.palette().series(0));
        double r = Math.min(h * 0.38, pen.px(24));
        double cx = b.x() + pen.px(16) + r;
        pen.canvas().circle(pen.group(), cx, b.y() + h / 2, r, pen.colours().accent()).setAttribute("class",
                "step-number-disc");
        FittedText num = pen.fit(Integer.toString(number), new TextStyle(true, r * 1.1, r * 0.6, 1, 1), r * 2, r * 2);
        pen.draw(num, cx - r, b.y() + h / 2 - num.height() / 2, r * 2, TextAlign.CENTER, pen.colours().onAccent(),
                "step-number");
        double tx = cx + r + pen.px(16);
        double tw = Math.max(1, b.right() - tx - pen.px(12));
        FittedText t = pen.fit(text, style, tw, h - pen.px(8));
        pen.draw(t, tx, b.y() + (h - t.height()) / 2, tw, TextAlign.START, pen.colours().text(), "step-text");
        return b.y() + b.h();
    }

    private static double branches(PanelPen pen, Panel.Step step, Box b, TextStyle style) {
        double gap = pen.px(16);
        double w = (b.w() - gap) / 2;
        double arrow = pen.px(22);
        branch(pen, "Yes", step.yes(), new Box(b.x(), b.y() + arrow, w, b.h() - arrow), pen.palette().series(2),
                style, "branch-yes");
        branch(pen, "No", step.no(), new Box(b.x() + w + gap, b.y() + arrow, w, b.h() - arrow),
                pen.palette().series(1), style, "branch-no");
        arrowDown(pen, b.x() + w / 2, b.y(), arrow);
        arrowDown(pen, b.x() + w + gap + w / 2, b.y(), arrow);
        return b.bottom();
    }

    private static void branch(PanelPen pen, String label, String text, Box b, String colour, TextStyle style,
            String cssClass) {
        double h = b.h() * 0.94;
        pen.rect(b.x(), b.y(), b.w(), h, pen.px(10), colour, cssClass);
        String on = ContrastPick.onColour(colour, pen.colours());
        FittedText t = pen.fit(label + ": " + (text.isEmpty() ? "\u2014" : text), style, b.w() - pen.px(24),
                h - pen.px(8));
        pen.draw(t, b.x() + pen.px(12), b.y() + (h - t.height()) / 2, b.w() - pen.px(24), TextAlign.START, on,
                cssClass + "-text");
    }

    private static void arrowDown(PanelPen pen, double x, double y, double length) {
        String c = pen.colours().muted();
        double head = Math.min(length * 0.45, pen.px(12));
        pen.line(x, y + 2, x, y + length - head, c, pen.px(3), "step-arrow");
        pen.path("M" + SvgCanvas.num(x - head) + " " + SvgCanvas.num(y + length - head) + "L" + SvgCanvas.num(x + head)
                + " " + SvgCanvas.num(y + length - head) + "L" + SvgCanvas.num(x) + " "
                + SvgCanvas.num(y + length - 1) + "Z", c, null, 0, "step-arrow-head");
    }
}
