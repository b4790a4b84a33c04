package org.tweetorial.core.internal.infographic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.internal.infographic.PanelLines.Kind;

/** Panels drawn from numbers: bar charts and forest plots from Markdown tables, icon arrays from counts. */
final class TablePanels {

    private final Findings findings;

    TablePanels(Findings findings) {
        this.findings = findings;
    }

    /** The cells of a table row, without the outer pipes. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : s.split("(?<!\\\\)\\|", -1)) {
            out.add(c.replace("\\|", "|").strip());
        }
        return out;
    }

    private static boolean isDelimiter(List<String> cells) {
        return cells.stream().allMatch(c -> c.matches(":?-{1,}:?"));
    }

    /** Body rows of the panel's table (header and delimiter row skipped). */
    private static List<PanelLines.Line> bodyRows(PanelLines lines) {
        List<PanelLines.Line> rows = lines.of(Kind.TABLE);
        List<PanelLines.Line> body = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (!isDelimiter(cells(rows.get(i).text()))) {
                body.add(rows.get(i));
            }
        }
        return body;
    }

    private static List<String> header(PanelLines lines) {
        List<PanelLines.Line> rows = lines.of(Kind.TABLE);
        return rows.isEmpty() ? List.of() : cells(rows.get(0).text());
    }

    /** A number from a cell, or NaN with a problem on the row's line. */
    private double number(PanelLines.Line row, List<String> cells, int column, String what, boolean required) {
        String cell = column < cells.size() ? cells.get(column) : "";
        if (cell.isEmpty() && !required) {
            return Double.NaN;
        }
        double v = Inline.number(cell);
        if (Double.isNaN(v)) {
            findings.error(Findings.TABLE_NOT_NUMERIC, row, "the " + what + " of '" + Inline.plain(cells.get(0))
                    + "' is '" + cell + "', not a number: write it like 0.74, 12.5 or 23%");
        }
        return v;
    }

    Panel.BarChart bars(Panel.Meta meta, PanelLines lines, PanelDirective d) {
        List<String> head = header(lines);
        List<Panel.Bar> bars = new ArrayList<>();
        for (PanelLines.Line row : bodyRows(lines)) {
            List<String> c = cells(row.text());
            double v = number(row, c, 1, "value", true);
            double lo = number(row, c, 2, "lower limit", false);
            double hi = number(row, c, 3, "upper limit", false);
            if (!Double.isNaN(v)) {
                bars.add(new Panel.Bar(Inline.plain(c.get(0)), v, lo, hi));
            }
        }
        if (bars.isEmpty()) {
            findings.error(Findings.TABLE_NOT_NUMERIC, firstLine(lines, d), "this bar chart has no rows with numbers:"
                    + " write a table | label | value | with one row per bar");
        }
        return new Panel.BarChart(meta, Inline.plain(lines.heading()), head.size() > 1 ? Inline.plain(head.get(1)) : "",
                d.get("unit"), bars, Inline.plain(lines.field("source")));
    }

    Panel.ForestPlot forest(Panel.Meta meta, PanelLines lines, PanelDirective d) {
        List<String> head = header(lines);
        String measure = head.size() > 1 ? Inline.plain(head.get(1)) : "";
        List<Panel.Estimate> rows = new ArrayList<>();
        for (PanelLines.Line row : bodyRows(lines)) {
            List<String> c = cells(row.text());
            double est = number(row, c, 1, "estimate", true);
            double lo = number(row, c, 2, "lower limit", true);
            double hi = number(row, c, 3, "upper limit", true);
            double weight = number(row, c, 4, "weight", false);
            if (Double.isNaN(est) || Double.isNaN(lo) || Double.isNaN(hi)) {
                continue;
            }
            if (lo > est || est > hi) {
                findings.error(Findings.TABLE_NOT_NUMERIC, row, "'" + Inline.plain(c.get(0)) + "': the estimate "
                        + c.get(1) + " is not between its limits " + c.get(2) + " and " + c.get(3));
                continue;
            }
            String label = Inline.plain(c.get(0));
            boolean pooled = Inline.bold(c.get(0)) || label.toLowerCase(Locale.ROOT).matches("(overall|pooled|total).*");
            rows.add(new Panel.Estimate(label, est, lo, hi, weight, pooled));
        }
        if (rows.isEmpty()) {
            findings.error(Findings.TABLE_NOT_NUMERIC, firstLine(lines, d), "this forest plot has no rows with numbers:"
                    + " write a table | label | estimate | lower | upper | with one row per estimate");
        }
        boolean ratio = measure.matches("(?i).*\\b(hr|or|rr|irr|ratio)\\b.*");
        double noEffect = parse(d, "null", ratio ? 1 : 0, lines);
        String scale = d.get("scale", noEffect == 1 ? "log" : "linear");
        boolean log = scale.equalsIgnoreCase("log");
        if (log && rows.stream().anyMatch(r -> r.low() <= 0)) {
            findings.error(Findings.TABLE_NOT_NUMERIC, firstLine(lines, d), "a log scale needs positive limits;"
                    + " add scale=linear to the panel line for differences");
            log = false;
        }
        return new Panel.ForestPlot(meta, Inline.plain(lines.heading()), measure, rows, noEffect, log,
                d.get("favours-left", d.get("left")), d.get("favours-right", d.get("right")));
    }

    private double parse(PanelDirective d, String name, double fallback, PanelLines lines) {
        String v = d.get(name);
        if (v.isEmpty()) {
            return fallback;
        }
        double n = Inline.number(v);
        if (Double.isNaN(n)) {
            findings.error(Findings.ATTRIBUTE, firstLine(lines, d), name + "=" + v + " is not a number");
            return fallback;
        }
        return n;
    }

    Panel.IconArray iconArray(Panel.Meta meta, PanelLines lines, PanelDirective d) {
        int total = (int) parse(d, "total", 100, lines);
        if (total != 10 && total != 100 && total != 20 && total != 50) {
            findings.error(Findings.ICON_ARRAY, firstLine(lines, d), "total=" + total
                    + " is not 10, 20, 50 or 100 pictograms");
            total = 100;
        }
        List<Panel.Group> groups = new ArrayList<>();
        String rest = d.get("rest");
        if (!d.get("count").isEmpty()) {
            groups.add(new Panel.Group((int) parse(d, "count", 0, lines), d.get("label")));
        }
        for (PanelLines.Line item : lines.of(Kind.ITEM)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,3}|rest|others?)\\s*[:\\-–]?\\s*(.*)",
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(Inline.plain(item.text()));
            if (!m.matches()) {
                findings.error(Findings.ICON_ARRAY, item, "an icon array item starts with its count, like '- 23 had"
                        + " a stroke' (or '- rest: no stroke')");
            } else if (Character.isDigit(m.group(1).charAt(0))) {
                groups.add(new Panel.Group(Integer.parseInt(m.group(1)), m.group(2).strip()));
            } else {
                rest = m.group(2).strip();
            }
        }
        int sum = groups.stream().mapToInt(Panel.Group::count).sum();
        if (sum > total) {
            findings.error(Findings.ICON_ARRAY, firstLine(lines, d), "the groups add up to " + sum + ", more than the "
                    + total + " pictograms: correct the counts or set total=");
            groups = List.of();
        } else if (groups.isEmpty()) {
            findings.error(Findings.ICON_ARRAY, firstLine(lines, d), "this icon array highlights nothing: add items"
                    + " like '- 23 had a stroke' or count=23 on the panel line");
        }
        return new Panel.IconArray(meta, Inline.plain(lines.heading()), d.get("icon", "person"), total, groups, rest);
    }

    static PanelLines.Line firstLine(PanelLines lines, PanelDirective d) {
        return d.line() != null ? d.line() : lines.all().get(0);
    }
}
