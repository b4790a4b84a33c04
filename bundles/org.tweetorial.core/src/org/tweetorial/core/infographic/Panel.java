package org.tweetorial.core.infographic;

import java.util.List;

import org.tweetorial.core.model.SourceRange;

/**
 * One panel of an infographic. Every panel knows where it is in the source (for problems) and where the author
 * wants it in the grid. Text fields are plain text (Markdown emphasis removed), icon names are Health Icons names.
 */
public sealed interface Panel {

    /** Where the panel is in the file. */
    SourceRange range();

    /** The author's span and order overrides. */
    Placement placement();

    /** Alt text the author wrote for the panel ({@code alt="..."} on the panel line), empty for generated. */
    String alt();

    /** The name used in the {@code <!-- panel: NAME -->} line. */
    String typeName();

    /** Common fields of every panel. */
    record Meta(SourceRange range, Placement placement, String alt) {
    }

    /** Title banner: title, subtitle, author and date. */
    record Banner(Meta meta, String title, String subtitle, String author, String date) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "banner"; }
    }

    /** A point with an optional icon name (empty for none). */
    record Point(String icon, String text) {
    }

    /** Key points, each with an icon. */
    record KeyPoints(Meta meta, String heading, List<Point> points) implements Panel {
        public KeyPoints { points = List.copyOf(points); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "points"; }
    }

    /** A big number with caption and source. */
    record BigNumber(Meta meta, String value, String caption, String source, String icon) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "number"; }
    }

    /** A highlighted group of an icon array: {@code count} pictograms labelled {@code label}. */
    record Group(int count, String label) {
    }

    /**
     * An icon array: {@code total} pictograms (10 or 100), the groups highlighted in turn, the rest labelled
     * {@code restLabel}.
     */
    record IconArray(Meta meta, String heading, String icon, int total, List<Group> groups, String restLabel)
            implements Panel {
        public IconArray { groups = List.copyOf(groups); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "icon-array"; }

        /** Pictograms not in any group. */
        public int rest() {
            return total - groups.stream().mapToInt(Group::count).sum();
        }
    }

    /** One bar: a label and a value, with an optional interval (NaN when absent). */
    record Bar(String label, double value, double low, double high) {
    }

    /** A bar chart from a table: first column labels, second values, optional third and fourth an interval. */
    record BarChart(Meta meta, String heading, String valueLabel, String unit, List<Bar> bars, String source)
            implements Panel {
        public BarChart { bars = List.copyOf(bars); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "bar-chart"; }
    }

    /** One row of a forest plot: estimate with its confidence interval; {@code pooled} rows draw as a diamond. */
    record Estimate(String label, double estimate, double low, double high, double weight, boolean pooled) {
    }

    /**
     * A forest or dot plot: estimates with intervals, a line of no effect at {@code noEffect}, a log scale for
     * ratios, and what each side favours.
     */
    record ForestPlot(Meta meta, String heading, String measure, List<Estimate> rows, double noEffect,
            boolean logScale, String favoursLeft, String favoursRight) implements Panel {
        public ForestPlot { rows = List.copyOf(rows); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "forest"; }
    }

    /** A step of an algorithm; a question step has what to do on yes and on no (both empty otherwise). */
    record Step(String text, String yes, String no) {
        public boolean isQuestion() {
            return !yes.isEmpty() || !no.isEmpty();
        }
    }

    /** Numbered steps with arrows, question steps branching yes/no. */
    record Steps(Meta meta, String heading, List<Step> steps) implements Panel {
        public Steps { steps = List.copyOf(steps); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "steps"; }
    }

    /** One side of a comparison. */
    record Side(String title, String icon, List<String> items) {
        public Side { items = List.copyOf(items); }
    }

    /** Two columns side by side. */
    record Comparison(Meta meta, String heading, Side left, Side right) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "comparison"; }
    }

    /**
     * The visual abstract of a trial, with the fields journals require.
     *
     * @param n the number of participants as written (for example {@code 4,744}), empty when missing
     */
    record VisualAbstract(Meta meta, String heading, String population, String n, String design,
            String intervention, String comparator, String outcome, String result, String conclusion,
            String journal, String doi) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "visual-abstract"; }
    }

    /** A quotation and who said it. */
    record Quote(Meta meta, String text, String attribution) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "quote"; }
    }

    /** An image from the project with its alt text and credit. */
    record Image(Meta meta, String path, String description, String credit) implements Panel {
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "image"; }
    }

    /** References and credits: the sources, the author's handle and the licence. */
    record Footer(Meta meta, List<String> references, String credit, String licence) implements Panel {
        public Footer { references = List.copyOf(references); }
        @Override public SourceRange range() { return meta.range(); }
        @Override public Placement placement() { return meta.placement(); }
        @Override public String alt() { return meta.alt(); }
        @Override public String typeName() { return "footer"; }
    }
}
