package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.svg.SvgCanvas;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * A forest (or dot) plot: one row per estimate with its label, a square (sized by weight when given) on its
 * confidence interval, pooled rows as diamonds, the estimate and interval as text on the right, a line of no
 * effect, ticks on a log or linear axis, and what each side of the line favours.
 */
final class ForestPlotSvg {

    private static final double[] LOG_TICKS = { 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4,
            5, 10, 20, 50, 100 };

    private ForestPlotSvg() {
    }

    /** Maps data values to x on the plot. */
    record Scale(double lo, double hi, boolean log, double x0, double width) {
        double x(double v) {
            double t = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
            return x0 + t * width;
        }
    }

    static void draw(PanelPen pen, Panel.ForestPlot f, Box box) {
        double top = pen.heading(f.heading(), box);
        if (f.rows().isEmpty()) {
            return;
        }
        TextStyle text = pen.style(false, 22, 1.1, 2);
        double font = text.maxSize();
        double axisH = font * 1.4 * (f.favoursLeft().isEmpty() && f.favoursRight().isEmpty() ? 1.2 : 2.6);
        double headerH = font * 1.5;
        double rowsTop = box.y() + top + headerH;
        double rowH = Math.max(1, (box.bottom() - axisH - rowsTop) / f.rows().size());
        double labelW = Math.min(box.w() * 0.3, longest(pen, f, font) + 2);
        double estW = Math.min(box.w() * 0.3, pen.width("0.00 (0.00 to 0.00)", false, font) + 4);
        double plotX = box.x() + labelW + pen.px(16);
        double plotW = Math.max(1, box.right() - estW - pen.px(16) - plotX);
        Scale s = scale(f, plotX, plotW);
        FittedText header = pen.fit(f.measure().isEmpty() ? "Estimate (95% CI)" : f.measure() + " (95% CI)",
                text.withMaxLines(1), estW, headerH);
        pen.draw(header, box.right() - estW, box.y() + top, estW, TextAlign.END, pen.colours().muted(),
                "forest-header");
        double y = rowsTop;
        double maxWeight = f.rows().stream().mapToDouble(r -> Double.isNaN(r.weight()) ? 0 : r.weight()).max()
                .orElse(0);
        for (Panel.Estimate r : f.rows()) {
            drawRow(pen, f, r, s, new Box(box.x(), y, box.w(), rowH), labelW, estW, text, maxWeight);
            y += rowH;
        }
        pen.line(s.x(f.noEffect()), rowsTop - font * 0.3, s.x(f.noEffect()), y, pen.colours().text(), pen.px(2),
                "no-effect");
        drawAxis(pen, f, s, y, text);
    }

    private static void drawRow(PanelPen pen, Panel.ForestPlot f, Panel.Estimate r, Scale s, Box row, double labelW,
            double estW, TextStyle text, double maxWeight) {
        double cy = row.y() + row.h() / 2;
        TextStyle labelStyle = new TextStyle(r.pooled(), text.maxSize(), text.minSize(), text.lineHeight(),
                text.maxLines(), text.wrap());
        FittedText label = pen.fit(r.label(), labelStyle, labelW, row.h());
        pen.draw(label, row.x(), cy - label.height() / 2, labelW, TextAlign.START, pen.colours().text(),
                "forest-label");
        FittedText est = pen.fit(Numbers.interval(r.estimate(), r.low(), r.high()), labelStyle.withMaxLines(1), estW,
                row.h());
        pen.draw(est, row.right() - estW, cy - est.height() / 2, estW, TextAlign.END, pen.colours().text(),
                "forest-value");
        String colour = pen.palette().series(0);
        if (r.pooled()) {
            double half = Math.min(row.h() * 0.3, pen.px(16));
            pen.path("M" + SvgCanvas.num(s.x(r.low())) + " " + SvgCanvas.num(cy) + "L" + SvgCanvas.num(s.x(r.estimate()))
                    + " " + SvgCanvas.num(cy - half) + "L" + SvgCanvas.num(s.x(r.high())) + " " + SvgCanvas.num(cy)
                    + "L" + SvgCanvas.num(s.x(r.estimate())) + " " + SvgCanvas.num(cy + half) + "Z", colour, null, 0,
                    "pooled");
            return;
        }
        pen.line(s.x(r.low()), cy, s.x(r.high()), cy, pen.colours().text(), pen.px(3), "ci");
        double size = Math.min(row.h() * 0.5, pen.px(24));
        if (maxWeight > 0 && !Double.isNaN(r.weight())) {
            size = Math.max(pen.px(8), size * Math.sqrt(r.weight() / maxWeight));
        }
        double x = s.x(r.estimate());
        pen.rect(x - size / 2, cy - size / 2, size, size, 0, colour, "estimate");
    }

