package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tweetorial.core.infographic.Panel;

/**
 * Places panels on a grid of 1 to 3 columns: the number of columns comes from the page's shape and the panels
 * (or the front matter's {@code columns}); each panel spans the columns its type needs (or its {@code span});
 * panels keep source order unless they set {@code order}; rows take heights in proportion to what their panels
 * need, so a chart row gets more room than a row of one-line facts.
 */
final class PageGrid {

    /** A panel and the box it is drawn in. */
    record Placed(Panel panel, Box box, int span) {
    }

    private PageGrid() {
    }

    static int columns(int requested, double width, double height, List<Panel> panels) {
        if (requested >= 1 && requested <= 3) {
            return requested;
        }
        long small = panels.stream().filter(p -> naturalSpan(p, 3) == 1).count();
        if (width >= height * 1.3) {
            return small >= 3 ? 3 : 2;
        }
        if (width < 700 || small < 2) {
            return 1;
        }
        return 2;
    }

    /**
     * @param line  the height of one line of the smallest text, in pixels: every row gets at least the lines its
     *              panels need at that size, the rest of the page goes by weight
     * @param boost extra weight per panel (rows whose text was cut in an earlier try get more)
     */
    static List<Placed> layout(List<Panel> panels, int columns, Box area, double gap, double line,
            java.util.function.ToDoubleFunction<Panel> boost) {
        List<Panel> ordered = new ArrayList<>(panels);
        ordered.sort(Comparator.comparingInt(p -> p.placement().order() == 0 ? panels.indexOf(p) * 10 + 5
                : p.placement().order() * 10));
        List<List<Panel>> rows = new ArrayList<>();
        List<Panel> row = new ArrayList<>();
        int used = 0;
        for (Panel p : ordered) {
            int span = span(p, columns);
            if (used + span > columns && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(p);
            used += span;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return place(rows, columns, area, gap, line, boost);
    }

    private static List<Placed> place(List<List<Panel>> rows, int columns, Box area, double gap, double line,
            java.util.function.ToDoubleFunction<Panel> boost) {
        double[] weights = new double[rows.size()];
        double[] minimum = new double[rows.size()];
        double sum = 0;
        double sumMin = 0;
        for (int i = 0; i < rows.size(); i++) {
            weights[i] = rowWeight(rows.get(i), columns, boost);
            sum += weights[i];
            for (Panel p : rows.get(i)) {
                minimum[i] = Math.max(minimum[i], minimumLines(p, span(p, columns)) * line * boost.applyAsDouble(p));
            }
            sumMin += minimum[i];
        }
        double free = area.h() - gap * (rows.size() - 1);
        double share = Math.min(1, free / Math.max(1, sumMin));
        double rest = Math.max(0, free - sumMin);
        double colW = (area.w() - gap * (columns - 1)) / columns;
        List<Placed> out = new ArrayList<>();
        double y = area.y();
        for (int i = 0; i < rows.size(); i++) {
            double h = minimum[i] * share + rest * weights[i] / sum;
            List<Panel> r = rows.get(i);
            int[] spans = spans(r, columns);
            double x = area.x();
            for (int j = 0; j < r.size(); j++) {
                double w = colW * spans[j] + gap * (spans[j] - 1);
                out.add(new Placed(r.get(j), new Box(x, y, w, h), spans[j]));
                x += w + gap;
            }
            y += h + gap;
        }
        return out;
    }

    /** The spans of a row's panels, widened so that the row fills every column. */
    private static int[] spans(List<Panel> row, int columns) {
        int[] spans = new int[row.size()];
        int used = 0;
        for (int j = 0; j < row.size(); j++) {
            spans[j] = span(row.get(j), columns);
            used += spans[j];
        }
        for (int j = 0; used < columns; j = (j + 1) % row.size()) {
            spans[j]++;
            used++;
        }
        return spans;
    }

    static int span(Panel p, int columns) {
        int s = p.placement().span() > 0 ? p.placement().span() : naturalSpan(p, columns);
        return Math.max(1, Math.min(columns, s));
    }

    private static int naturalSpan(Panel p, int columns) {
        return switch (p) {
            case Panel.Banner b -> columns;
            case Panel.Footer f -> columns;
            case Panel.VisualAbstract v -> columns;
            case Panel.ForestPlot f -> Math.min(columns, 2);
            case Panel.Steps s -> Math.min(columns, 2);
            case Panel.Comparison c -> Math.min(columns, 2);
            case Panel.BarChart b -> b.bars().size() > 5 ? Math.min(columns, 2) : 1;
            default -> 1;
        };
    }

    private static double rowWeight(List<Panel> row, int columns, java.util.function.ToDoubleFunction<Panel> boost) {
        double w = 0;
        for (Panel p : row) {
            w = Math.max(w, demand(p) * boost.applyAsDouble(p) / Math.sqrt(span(p, columns)));
        }
        return w;
    }

    /** Lines of the smallest text (plus padding) a panel needs at the least, at its span. */
    static double minimumLines(Panel p, int span) {
        double wide = span > 1 ? 0.75 : 1.0;
        return 2.5 + wide * switch (p) {
            case Panel.Banner b -> 4.0 + (b.subtitle().isEmpty() ? 0 : 1.5);
            case Panel.Footer f -> 1.5 + 2.0 * f.references().size();
            case Panel.BigNumber n -> 4.5;
            case Panel.Quote q -> 2 + q.text().length() / 40.0;
            case Panel.KeyPoints k -> 1.5 + 2.0 * k.points().size();
            case Panel.IconArray a -> (a.total() > 20 ? 13 : 7) + 1.5 * (a.groups().size() + 1);
            case Panel.BarChart b -> 2.5 + 1.4 * b.bars().size();
            case Panel.ForestPlot f -> 10 + 1.8 * f.rows().size();
            case Panel.Steps s -> 1.5 + 2.5 * s.steps().size() + 2.5 * s.steps().stream()
                    .filter(Panel.Step::isQuestion).count();
            case Panel.Comparison c -> 3 + 1.6 * Math.max(c.left().items().size(), c.right().items().size());
            case Panel.VisualAbstract v -> 24;
            case Panel.Image i -> 6;
        };
    }

    /** Roughly how tall a one-column panel wants to be, in units of about one line of body text. */
    static double demand(Panel p) {
        return switch (p) {
            case Panel.Banner b -> 3.2 + (b.subtitle().isEmpty() ? 0 : 1.2);
            case Panel.Footer f -> 1.4 + 1.0 * f.references().size();
            case Panel.BigNumber n -> 4.2;
            case Panel.Quote q -> 2.4 + q.text().length() / 45.0;
            case Panel.KeyPoints k -> 1.5 + 1.5 * k.points().size();
            case Panel.IconArray a -> a.total() > 20 ? 12 : 7;
            case Panel.BarChart b -> 2.5 + 1.1 * b.bars().size();
            case Panel.ForestPlot f -> 4.5 + 1.6 * f.rows().size();
            case Panel.Steps s -> 1.5 + 2.0 * s.steps().size() + (s.steps().stream().anyMatch(Panel.Step::isQuestion)
                    ? 1.5 : 0);
            case Panel.Comparison c -> 2.5 + 1.4 * Math.max(c.left().items().size(), c.right().items().size());
            case Panel.VisualAbstract v -> 17.0;
            case Panel.Image i -> 7.0;
        };
    }
}
