package org.tweetorial.core.internal.infographic;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.infographic.PanelLines.Kind;

/** Chooses a panel's type: the panel line's, else one guessed from the content. */
final class PanelTyping {

    static final List<String> TYPES = List.of("banner", "points", "number", "icon-array", "bar-chart", "forest",
            "steps", "comparison", "visual-abstract", "quote", "image", "footer");

    private static final Pattern BIG_NUMBER = Pattern.compile("[~≈<>]?\\s*[-−]?\\d[\\d.,]*\\s*(%|x|×|in\\s+\\d[\\d,]*)?"
            + "(\\s*:[a-z0-9-]+:)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO_HEADER = Pattern.compile(".*\\b(hr|or|rr|irr|ratio|estimate|effect)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private PanelTyping() {
    }

    /** One of {@link #TYPES}; {@code aliases} such as {@code bar} or {@code forest-plot} are accepted. */
    static String normalise(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "title", "title-banner" -> "banner";
            case "key-points", "points", "facts" -> "points";
            case "big-number", "stat", "number" -> "number";
            case "icons", "icon-array", "pictogram" -> "icon-array";
            case "bar", "bars", "bar-chart" -> "bar-chart";
            case "forest", "forest-plot", "dot-plot", "dots" -> "forest";
            case "steps", "algorithm", "flow" -> "steps";
            case "comparison", "compare", "versus" -> "comparison";
            case "visual-abstract", "abstract" -> "visual-abstract";
            case "references", "credits", "footer" -> "footer";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    static String guess(PanelLines lines, int index, int count) {
        if (lines.has(Kind.TABLE)) {
            List<PanelLines.Line> rows = lines.of(Kind.TABLE);
            return RATIO_HEADER.matcher(rows.get(0).text()).matches() && columns(rows.get(0)) >= 4 ? "forest"
                    : "bar-chart";
        }
        if (!lines.field("population").isEmpty() && !lines.field("intervention").isEmpty()) {
            return "visual-abstract";
        }
        if (lines.has(Kind.IMAGE)) {
            return "image";
        }
        if (lines.has(Kind.QUOTE)) {
            return "quote";
        }
        String heading = lines.heading();
        String lower = heading.toLowerCase(Locale.ROOT);
        if (index == count - 1 && (lower.startsWith("reference") || lower.startsWith("source")
                || lower.startsWith("credit"))) {
            return "footer";
        }
        if (index == 0 && !lines.has(Kind.ITEM)) {
            return "banner";
        }
        if (!heading.isEmpty() && BIG_NUMBER.matcher(heading.strip()).matches()) {
            return "number";
        }
        if (lines.of(Kind.HEADING).stream().filter(h -> h.level() >= 3).count() == 2) {
            return "comparison";
        }
        boolean numbered = lines.of(Kind.ITEM).stream().anyMatch(l -> Character.isDigit(l.key().charAt(0)));
        boolean branches = lines.of(Kind.ITEM).stream().anyMatch(l -> l.level() > 0);
        return numbered && branches ? "steps" : "points";
    }

    static int columns(PanelLines.Line row) {
        return TablePanels.cells(row.text()).size();
    }
}
