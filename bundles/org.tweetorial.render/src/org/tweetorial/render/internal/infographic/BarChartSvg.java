package org.tweetorial.render.internal.infographic;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * A horizontal bar chart: labels on the left, bars from a zero line with lengths proportional to the values,
 * optional interval whiskers, the value at the end of each bar, the source below.
 */
final class BarChartSvg {

    private BarChartSvg() {
    }

    static void draw(PanelPen pen, Panel.BarChart c, Box box) {
        double top = pen.heading(c.heading(), box);
        double bottom = box.bottom();
        if (!c.source().isEmpty()) {
            FittedText src = pen.fit("Source: " + c.source(), pen.style(false, 20, 1.2, 2), box.w(), box.h() * 0.2);
            bottom -= src.height();
            pen.draw(src, box.x(), bottom, box.w(), TextAlign.START, pen.colours().muted(), "chart-source");
            bottom -= pen.px(10);
        }
        int n = c.bars().size();
        if (n == 0) {
            return;
        }
        double rowH = (bottom - box.y() - top) / n;
        TextStyle labelStyle = pen.style(false, 24, 1.1, 2);
        double labelW = labelWidth(pen, c, labelStyle, box.w());
        double min = 0;
        double max = 0;
        for (Panel.Bar b : c.bars()) {
            min = Math.min(min, Math.min(b.value(), Double.isNaN(b.low()) ? 0 : b.low()));
            max = Math.max(max, Math.max(b.value(), Double.isNaN(b.high()) ? 0 : b.high()));
        }
        double valueW = pen.width("00000" + c.unit(), true, labelStyle.maxSize());
        double plotX = box.x() + labelW + pen.px(12);
        double plotW = Math.max(1, box.right() - valueW - plotX);
        double k = max - min == 0 ? 0 : plotW / (max - min);
        double zero = plotX - min * k;
        double y = box.y() + top;
        for (int i = 0; i < n; i++) {
            Panel.Bar b = c.bars().get(i);
            double barH = Math.min(rowH * 0.62, pen.px(56));
            double cy = y + rowH / 2;
            FittedText label = pen.fit(b.label(), labelStyle, labelW, rowH);
            pen.draw(label, box.x(), cy - label.height() / 2, labelW, TextAlign.END, pen.colours().text(), "bar-label");
            double x0 = b.value() >= 0 ? zero : zero + b.value() * k;
            pen.rect(x0, cy - barH / 2, Math.abs(b.value()) * k, barH, 0, pen.palette().series(0), "bar");
            if (!Double.isNaN(b.low()) && !Double.isNaN(b.high())) {
                pen.line(zero + b.low() * k, cy, zero + b.high() * k, cy, pen.colours().text(), pen.px(3), "bar-ci");
            }
            double end = Math.max(x0 + Math.abs(b.value()) * k, Double.isNaN(b.high()) ? 0 : zero + b.high() * k);
            FittedText value = pen.fit(Numbers.format(b.value()) + c.unit(), labelStyle.withMaxLines(1),
                    Math.max(1, box.right() - end - pen.px(8)), rowH);
            pen.draw(value, end + pen.px(8), cy - value.height() / 2, Math.max(1, box.right() - end - pen.px(8)),
                    TextAlign.START, pen.colours().text(), "bar-value");
            y += rowH;
        }
        pen.line(zero, box.y() + top, zero, y, pen.colours().muted(), pen.px(2), "bar-axis");
    }

    private static double labelWidth(PanelPen pen, Panel.BarChart c, TextStyle style, double w) {
        double longest = 0;
        for (Panel.Bar b : c.bars()) {
            longest = Math.max(longest, pen.width(b.label(), false, style.maxSize()));
        }
        return Math.min(w * 0.38, longest + 2);
    }
}
