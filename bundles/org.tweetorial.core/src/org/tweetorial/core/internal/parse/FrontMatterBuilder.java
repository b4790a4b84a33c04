package org.tweetorial.core.internal.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.FrontMatter.HashtagPosition;
import org.tweetorial.core.model.FrontMatter.Paper;
import org.tweetorial.core.model.FrontMatter.ReferencesStyle;
import org.tweetorial.core.model.FrontMatter.SplitMode;
import org.tweetorial.core.model.Numbering;
import org.tweetorial.core.platform.Platform;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns front matter key/value nodes into a {@link FrontMatter}, reporting unknown keys and bad values. */
final class FrontMatterBuilder {

    /** Reports a problem at a YAML node whose marks count lines from {@code firstLine} (1-based, in the file). */
    interface Reporter {
        void report(int firstLine, Node node, Severity severity, String rule, String message);
    }

    static final Set<String> KEYS = Set.of("title", "author", "handle", "platforms", "numbering",
            "numbering_position", "hashtags", "hashtags_position", "theme", "card", "language", "mastodon_limit",
            "references", "split", "paper", "date", "breaks", "kind", "subtitle", "licence", "size", "columns",
            "alt");

    /** Card size presets (the render bundle's CardSize) or WIDTHxHEIGHT. */
    private static final Pattern CARD_SIZE = Pattern.compile("x|x-large|square|portrait|slide|[1-9]\\d{2,4}x[1-9]\\d{2,4}");

