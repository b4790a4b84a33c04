package org.tweetorial.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a card shows, independent of Markdown. Absent text is the empty string, absent lists are empty and
 * absent parts are {@code null}.
 *
 * @param layout         the slide layout
 * @param title          heading (title slide title, list heading, key point heading...)
 * @param subtitle       secondary line under the title
 * @param paragraphs     body paragraphs (key point statement, closing summary)
 * @param items          list items (list layout: 3-6 bullets)
 * @param stat           big number with caption and source, or null
 * @param quote          quotation with attribution, or null
 * @param comparison     two columns, or null
 * @param visualAbstract visual abstract fields, or null
 * @param figure         image with caption and credit, or null
 * @param references     reference entries (references layout)
 * @param numbering      position in the thread, or null to hide it
 * @param byline         author name, handle and optional logo, or null
 * @param kicker         short label above the content, e.g. the thread's title; may be empty
 * @param altText        explicit alt text; empty to generate it from the content
 */
public record Card(Layout layout, String title, String subtitle, List<String> paragraphs, List<String> items,
        Stat stat, Quote quote, Comparison comparison, VisualAbstract visualAbstract, Figure figure,
        List<String> references, Numbering numbering, Byline byline, String kicker, String altText) {

    public Card {
        Objects.requireNonNull(layout, "layout");
        title = text(title);
        subtitle = text(subtitle);
        paragraphs = list(paragraphs);
        items = list(items);
        references = list(references);
        kicker = text(kicker);
        altText = text(altText);
    }

    /** A big number with its caption and source. */
    public record Stat(String value, String caption, String source) {
        public Stat {
            value = text(value);
            caption = text(caption);
            source = text(source);
        }
    }

    /** A quotation. */
    public record Quote(String text, String attribution) {
        public Quote {
            text = Card.text(text);
            attribution = Card.text(attribution);
        }
    }

    /** One column of a comparison. */
    public record Column(String heading, List<String> items) {
        public Column {
            heading = text(heading);
            items = list(items);
        }
    }

    /** Two columns side by side. */
    public record Comparison(Column left, Column right) {
        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** Visual abstract of a study; population usually carries N. */
    public record VisualAbstract(String question, String design, String population, String intervention,
            String outcome, String conclusion) {
        public VisualAbstract {
            question = text(question);
            design = text(design);
            population = text(population);
            intervention = text(intervention);
            outcome = text(outcome);
            conclusion = text(conclusion);
        }
    }

    /**
     * An image. The path is relative to the project folder (or a remote URL, which is only loaded when the
     * render options allow it).
     */
    public record Figure(String path, String caption, String credit) {
        public Figure {
            path = text(path);
            caption = text(caption);
            credit = text(credit);
        }
    }

    /** Position {@code index} (1-based) of {@code total}. */
    public record Numbering(int index, int total) {
        public Numbering {
            if (index < 1 || total < 1 || index > total) {
                throw new IllegalArgumentException("numbering must satisfy 1 <= n <= N, got " + index + "/" + total);
            }
        }

        @Override
        public String toString() {
            return index + "/" + total;
        }
    }

    /** Author shown in the footer; logo path relative to the project folder, may be empty. */
    public record Byline(String name, String handle, String logoPath) {
        public Byline {
            name = text(name);
            handle = text(handle);
            logoPath = text(logoPath);
        }
    }

    public static Builder builder(Layout layout) {
        return new Builder(layout);
    }

    /** A builder initialised with this card's values. */
    public Builder toBuilder() {
        Builder b = new Builder(layout);
        b.title = title;
        b.subtitle = subtitle;
        b.paragraphs.addAll(paragraphs);
        b.items.addAll(items);
        b.stat = stat;
        b.quote = quote;
        b.comparison = comparison;
        b.visualAbstract = visualAbstract;
        b.figure = figure;
        b.references.addAll(references);
        b.numbering = numbering;
        b.byline = byline;
        b.kicker = kicker;
        b.altText = altText;
        return b;
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static List<String> list(List<String> in) {
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            String t = text(s);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Fluent builder for {@link Card}. */
    public static final class Builder {
        private Layout layout;
        private String title = "";
        private String subtitle = "";
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        private Stat stat;
        private Quote quote;
        private Comparison comparison;
        private VisualAbstract visualAbstract;
        private Figure figure;
        private final List<String> references = new ArrayList<>();
        private Numbering numbering;
        private Byline byline;
        private String kicker = "";
        private String altText = "";

        private Builder(Layout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
        }

        public Builder layout(Layout value) {
            layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder subtitle(String value) {
            subtitle = value;
            return this;
        }

        public Builder paragraph(String value) {
            paragraphs.add(value);
            return this;
        }

        public Builder paragraphs(List<String> values) {
            paragraphs.clear();
            paragraphs.addAll(values);
            return this;
        }

        public Builder item(String value) {
            items.add(value);
            return this;
        }

        public Builder items(List<String> values) {
            items.clear();
            items.addAll(values);
            return this;
        }

        public Builder stat(String value, String caption, String source) {
            stat = new Stat(value, caption, source);
            return this;
        }

        public Builder quote(String text, String attribution) {
            quote = new Quote(text, attribution);
            return this;
        }

        public Builder comparison(String leftHeading, List<String> leftItems, String rightHeading,
                List<String> rightItems) {
            comparison = new Comparison(new Column(leftHeading, leftItems), new Column(rightHeading, rightItems));
            return this;
        }

        public Builder visualAbstract(VisualAbstract value) {
            visualAbstract = value;
            return this;
        }

        public Builder figure(String path, String caption, String credit) {
            figure = new Figure(path, caption, credit);
            return this;
        }

        public Builder reference(String value) {
            references.add(value);
            return this;
        }

        public Builder references(List<String> values) {
            references.clear();
            references.addAll(values);
            return this;
        }

        public Builder numbering(int index, int total) {
            numbering = new Numbering(index, total);
            return this;
        }

        public Builder numbering(Numbering value) {
            numbering = value;
            return this;
        }

        public Builder byline(String name, String handle, String logoPath) {
            byline = new Byline(name, handle, logoPath);
            return this;
        }

        public Builder byline(Byline value) {
            byline = value;
            return this;
        }

        public Builder kicker(String value) {
            kicker = value;
            return this;
        }

        public Builder altText(String value) {
            altText = value;
            return this;
        }

        public Card build() {
            return new Card(layout, title, subtitle, paragraphs, items, stat, quote, comparison, visualAbstract,
                    figure, references, numbering, byline, kicker, altText);
        }
    }
}