    static Scale scale(Panel.ForestPlot f, double x0, double width) {
        double lo = f.noEffect();
        double hi = f.noEffect();
        for (Panel.Estimate r : f.rows()) {
            lo = Math.min(lo, r.low());
            hi = Math.max(hi, r.high());
        }
        // Symmetric about the line of no effect, so that both "favours" labels have room.
        if (f.logScale()) {
            double reach = Math.max(Math.log(hi / f.noEffect()), Math.log(f.noEffect() / lo));
            lo = f.noEffect() * Math.exp(-reach);
            hi = f.noEffect() * Math.exp(reach);
            double pad = Math.max(0.05, (Math.log(hi) - Math.log(lo)) * 0.06);
            return new Scale(Math.exp(Math.log(lo) - pad), Math.exp(Math.log(hi) + pad), true, x0, width);
        }
        double reach = Math.max(hi - f.noEffect(), f.noEffect() - lo);
        lo = f.noEffect() - reach;
        hi = f.noEffect() + reach;
        double pad = Math.max(1e-9, (hi - lo) * 0.06);
        return new Scale(lo - pad, hi + pad, false, x0, width);
    }

    private static void drawAxis(PanelPen pen, Panel.ForestPlot f, Scale s, double y, TextStyle text) {
        pen.line(s.x0(), y, s.x0() + s.width(), y, pen.colours().muted(), pen.px(2), "forest-axis");
        double font = text.maxSize() * 0.9;
        TextStyle tickStyle = text.withSizes(font, text.minSize()).withMaxLines(1);
        for (double t : ticks(s)) {
            double x = s.x(t);
            pen.line(x, y, x, y + pen.px(8), pen.colours().muted(), pen.px(2), "forest-tick");
            String label = Numbers.format(t);
            double w = pen.width(label, false, font) + 4;
            pen.draw(pen.fit(label, tickStyle, w, font * 2), x - w / 2, y + pen.px(10), w, TextAlign.CENTER,
                    pen.colours().muted(), "forest-tick-label");
        }
        double fy = y + pen.px(12) + font * 1.3;
        double nx = s.x(f.noEffect());
        if (!f.favoursLeft().isEmpty()) {
            double w = Math.max(1, nx - s.x0());
            pen.text("\u2190 " + f.favoursLeft(), tickStyle.withMaxLines(2), new Box(s.x0(), fy, Math.max(1, w - pen.px(8)),
                    font * 2.8), TextAlign.END, pen.colours().text(), "favours-left");
        }
        if (!f.favoursRight().isEmpty()) {
            double w = s.x0() + s.width() - nx;
            pen.text(f.favoursRight() + " \u2192", tickStyle.withMaxLines(2), new Box(nx + pen.px(8), fy,
                    Math.max(1, w - pen.px(8)), font * 2.8), TextAlign.START, pen.colours().text(), "favours-right");
        }
    }

    static List<Double> ticks(Scale s) {
        List<Double> out = new ArrayList<>();
        if (s.log()) {
            for (double t : LOG_TICKS) {
                if (t >= s.lo() && t <= s.hi()) {
                    out.add(t);
                }
            }
            while (out.size() > 6) {
                List<Double> thin = new ArrayList<>();
                for (int i = 0; i < out.size(); i++) {
                    if (i % 2 == 0 || out.get(i) == 1.0) {
                        thin.add(out.get(i));
                    }
                }
                out = thin;
            }
            return out;
        }
        double span = s.hi() - s.lo();
        double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (span / (step * m) <= 6) {
                step *= m;
                break;
            }
        }
        for (double t = Math.ceil(s.lo() / step) * step; t <= s.hi() + 1e-9; t += step) {
            out.add(Math.abs(t) < 1e-9 ? 0 : Math.round(t / step) * step);
        }
        return out;
    }

    private static double longest(PanelPen pen, Panel.ForestPlot f, double font) {
        double w = 0;
        for (Panel.Estimate r : f.rows()) {
            w = Math.max(w, pen.width(r.label(), r.pooled(), font));
        }
        return w;
    }
}