    /** Infographic sizes (the render bundle's InfographicSize) or WIDTHxHEIGHT. */
    private static final Pattern INFOGRAPHIC_SIZE = Pattern.compile(
            "portrait|story|square|landscape|a4|a3|letter|[1-9]\\d{2,3}x[1-9]\\d{2,3}");

    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]*[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    private static final FrontMatter DEFAULTS = FrontMatter.defaults();

    private final Reporter reporter;
    private Optional<String> title = DEFAULTS.title();
    private Optional<String> author = DEFAULTS.author();
    private Optional<String> handle = DEFAULTS.handle();
    private List<Platform> platforms = DEFAULTS.platforms();
    private List<String> hashtags = DEFAULTS.hashtags();
    private HashtagPosition hashtagsPosition = DEFAULTS.hashtagsPosition();
    private Optional<String> theme = DEFAULTS.theme();
    private Optional<String> card = DEFAULTS.card();
    private Optional<String> language = DEFAULTS.language();
    private int mastodonLimit = DEFAULTS.mastodonLimit();
    private boolean mastodonLimitDeclared;
    private ReferencesStyle references = DEFAULTS.references();
    private SplitMode split = DEFAULTS.split();
    private Optional<Paper> paper = DEFAULTS.paper();
    private Optional<String> date = DEFAULTS.date();
    private boolean breaks = DEFAULTS.breaks();
    private String numberingSpec = "n/N";
    private Numbering.Position numberingPosition = Numbering.Position.START;
    private Node numberingNode;
    private int numberingLine;
    /** The first line of the setting being read. */
    private int settingLine;

    FrontMatterBuilder(Reporter reporter) {
        this.reporter = reporter;
    }

    void accept(FrontMatterYaml.Setting setting) {
        ScalarNode keyNode = setting.key();
        Node value = setting.value();
        settingLine = setting.firstLine();
        String key = keyNode.getValue();
        switch (key) {
            case "title" -> string(key, value).ifPresent(s -> title = Optional.of(s));
            case "author" -> string(key, value).ifPresent(s -> author = Optional.of(s));
            case "handle" -> string(key, value).ifPresent(s -> handle = Optional.of(s));
            case "theme" -> string(key, value).ifPresent(s -> theme = Optional.of(s));
            case "card" -> cardSize(key, value).ifPresent(s -> card = Optional.of(s));
            case "paper" -> choice(key, value, List.of("a4", "letter"))
                    .ifPresent(s -> paper = Optional.of(s.equals("letter") ? Paper.LETTER : Paper.A4));
            case "date" -> string(key, value).filter(s -> !s.isEmpty()).ifPresent(s -> date = Optional.of(s));
            case "language" -> string(key, value).ifPresent(s -> language = Optional.of(s));
            case "platforms" -> platforms(value);
            case "numbering" -> string(key, value).ifPresent(s -> {
                numberingSpec = s;
                numberingNode = value;
                numberingLine = settingLine;
            });
            case "numbering_position" -> choice(key, value, List.of("start", "end")).ifPresent(
                    s -> numberingPosition = s.equals("end") ? Numbering.Position.END : Numbering.Position.START);
            case "hashtags" -> hashtags(value);
            case "hashtags_position" -> choice(key, value, List.of("first", "last")).ifPresent(
                    s -> hashtagsPosition = s.equals("first") ? HashtagPosition.FIRST : HashtagPosition.LAST);
            case "mastodon_limit" -> mastodonLimit(value);
            case "references" -> references(value);
            case "split" -> split(value);
            case "breaks" -> choice(key, value, List.of("true", "false"))
                    .ifPresent(s -> breaks = s.equals("true"));
            case "kind" -> choice(key, value, List.of("tweetorial", "infographic"));
            case "subtitle", "licence", "alt" -> string(key, value);
            case "size" -> string(key, value).filter(s -> !INFOGRAPHIC_SIZE.matcher(s.toLowerCase(Locale.ROOT))
                    .matches()).ifPresent(s -> report(value, Severity.ERROR, FrontMatterReader.RULE_VALUE, "size '" + s
                    + "' is not portrait, story, square, landscape, a4, a3, letter or WIDTHxHEIGHT (like 1080x1350)"));
            case "columns" -> choice(key, value, List.of("1", "2", "3"));
            default -> report(keyNode, Severity.WARNING, FrontMatterReader.RULE_UNKNOWN_KEY,
                    "unknown front matter key '" + key + "' is ignored; known keys: "
                            + String.join(", ", KEYS.stream().sorted().toList()));
        }
    }

    FrontMatter build() {
        Optional<Numbering> parsed = Numbering.parse(numberingSpec, numberingPosition);
        if (parsed.isEmpty()) {
            reporter.report(numberingLine, numberingNode, Severity.ERROR, FrontMatterReader.RULE_VALUE, "numbering '"
                    + numberingSpec + "' is not none, n/, n/N or a pattern with {n} (like \"🧵 {n}/{N}\")");
        }
        Numbering numbering = parsed.orElse(Numbering.counted(numberingPosition));
        return new FrontMatter(title, author, handle, platforms, numbering, hashtags, hashtagsPosition, theme, card,
                language, mastodonLimit, references, split, DEFAULTS.range(), paper, date,
                mastodonLimitDeclared, breaks);
    }

    private Optional<String> string(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        typeError(key, value, "a single value");
        return Optional.empty();
    }

    private Optional<String> cardSize(String key, Node value) {
        Optional<String> s = string(key, value).map(v -> v.toLowerCase(Locale.ROOT));
        if (s.isPresent() && !CARD_SIZE.matcher(s.get()).matches()) {
            report(value, Severity.ERROR, FrontMatterReader.RULE_VALUE, key + " '" + s.get()
                    + "' is not a card size: use x, x-large, square, portrait, slide or WIDTHxHEIGHT (like 1200x675)");
            return Optional.empty();
        }
        return s;
    }

    private Optional<String> choice(String key, Node value, List<String> choices) {
        Optional<String> s = string(key, value).map(v -> v.toLowerCase(Locale.ROOT));
        if (s.isPresent() && !choices.contains(s.get())) {
            report(value, Severity.ERROR, FrontMatterReader.RULE_VALUE,
                    key + " '" + s.get() + "' is not one of " + String.join(", ", choices));
            return Optional.empty();
        }
        return s;
    }

    private List<ScalarNode> items(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            List<ScalarNode> out = new ArrayList<>();
            for (String part : LIST_SEPARATOR.split(scalar.getValue().strip())) {
                if (!part.isEmpty()) {
                    out.add(new ScalarNode(Tag.STR, part, scalar.getStartMark(), scalar.getEndMark(),
                            scalar.getScalarStyle()));
                }
            }
            return out;
        }
        if (value instanceof SequenceNode seq) {
            List<ScalarNode> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(s);
                } else {
                    typeError(key, item, "a list of words");
                }
            }
            return out;
        }
        typeError(key, value, "a list");
        return List.of();
    }

    private void platforms(Node value) {
        Set<Platform> found = new LinkedHashSet<>();
        for (ScalarNode item : items("platforms", value)) {
            Optional<Platform> p = Platform.byId(item.getValue());
            if (p.isPresent()) {
                found.add(p.get());
            } else {
                report(item, Severity.ERROR, FrontMatterReader.RULE_VALUE, "unknown platform '"
                        + item.getValue() + "'; platforms are " + Platform.idList());
            }
        }
        if (!found.isEmpty()) {
            platforms = List.copyOf(found);
        }
    }

    private void hashtags(Node value) {
        List<String> tags = new ArrayList<>();
        for (ScalarNode item : items("hashtags", value)) {
            String tag = item.getValue().strip();
            tag = tag.startsWith("#") ? tag.substring(1) : tag;
            if (HASHTAG.matcher(tag).matches()) {
                tags.add("#" + tag);
            } else {
                report(item, Severity.ERROR, FrontMatterReader.RULE_VALUE, "hashtag '" + item.getValue()
                        + "' is not a valid hashtag (letters, digits and _ only, not only digits)");
            }
        }
        hashtags = tags;
    }

    private void mastodonLimit(Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int limit = Integer.parseInt(s.getValue().replace("_", ""));
                if (limit > 0) {
                    mastodonLimit = limit;
                    mastodonLimitDeclared = true;
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        typeError("mastodon_limit", value, "a positive whole number (the instance's max_characters)");
    }

    private void references(Node value) {
        string("references", value).map(v -> v.toLowerCase(Locale.ROOT)).ifPresent(v -> {
            ReferencesStyle style = switch (v) {
                case "numbered", "true", "yes", "on" -> ReferencesStyle.NUMBERED;
                case "links" -> ReferencesStyle.LINKS;
                case "none", "false", "no", "off" -> ReferencesStyle.NONE;
                default -> null;
            };
            if (style == null) {
                report(value, Severity.ERROR, FrontMatterReader.RULE_VALUE,
                        "references '" + v + "' is not one of numbered, links, none");
            } else {
                references = style;
            }
        });
    }

    private void split(Node value) {
        string("split", value).map(v -> v.toLowerCase(Locale.ROOT)).ifPresent(v -> {
            SplitMode mode = switch (v) {
                case "auto", "true", "yes", "on" -> SplitMode.AUTO;
                case "off", "none", "false", "no" -> SplitMode.OFF;
                default -> null;
            };
            if (mode == null) {
                report(value, Severity.ERROR, FrontMatterReader.RULE_VALUE,
                        "split '" + v + "' is not one of off, auto");
            } else {
                split = mode;
            }
        });
    }

    private void report(Node node, Severity severity, String rule, String message) {
        reporter.report(settingLine, node, severity, rule, message);
    }

    private void typeError(String key, Node value, String expected) {
        report(value, Severity.ERROR, FrontMatterReader.RULE_TYPE,
                key + " must be " + expected + ", not " + describe(value));
    }

    private static String describe(Node node) {
        return switch (node.getNodeId()) {
            case scalar -> "'" + ((ScalarNode) node).getValue() + "'";
            case sequence -> "a list";
            case mapping -> "a mapping";
            default -> "an alias";
        };
    }
}
