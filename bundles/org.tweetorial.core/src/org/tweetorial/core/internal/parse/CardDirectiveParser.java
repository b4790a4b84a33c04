package org.tweetorial.core.internal.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.CardDirective;
import org.tweetorial.core.model.CardLayout;
import org.tweetorial.core.model.SourceRange;

/**
 * Parses the attributes of {@code <!-- card: layout=stat value="1 in 3" caption="..." -->}: {@code name=value}
 * pairs, values bare or in double (or curly) quotes with {@code \"} escapes. Validates them against the layout.
 */
public final class CardDirectiveParser {

    public static final String RULE_SYNTAX = "card-syntax";
    public static final String RULE_LAYOUT = "card-layout";
    public static final String RULE_ATTRIBUTE = "card-attribute";
    public static final String RULE_MISSING = "card-missing-attribute";

    private CardDirectiveParser() {
    }

    /** {@code body} is the text after "card:"; problems are reported at {@code range}. */
    public static Optional<CardDirective> parse(String body, SourceRange range, Consumer<Problem> problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String error = attributes(body, attributes);
        if (error != null) {
            problems.accept(new Problem(RULE_SYNTAX, Severity.ERROR, range, "card directive: " + error
                    + "; write name=value or name=\"value with spaces\""));
            return Optional.empty();
        }
        String layoutId = attributes.remove("layout");
        if (layoutId == null) {
            problems.accept(new Problem(RULE_LAYOUT, Severity.ERROR, range,
                    "card directive has no layout; layouts are " + CardLayout.idList()));
            return Optional.empty();
        }
        Optional<CardLayout> layout = CardLayout.byId(layoutId);
        if (layout.isEmpty()) {
            problems.accept(new Problem(RULE_LAYOUT, Severity.ERROR, range, "unknown card layout '" + layoutId
                    + "'; layouts are " + CardLayout.idList()));
            return Optional.empty();
        }
        validate(layout.get(), attributes, range, problems);
        return Optional.of(new CardDirective(layout.get(), attributes, range));
    }

    private static void validate(CardLayout layout, Map<String, String> attributes, SourceRange range,
            Consumer<Problem> problems) {
        for (String name : attributes.keySet()) {
            if (!layout.allowedAttributes().contains(name)) {
                problems.accept(new Problem(RULE_ATTRIBUTE, Severity.ERROR, range, "card layout '" + layout.id()
                        + "' has no attribute '" + name + "'; it accepts " + String.join(", ",
                                layout.sortedAllowed())));
            }
        }
        for (String name : layout.requiredAttributes().stream().sorted().toList()) {
            if (!attributes.containsKey(name) || attributes.get(name).isBlank()) {
                problems.accept(new Problem(RULE_MISSING, Severity.ERROR, range, "card layout '" + layout.id()
                        + "' needs the attribute '" + name + "'"));
            }
        }
    }

    /** Fills {@code out}; returns an error message or null. */
    static String attributes(String body, Map<String, String> out) {
        int i = 0;
        int n = body.length();
        while (true) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return null;
            }
            int nameStart = i;
            while (i < n && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_'
                    || body.charAt(i) == '-')) {
                i++;
            }
            String name = body.substring(nameStart, i).replace('-', '_');
            if (name.isEmpty() || i >= n || body.charAt(i) != '=') {
                return "expected name=value at '" + snippet(body, nameStart) + "'";
            }
            i++;
            StringBuilder value = new StringBuilder();
            i = value(body, i, value);
            if (i < 0) {
                return "unclosed quote in the value of '" + name + "'";
            }
            if (out.put(name, value.toString()) != null) {
                return "attribute '" + name + "' is given twice";
            }
        }
    }

    private static int value(String body, int start, StringBuilder value) {
        int i = start;
        int n = body.length();
        if (i < n && (body.charAt(i) == '"' || body.charAt(i) == '\u201C')) {
            char close = body.charAt(i) == '"' ? '"' : '\u201D';
            i++;
            while (i < n && body.charAt(i) != close) {
                if (body.charAt(i) == '\\' && i + 1 < n) {
                    i++;
                }
                value.append(body.charAt(i++));
            }
            return i < n ? i + 1 : -1;
        }
        while (i < n && !Character.isWhitespace(body.charAt(i))) {
            value.append(body.charAt(i++));
        }
        return i;
    }

    private static String snippet(String s, int from) {
        String rest = s.substring(from).strip();
        return rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
    }
}
