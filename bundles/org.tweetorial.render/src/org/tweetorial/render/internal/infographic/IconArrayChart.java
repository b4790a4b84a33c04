package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.render.internal.text.FittedText;
import org.tweetorial.render.internal.text.TextAlign;
import org.tweetorial.render.internal.text.TextStyle;

/**
 * An icon array: 10 to 100 pictograms in rows of ten (five for ten), the groups highlighted in reading order in
 * the palette's colours, the rest in the muted rule colour, and a legend with each group's "n in N".
 */
final class IconArrayChart {

    private IconArrayChart() {
    }

    static void draw(PanelPen pen, Panel.IconArray a, Box box) {
        double top = pen.heading(a.heading(), box);
        List<String> legend = legend(a);
        TextStyle style = pen.style(false, 24, 1.2, 2);
        List<FittedText> lines = pen.fitAll(legend, style, box.w() - pen.px(40), box.h() * 0.4, 0.3);
        double legendH = 0;
        for (FittedText f : lines) {
            legendH += f.height() + f.fontSize() * 0.3;
        }
        Box grid = new Box(box.x(), box.y() + top, box.w(), Math.max(1, box.h() - top - legendH - pen.px(12)));
        drawGrid(pen, a, grid);
        double y = grid.bottom() + pen.px(12);
        for (int i = 0; i < lines.size(); i++) {
            FittedText f = lines.get(i);
            double sw = f.fontSize() * 0.8;
            pen.rect(box.x(), y + (f.ascent() - sw) * 0.9, sw, sw, sw * 0.2, colour(pen, i, a.groups().size()),
                    "legend-swatch");
            pen.draw(f, box.x() + pen.px(40), y, box.w() - pen.px(40), TextAlign.START, pen.colours().text(),
                    "legend-text");
            y += f.height() + f.fontSize() * 0.3;
        }
    }

    private static String colour(PanelPen pen, int group, int groups) {
        return group < groups ? pen.palette().series(group) : pen.palette().rest();
    }

    static List<String> legend(Panel.IconArray a) {
        List<String> out = new ArrayList<>();
        for (Panel.Group g : a.groups()) {
            out.add(g.count() + " in " + a.total() + (g.label().isEmpty() ? "" : " " + g.label()));
        }
        if (!a.restLabel().isEmpty() && a.rest() > 0) {
            out.add(a.rest() + " in " + a.total() + " " + a.restLabel());
        }
        return out;
    }

    private static void drawGrid(PanelPen pen, Panel.IconArray a, Box box) {
        int cols = a.total() == 10 ? 5 : 10;
        int rows = (a.total() + cols - 1) / cols;
        double cell = Math.min(box.w() / cols, box.h() / rows);
        double size = cell * 0.92;
        double left = box.x() + (box.w() - cell * cols) / 2;
        double top = box.y() + (box.h() - cell * rows) / 2;
        int index = 0;
        for (int g = 0; g <= a.groups().size(); g++) {
            int count = g < a.groups().size() ? a.groups().get(g).count() : a.rest();
            String colour = colour(pen, g, a.groups().size());
            String cls = g < a.groups().size() ? "icon-array-g" + g : "icon-array-rest";
            for (int k = 0; k < count; k++, index++) {
                double x = left + (index % cols) * cell + (cell - size) / 2;
                double y = top + (index / cols) * cell + (cell - size) / 2;
                if (!pen.icon(a.icon(), x, y, size, colour, cls)) {
                    pen.canvas().circle(pen.group(), x + size / 2, y + size / 2, size * 0.4, colour)
                            .setAttribute("class", cls);
                }
            }
        }
    }
}
