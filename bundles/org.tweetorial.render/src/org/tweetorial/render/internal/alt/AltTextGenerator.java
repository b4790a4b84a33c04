package org.tweetorial.render.internal.alt;

import java.util.List;

import org.tweetorial.render.Card;
import org.tweetorial.render.internal.text.DisplayText;

/**
 * Writes alt text that says what the card shows: the card's own text in reading order, prefixed with the kind of
 * card, so a screen-reader user gets the same content as a sighted reader. An explicit alt text wins.
 */
public final class AltTextGenerator {

    private AltTextGenerator() {
    }

    public static String altText(Card card) {
        if (!card.altText().isEmpty()) {
            return DisplayText.clean(card.altText());
        }
        StringBuilder sb = new StringBuilder();
        switch (card.layout()) {
            case TITLE -> {
                sentence(sb, "Title card: " + card.title());
                sentence(sb, card.subtitle());
                paragraphs(sb, card.paragraphs());
            }
            case KEY_POINT -> {
                sentence(sb, card.title().isEmpty() ? "" : "Key point: " + card.title());
                String prefix = card.title().isEmpty() ? "Key point: " : "";
                for (String p : card.paragraphs()) {
                    sentence(sb, prefix + p);
                    prefix = "";
                }
                sentence(sb, card.subtitle());
            }
            case STAT -> {
                sentence(sb, card.title());
                Card.Stat s = card.stat();
                if (s != null) {
                    sentence(sb, "Statistic: " + s.value() + (s.caption().isEmpty() ? "" : " " + s.caption()));
                    sentence(sb, s.source().isEmpty() ? "" : "Source: " + s.source());
                } else {
                    paragraphs(sb, card.paragraphs());
                }
            }
            case LIST -> {
                sentence(sb, card.title());
                List<String> items = card.items().isEmpty() ? card.paragraphs() : card.items();
                sentence(sb, "List of " + items.size() + (items.size() == 1 ? " item" : " items"));
                for (int i = 0; i < items.size(); i++) {
                    sentence(sb, (i + 1) + ". " + items.get(i));
                }
            }
            case IMAGE -> {
                sentence(sb, card.title());
                Card.Figure f = card.figure();
                sentence(sb, "Image" + (f == null || f.caption().isEmpty() ? "" : ": " + f.caption()));
                sentence(sb, f == null || f.credit().isEmpty() ? "" : "Credit: " + f.credit());
                paragraphs(sb, card.paragraphs());
            }
            case QUOTE -> {
                Card.Quote q = card.quote();
                String text = q != null ? q.text() : String.join(" ", card.paragraphs());
                sentence(sb, "Quote: \u201C" + text + "\u201D");
                sentence(sb, q == null || q.attribution().isEmpty() ? "" : "\u2014 " + q.attribution());
            }
            case COMPARISON -> {
                sentence(sb, card.title());
                Card.Comparison c = card.comparison();
                if (c != null) {
                    sentence(sb, "Comparison of " + c.left().heading() + " and " + c.right().heading());
                    column(sb, c.left());
                    column(sb, c.right());
                }
            }
            case VISUAL_ABSTRACT -> {
                Card.VisualAbstract v = card.visualAbstract();
                sentence(sb, "Visual abstract" + (card.title().isEmpty() ? "" : ": " + card.title()));
                if (v != null) {
                    sentence(sb, label("Question", v.question()));
                    sentence(sb, label("Design", v.design()));
                    sentence(sb, label("Population", v.population()));
                    sentence(sb, label("Intervention", v.intervention()));
                    sentence(sb, label("Outcome", v.outcome()));
                    sentence(sb, label("Conclusion", v.conclusion()));
                }
            }
            case REFERENCES -> {
                sentence(sb, card.title().isEmpty() ? "References" : card.title());
                List<String> refs = card.references().isEmpty() ? card.items() : card.references();
                for (int i = 0; i < refs.size(); i++) {
                    sentence(sb, (i + 1) + ". " + refs.get(i));
                }
            }
            case CLOSING -> {
                sentence(sb, card.title());
                paragraphs(sb, card.paragraphs());
                sentence(sb, card.subtitle());
            }
            default -> paragraphs(sb, card.paragraphs());
        }
        Card.Byline by = card.byline();
        if (by != null && (!by.name().isEmpty() || !by.handle().isEmpty())) {
            String who = by.name().isEmpty() ? by.handle()
                    : by.name() + (by.handle().isEmpty() ? "" : " (" + by.handle() + ")");
            sentence(sb, "By " + who);
        }
        if (card.numbering() != null) {
            sentence(sb, "Card " + card.numbering().index() + " of " + card.numbering().total());
        }
        return sb.toString().strip();
    }

    private static String label(String label, String value) {
        return value.isEmpty() ? "" : label + ": " + value;
    }

    private static void column(StringBuilder sb, Card.Column col) {
        sentence(sb, col.heading().isEmpty() ? "" : col.heading() + ":");
        for (String item : col.items()) {
            sentence(sb, item);
        }
    }

    private static void paragraphs(StringBuilder sb, List<String> paras) {
        for (String p : paras) {
            sentence(sb, p);
        }
    }

    private static void sentence(StringBuilder sb, String text) {
        String t = DisplayText.clean(text);
        if (t.isEmpty() || t.equals("Image")) {
            if (t.equals("Image")) {
                sb.append("Image. ");
            }
            return;
        }
        sb.append(t);
        char last = t.charAt(t.length() - 1);
        if (".!?:\u201D\u3002".indexOf(last) < 0) {
            sb.append('.');
        }
        sb.append(' ');
    }
}
