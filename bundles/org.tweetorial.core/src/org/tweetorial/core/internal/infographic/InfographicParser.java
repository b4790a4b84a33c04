package org.tweetorial.core.internal.infographic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.infographic.Placement;
import org.tweetorial.core.internal.parse.FrontMatterReader;
import org.tweetorial.core.internal.parse.PostSplitter;
import org.tweetorial.core.internal.text.LineMap;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.FrontMatter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an infographic file: the front matter (with the tweetorial's reader, so its problems are the same), then
 * each section between lines {@code ---} as one panel, typed by its {@code <!-- panel: TYPE -->} line or guessed
 * from its content.
 */
public final class InfographicParser {

    private static final Pattern KIND = Pattern.compile("(?m)^kind[ \\t]*:[ \\t]*[\"']?infographic[\"']?[ \\t]*$");

    private InfographicParser() {
    }

    /** True when the text's front matter says {@code kind: infographic}. */
    public static boolean isInfographic(String text) {
        if (!text.startsWith("---")) {
            return false;
        }
        int close = text.indexOf("\n---", 3);
        String head = close < 0 ? text : text.substring(0, close);
        return KIND.matcher(head).find();
    }

    public static Infographic parse(String text) {
        LineMap map = new LineMap(text);
        FrontMatterReader.Result fm = new FrontMatterReader(text, map).read();
        Map<String, Object> extra = extraSettings(text, fm.bodyStart());
        Findings findings = new Findings(map);
        FrontMatter f = fm.frontMatter();
        TextPanels.Defaults defaults = new TextPanels.Defaults(f.title().orElse(""), str(extra, "subtitle"),
                f.author().orElse(""), f.handle().orElse(""), f.date().orElse(""), str(extra, "licence"));
        List<PanelLines> chunks = new ArrayList<>();
        for (PostSplitter.Chunk c : PostSplitter.split(text, fm.bodyStart())) {
            PanelLines lines = new PanelLines(text, c.start(), c.end(), map);
            if (!lines.isEmpty()) {
                chunks.add(lines);
            }
        }
        List<Panel> panels = new ArrayList<>();
        PanelReader reader = new PanelReader(findings, defaults);
        for (int i = 0; i < chunks.size(); i++) {
            panels.add(reader.read(chunks.get(i), i, chunks.size()));
        }
        List<Problem> problems = new ArrayList<>(fm.problems());
        problems.addAll(findings.all());
        problems.sort(Comparator.comparingInt((Problem p) -> p.range().startLine()));
        String title = f.title().orElse(panels.stream().filter(p -> p instanceof Panel.Banner)
                .map(p -> ((Panel.Banner) p).title()).findFirst().orElse(""));
        return new Infographic(title, defaults.subtitle(), defaults.author(), defaults.handle(), defaults.date(),
                defaults.licence(), f.theme().orElse(""), str(extra, "size").toLowerCase(Locale.ROOT),
                f.language().orElse(""), columns(str(extra, "columns")), str(extra, "alt"), panels, problems);
    }

    private static int columns(String s) {
        return s.matches("[123]") ? Integer.parseInt(s) : 0;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null || v instanceof Map || v instanceof List ? "" : v.toString().strip();
    }

    /** The infographic's own settings; the front matter reader has already reported any syntax problem. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extraSettings(String text, int bodyStart) {
        if (!text.startsWith("---") || bodyStart <= 3) {
            return Map.of();
        }
        String yaml = text.substring(text.indexOf('\n') + 1 > 0 ? text.indexOf('\n') + 1 : 3, bodyStart)
                .replaceAll("(?m)^(---|\\.\\.\\.)\\s*$", "");
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (YAMLException | ClassCastException e) {
            return Map.of();
        }
    }

    /** Reads one panel: its directive, its placement and its typed content. */
    private static final class PanelReader {
        private final Findings findings;
        private final TablePanels tables;
        private final TextPanels texts;

        PanelReader(Findings findings, TextPanels.Defaults defaults) {
            this.findings = findings;
            this.tables = new TablePanels(findings);
            this.texts = new TextPanels(findings, defaults);
        }

        Panel read(PanelLines lines, int index, int count) {
            PanelDirective d = lines.all().stream().filter(l -> l.kind() == PanelLines.Kind.DIRECTIVE).findFirst()
                    .map(PanelDirective::of).orElse(PanelDirective.NONE);
            String type = d.type().isEmpty() ? PanelTyping.guess(lines, index, count) : PanelTyping.normalise(d.type());
            if (!PanelTyping.TYPES.contains(type)) {
                findings.error(Findings.PANEL_TYPE, d.line(), "unknown panel type '" + d.type() + "': use one of "
                        + String.join(", ", PanelTyping.TYPES));
                type = PanelTyping.guess(lines, index, count);
            }
            Panel.Meta meta = new Panel.Meta(lines.range(), placement(d), d.get("alt"));
            return switch (type) {
                case "banner" -> texts.banner(meta, lines);
                case "number" -> texts.number(meta, lines, d);
                case "icon-array" -> tables.iconArray(meta, lines, d);
                case "bar-chart" -> tables.bars(meta, lines, d);
                case "forest" -> tables.forest(meta, lines, d);
                case "steps" -> texts.steps(meta, lines);
                case "comparison" -> texts.comparison(meta, lines);
                case "visual-abstract" -> texts.visualAbstract(meta, lines, d);
                case "quote" -> texts.quote(meta, lines);
                case "image" -> texts.image(meta, lines);
                case "footer" -> texts.footer(meta, lines);
                default -> texts.points(meta, lines);
            };
        }

        private Placement placement(PanelDirective d) {
            return new Placement(bounded(d, "span", 1, 3), bounded(d, "order", 1, 999));
        }

        private int bounded(PanelDirective d, String name, int min, int max) {
            String v = d.get(name);
            if (v.isEmpty()) {
                return 0;
            }
            if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
                findings.error(Findings.ATTRIBUTE, d.line(), name + "=" + v + " must be a whole number from " + min
                        + " to " + max);
                return 0;
            }
            return Integer.parseInt(v);
        }
    }
}
