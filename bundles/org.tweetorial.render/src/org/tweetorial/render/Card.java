package org.tweetorial.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tweetorial.core.model.CardLayout;

/**
 * Everything a card shows, independent of Markdown: a body typed by layout, and the parts every card shares.
 * Absent text is the empty string and absent lists are empty.
 *
 * @param body      what the layout draws; its type decides the layout
 * @param numbering position in the thread, or null to hide it
 * @param byline    author name, handle and optional logo, or null
 * @param kicker    short label above the content, e.g. the thread's title; may be empty
 * @param altText   explicit alt text; empty to generate it from the content
 */
public record Card(Body body, Numbering numbering, Byline byline, String kicker, String altText) {

    public Card {
        Objects.requireNonNull(body, "body");
        kicker = text(kicker);
        altText = text(altText);
    }

    /** The layout that draws this card. */
    public CardLayout layout() {
        return body.layout();
    }

    /** What a card of one layout shows: exactly the fields that layout draws. */
    public sealed interface Body permits Title, KeyPoint, Stat, Items, Figure, Quote, Comparison, VisualAbstract,
            References, Closing {

        CardLayout layout();

        /** The card's heading, else its main text (for file names and lists); may be empty. */
        String headline();
    }

    /** The thread's first card: a big title and a subtitle. */
    public record Title(String title, String subtitle) implements Body {
        public Title {
            title = text(title);
            subtitle = text(subtitle);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.TITLE;
        }

        @Override
        public String headline() {
            return title;
        }
    }

    /** One statement, with an optional heading above it and supporting sentences below. */
    public record KeyPoint(String heading, String statement, List<String> support) implements Body {
        public KeyPoint {
            heading = text(heading);
            statement = text(statement);
            support = list(support);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.KEY_POINT;
        }

        @Override
        public String headline() {
            return first(heading, statement);
        }
    }

    /** A big number with its caption and source. */
    public record Stat(String title, String value, String caption, String source) implements Body {
        public Stat {
            title = text(title);
            value = text(value);
            caption = text(caption);
            source = text(source);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.STAT;
        }

        @Override
        public String headline() {
            return first(title, value);
        }
    }

    /** A heading and a short numbered list (3-6 items read best). */
    public record Items(String title, List<String> items) implements Body {
        public Items {
            title = text(title);
            items = list(items);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.LIST;
        }

        @Override
        public String headline() {
            return first(title, items.isEmpty() ? "" : items.get(0));
        }
    }

    /**
     * An image with caption and credit. The path is relative to the project folder (or a remote URL, which is only
     * loaded when the render options allow it); the description says what the image shows (its Markdown alt text).
     */
    public record Figure(String title, String path, String caption, String credit, String description)
            implements Body {
        public Figure {
            title = text(title);
            path = text(path);
            caption = text(caption);
            credit = text(credit);
            description = text(description);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.IMAGE;
        }

        @Override
        public String headline() {
            return first(title, caption);
        }
    }

    /** A quotation. */
    public record Quote(String text, String attribution) implements Body {
        public Quote {
            text = Card.text(text);
            attribution = Card.text(attribution);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.QUOTE;
        }

        @Override
        public String headline() {
            return text;
        }
    }

    /** One column of a comparison. */
    public record Column(String heading, List<String> items) {
        public Column {
            heading = text(heading);
            items = list(items);
        }
    }

    /** Two columns side by side under a title. */
    public record Comparison(String title, Column left, Column right) implements Body {
        public Comparison {
            title = text(title);
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public CardLayout layout() {
            return CardLayout.COMPARISON;
        }

        @Override
        public String headline() {
            return first(title, left.heading() + " vs " + right.heading());
        }
    }

    /**
     * Visual abstract of a study, with the fields journals ask for.
     *
     * @param title        the study's name, e.g. {@code DAPA-HF}
     * @param question     the research question
     * @param population   who was studied, with N
     * @param design       e.g. randomised controlled trial
     * @param intervention what the intervention arm got
     * @param comparator   what the control arm got
     * @param outcome      the primary outcome's label
     * @param result       the primary outcome's result (the finding)
     * @param conclusion   the authors' conclusion
     * @param journal      journal (and year) or other citation
     * @param doi          the DOI, without {@code doi:} or a resolver URL
     */
    public record VisualAbstract(String title, String question, String population, String design,
            String intervention, String comparator, String outcome, String result, String conclusion,
            String journal, String doi) implements Body {
        public VisualAbstract {
            title = text(title);
            question = text(question);
            population = text(population);
            design = text(design);
            intervention = text(intervention);
            comparator = text(comparator);
            outcome = text(outcome);
            result = text(result);
            conclusion = text(conclusion);
            journal = text(journal);
            doi = text(doi);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.VISUAL_ABSTRACT;
        }

        @Override
        public String headline() {
            return first(title, question);
        }
    }

    /** A numbered reference list. */
    public record References(String title, List<String> entries) implements Body {
        public References {
            title = text(title);
            entries = list(entries);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.REFERENCES;
        }

        @Override
        public String headline() {
            return first(title, "References");
        }
    }

    /** The last card: a summary or call to action (the byline's handle becomes a follow prompt). */
    public record Closing(String title, List<String> paragraphs) implements Body {
        public Closing {
            title = text(title);
            paragraphs = list(paragraphs);
        }

        @Override
        public CardLayout layout() {
            return CardLayout.CLOSING;
        }

        @Override
        public String headline() {
            return first(title, paragraphs.isEmpty() ? "" : paragraphs.get(0));
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

    public static Builder builder(Body body) {
        return new Builder(body);
    }

    /** A builder initialised with this card's values. */
    public Builder toBuilder() {
        Builder b = new Builder(body);
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

    private static String first(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    /** Fluent builder for {@link Card}. */
    public static final class Builder {
        private Body body;
        private Numbering numbering;
        private Byline byline;
        private String kicker = "";
        private String altText = "";

        private Builder(Body body) {
            this.body = Objects.requireNonNull(body, "body");
        }

        public Builder body(Body value) {
            body = Objects.requireNonNull(value, "body");
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
            return new Card(body, numbering, byline, kicker, altText);
        }
    }
}
