package org.tweetorial.render.internal.infographic;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;

/**
 * Alt text from the content and the data: a short one for the image (title and what the panels show) and a long
 * description panel by panel, where a chart states its numbers and what they show.
 */
public final class InfographicAltText {

    private InfographicAltText() {
    }

    /** The alt text of the image: the author's {@code alt}, else title and one sentence per panel, short. */
    public static String shortText(Infographic info) {
        if (!info.alt().isBlank()) {
            return info.alt().strip();
        }
        StringBuilder sb = new StringBuilder("Infographic");
        if (!info.title().isBlank()) {
            sb.append(": ").append(info.title().strip());
        }
        sb.append(". ");
        List<String> kinds = new ArrayList<>();
        for (Panel p : info.panels()) {
            String k = summary(p);
            if (!k.isEmpty()) {
                kinds.add(k);
            }
        }
        sb.append(String.join(" ", kinds));
        String s = sb.toString().strip();
        return s.length() > 1000 ? s.substring(0, 997) + "\u2026" : s;
    }

    /** The long description, one paragraph per panel in reading order. */
    public static String longText(Infographic info, List<Panel> ordered) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Infographic" + (info.title().isBlank() ? "" : ": " + info.title().strip()) + ".");
        for (Panel p : ordered) {
            String d = p.alt().isBlank() ? describe(p) : p.alt().strip();
            if (!d.isBlank()) {
                paragraphs.add(d.strip());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String summary(Panel p) {
        return switch (p) {
            case Panel.BigNumber n -> sentence(n.value() + " " + n.caption());
            case Panel.IconArray a -> iconArray(a);
            case Panel.BarChart b -> barChart(b);
            case Panel.ForestPlot f -> forest(f);
            case Panel.VisualAbstract v -> sentence("Visual abstract of a " + v.design() + " of " + v.n()
                    + " participants: " + v.intervention() + " versus " + v.comparator() + "; " + v.outcome() + ": "
                    + v.result());
            default -> "";
        };
    }

    /** A panel described for a screen-reader user, numbers included. */
    public static String describe(Panel p) {
        return switch (p) {
            case Panel.Banner b -> sentence(b.title()) + sentence(b.subtitle()) + sentence(b.author()) + sentence(b.date());
            case Panel.KeyPoints k -> sentence(k.heading()) + join(k.points().stream().map(Panel.Point::text).toList());
            case Panel.BigNumber n -> sentence(n.value() + " " + n.caption()) + labelled("Source", n.source());
            case Panel.IconArray a -> sentence(a.heading()) + iconArray(a);
            case Panel.BarChart b -> sentence(b.heading()) + barChart(b) + labelled("Source", b.source());
            case Panel.ForestPlot f -> sentence(f.heading()) + forest(f);
            case Panel.Steps s -> steps(s);
            case Panel.Comparison c -> sentence(c.heading()) + sentence(c.left().title() + ": "
                    + String.join("; ", c.left().items())) + sentence(c.right().title() + ": "
                            + String.join("; ", c.right().items()));
            case Panel.VisualAbstract v -> sentence("Visual abstract. " + v.heading()) + labelled("Population",
                    v.population()) + labelled("N", v.n()) + labelled("Design", v.design())
                    + labelled("Intervention", v.intervention()) + labelled("Comparator", v.comparator())
                    + labelled("Primary outcome", v.outcome()) + labelled("Result", v.result())
                    + labelled("Conclusion", v.conclusion()) + labelled("Journal", v.journal())
                    + labelled("DOI", v.doi());
            case Panel.Quote q -> sentence("Quote: \u201C" + q.text() + "\u201D") + sentence(q.attribution());
            case Panel.Image i -> sentence("Image: " + i.description()) + labelled("Credit", i.credit());
            case Panel.Footer f -> labelled("References", String.join("; ", f.references())) + sentence(f.credit())
                    + labelled("Licence", f.licence());
        };
    }

    static String iconArray(Panel.IconArray a) {
        List<String> parts = new ArrayList<>();
        for (Panel.Group g : a.groups()) {
            parts.add(g.count() + " in " + a.total() + (g.label().isEmpty() ? "" : " " + g.label()));
        }
        if (!a.restLabel().isEmpty() && a.rest() > 0) {
            parts.add(a.rest() + " in " + a.total() + " " + a.restLabel());
        }
        return sentence("Icon array of " + a.total() + " people: " + String.join("; ", parts));
    }

    static String barChart(Panel.BarChart b) {
        List<String> parts = new ArrayList<>();
        Panel.Bar top = null;
        for (Panel.Bar bar : b.bars()) {
            String ci = Double.isNaN(bar.low()) || Double.isNaN(bar.high()) ? ""
                    : " (" + Numbers.format(bar.low()) + " to " + Numbers.format(bar.high()) + ")";
            parts.add(bar.label() + " " + Numbers.format(bar.value()) + b.unit() + ci);
            top = top == null || bar.value() > top.value() ? bar : top;
        }
        String measure = b.valueLabel().isEmpty() ? "" : " of " + b.valueLabel();
        return sentence("Bar chart" + measure + ": " + String.join("; ", parts))
                + (top == null || b.bars().size() < 2 ? "" : sentence("Highest: " + top.label()));
    }

    static String forest(Panel.ForestPlot f) {
        List<String> parts = new ArrayList<>();
        for (Panel.Estimate e : f.rows()) {
            parts.add(e.label() + " " + Numbers.interval(e.estimate(), e.low(), e.high()) + verdict(f, e));
        }
        String measure = f.measure().isEmpty() ? "estimates" : f.measure();
        return sentence("Forest plot of " + measure + " with 95% confidence intervals, line of no effect at "
                + Numbers.format(f.noEffect()) + ": " + String.join("; ", parts));
    }

    private static String verdict(Panel.ForestPlot f, Panel.Estimate e) {
        boolean below = e.high() < f.noEffect();
        boolean above = e.low() > f.noEffect();
        if (!below && !above) {
            return ", crosses the line of no effect";
        }
        String side = below ? f.favoursLeft() : f.favoursRight();
        return side.isEmpty() ? (below ? ", below the line of no effect" : ", above the line of no effect")
                : ", " + side.toLowerCase(java.util.Locale.ROOT);
    }

    private static String steps(Panel.Steps s) {
        StringBuilder sb = new StringBuilder(sentence(s.heading()));
        for (int i = 0; i < s.steps().size(); i++) {
            Panel.Step st = s.steps().get(i);
            sb.append(sentence("Step " + (i + 1) + ": " + st.text()));
            if (st.isQuestion()) {
                sb.append(labelled("If yes", st.yes())).append(labelled("If no", st.no()));
            }
        }
        return sb.toString();
    }

    private static String join(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        texts.forEach(t -> sb.append(sentence(t)));
        return sb.toString();
    }

    private static String labelled(String label, String value) {
        return value.isBlank() ? "" : sentence(label + ": " + value);
    }

    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return "";
        }
        return t + (".!?:".indexOf(t.charAt(t.length() - 1)) < 0 ? ". " : " ");
    }
}
