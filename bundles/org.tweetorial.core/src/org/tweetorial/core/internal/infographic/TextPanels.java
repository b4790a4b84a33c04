package org.tweetorial.core.internal.infographic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.internal.infographic.PanelLines.Kind;

/** Panels made of words: banner, key points, big number, steps, comparison, visual abstract, quote, image, footer. */
final class TextPanels {

    private static final Pattern BRANCH = Pattern.compile("(?i)(yes|no)\\s*[:→>\\-–]+\\s*(.*)");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?:—|–|--|-)\\s*(.+)");

    /** Settings from the front matter that panels fall back to. */
    record Defaults(String title, String subtitle, String author, String handle, String date, String licence) {
    }

    private final Findings findings;
    private final Defaults defaults;

    TextPanels(Findings findings, Defaults defaults) {
        this.findings = findings;
        this.defaults = defaults;
    }

    Panel.Banner banner(Panel.Meta meta, PanelLines lines) {
        String title = Inline.plain(lines.heading());
        List<String> rest = new ArrayList<>();
        lines.of(Kind.HEADING).stream().skip(1).map(l -> Inline.plain(l.text())).forEach(rest::add);
        if (!lines.text().isEmpty()) {
            rest.add(Inline.plain(lines.text()));
        }
        return new Panel.Banner(meta, title.isEmpty() ? defaults.title() : title,
                rest.isEmpty() ? defaults.subtitle() : String.join(" ", rest),
                first(lines.field("author", "by"), defaults.author()), first(lines.field("date"), defaults.date()));
    }

    Panel.KeyPoints points(Panel.Meta meta, PanelLines lines) {
        List<Panel.Point> points = new ArrayList<>();
        for (PanelLines.Line l : lines.all()) {
            if (l.kind() == Kind.ITEM || l.kind() == Kind.TEXT || l.kind() == Kind.FIELD) {
                String text = l.kind() == Kind.FIELD ? l.key() + ": " + l.text() : l.text();
                points.add(new Panel.Point(Inline.leadingIcon(text), Inline.plain(Inline.withoutLeadingIcon(text))));
            }
        }
        return new Panel.KeyPoints(meta, Inline.plain(lines.heading()), points);
    }

    Panel.BigNumber number(Panel.Meta meta, PanelLines lines, PanelDirective d) {
        String heading = lines.heading();
        String value = d.get("value", Inline.plain(Inline.ICON.matcher(heading).replaceAll("")));
        Matcher icon = Inline.ICON.matcher(heading);
        List<String> caption = new ArrayList<>();
        for (PanelLines.Line l : lines.all()) {
            if (l.kind() == Kind.TEXT || l.kind() == Kind.ITEM) {
                caption.add(Inline.plain(l.text()));
            } else if (l.kind() == Kind.HEADING && l != lines.of(Kind.HEADING).get(0)) {
                caption.add(Inline.plain(l.text()));
            }
        }
        return new Panel.BigNumber(meta, value, String.join(" ", caption), Inline.plain(lines.field("source")),
                d.get("icon", icon.find() ? icon.group(1) : ""));
    }

    Panel.Steps steps(Panel.Meta meta, PanelLines lines) {
        List<Panel.Step> steps = new ArrayList<>();
        String text = null;
        String yes = "";
        String no = "";
        for (PanelLines.Line l : lines.of(Kind.ITEM)) {
            Matcher b = BRANCH.matcher(l.text());
            if (l.level() > 0 && b.matches() && text != null) {
                if (b.group(1).equalsIgnoreCase("yes")) {
                    yes = Inline.plain(b.group(2));
                } else {
                    no = Inline.plain(b.group(2));
                }
                continue;
            }
            if (text != null) {
                steps.add(new Panel.Step(text, yes, no));
            }
            text = Inline.plain(l.text());
            yes = "";
            no = "";
        }
        if (text != null) {
            steps.add(new Panel.Step(text, yes, no));
        }
        return new Panel.Steps(meta, Inline.plain(lines.heading()), steps);
    }

    Panel.Comparison comparison(Panel.Meta meta, PanelLines lines) {
        List<PanelLines.Line> all = lines.all();
        List<Panel.Side> sides = new ArrayList<>();
        String heading = "";
        String title = null;
        List<String> items = new ArrayList<>();
        for (PanelLines.Line l : all) {
            if (l.kind() == Kind.HEADING && l.level() <= 2 && title == null) {
                heading = Inline.plain(l.text());
            } else if (l.kind() == Kind.HEADING) {
                if (title != null) {
                    sides.add(side(title, items));
                }
                title = l.text();
                items = new ArrayList<>();
            } else if (l.kind() == Kind.ITEM || l.kind() == Kind.TEXT) {
                items.add(Inline.plain(l.text()));
            }
        }
        if (title != null) {
            sides.add(side(title, items));
        }
        while (sides.size() < 2) {
            sides.add(new Panel.Side("", "", List.of()));
        }
        if (sides.size() > 2) {
            findings.warning(Findings.EMPTY_PANEL, all.get(0), "a comparison has two sides; only the first two of "
                    + sides.size() + " are drawn");
        }
        return new Panel.Comparison(meta, heading, sides.get(0), sides.get(1));
    }

    private static Panel.Side side(String title, List<String> items) {
        return new Panel.Side(Inline.plain(Inline.withoutLeadingIcon(title)), Inline.leadingIcon(title), items);
    }

    Panel.VisualAbstract visualAbstract(Panel.Meta meta, PanelLines lines, PanelDirective d) {
        Panel.VisualAbstract va = new Panel.VisualAbstract(meta, Inline.plain(lines.heading()),
                f(lines, "population", "patients", "participants"), f(lines, "n", "sample size", "number"),
                f(lines, "design", "study design"), f(lines, "intervention", "treatment"),
                f(lines, "comparator", "control", "comparison"), f(lines, "outcome", "primary outcome"),
                f(lines, "result", "results", "finding", "findings"), f(lines, "conclusion", "bottom line"),
                f(lines, "journal", "citation", "reference"), f(lines, "doi"));
        PanelLines.Line at = TablePanels.firstLine(lines, d);
        if (va.n().isEmpty()) {
            findings.error(Findings.VISUAL_ABSTRACT, at, "the visual abstract has no N: add a line 'N: 4,744'"
                    + " (the number of participants)");
        }
        if (va.design().isEmpty()) {
            findings.error(Findings.VISUAL_ABSTRACT, at, "the visual abstract has no design: add a line"
                    + " 'Design: double-blind randomised controlled trial'");
        }
        requireWarning(at, va.population(), "Population: adults with ...");
        requireWarning(at, va.intervention(), "Intervention: ...");
        requireWarning(at, va.comparator(), "Comparator: placebo");
        requireWarning(at, va.outcome(), "Outcome: the primary outcome");
        requireWarning(at, va.result(), "Result: 16.3% vs 21.2%, HR 0.74 (0.65-0.85)");
        if (va.journal().isEmpty() && va.doi().isEmpty()) {
            findings.warning(Findings.VISUAL_ABSTRACT, at, "the visual abstract names no journal or DOI: add"
                    + " 'Journal: ...' and 'DOI: 10....'");
        }
        return va;
    }

    private void requireWarning(PanelLines.Line at, String value, String example) {
        if (value.isEmpty()) {
            findings.warning(Findings.VISUAL_ABSTRACT, at, "the visual abstract misses a field journals require:"
                    + " add a line '" + example + "'");
        }
    }

    private static String f(PanelLines lines, String... names) {
        return Inline.plain(lines.field(names));
    }

    Panel.Quote quote(Panel.Meta meta, PanelLines lines) {
        List<String> text = new ArrayList<>();
        String who = "";
        for (PanelLines.Line l : lines.all()) {
            Matcher m = ATTRIBUTION.matcher(l.text());
            if ((l.kind() == Kind.QUOTE || l.kind() == Kind.TEXT || l.kind() == Kind.ITEM) && m.matches()
                    && !text.isEmpty()) {
                who = Inline.plain(m.group(1));
            } else if (l.kind() == Kind.ITEM && !text.isEmpty()) {
                who = Inline.plain(l.text());
            } else if (l.kind() == Kind.QUOTE || l.kind() == Kind.TEXT) {
                text.add(Inline.plain(l.text()));
            }
        }
        return new Panel.Quote(meta, String.join(" ", text), who);
    }

    Panel.Image image(Panel.Meta meta, PanelLines lines) {
        PanelLines.Line img = lines.of(Kind.IMAGE).isEmpty() ? null : lines.of(Kind.IMAGE).get(0);
        if (img == null) {
            findings.error(Findings.EMPTY_PANEL, lines.all().get(0), "an image panel needs an image line"
                    + " ![what it shows](images/file.png)");
            return new Panel.Image(meta, "", "", "");
        }
        String[] altAndTitle = img.text().split("\n", 2);
        String credit = first(lines.field("credit", "image", "source"), altAndTitle.length > 1 ? altAndTitle[1] : "");
        return new Panel.Image(meta, img.key(), Inline.plain(altAndTitle[0]), Inline.plain(credit));
    }

    Panel.Footer footer(Panel.Meta meta, PanelLines lines) {
        List<String> refs = new ArrayList<>();
        for (PanelLines.Line l : lines.all()) {
            if (l.kind() == Kind.ITEM || l.kind() == Kind.TEXT) {
                refs.add(Inline.plain(l.text()));
            }
        }
        String credit = first(lines.field("credit", "by", "author"), join(defaults.author(), defaults.handle()));
        return new Panel.Footer(meta, refs, Inline.plain(credit),
                Inline.plain(first(lines.field("licence", "license"), defaults.licence())));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
