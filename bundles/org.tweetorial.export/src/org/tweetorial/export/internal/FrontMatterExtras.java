package org.tweetorial.export.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.model.Tweetorial;

/**
 * Front matter keys the export reads that the core model does not have yet: {@code paper} (a4 or letter) and
 * {@code date} (shown on the handout's title page). Only plain top-level {@code key: value} lines are read.
 */
public final class FrontMatterExtras {

    private FrontMatterExtras() {
    }

    public static Optional<String> paper(Tweetorial t) {
        return value(t, "paper");
    }

    public static Optional<String> date(Tweetorial t) {
        return value(t, "date");
    }

    static Optional<String> value(Tweetorial t, String key) {
        if (t.frontMatter().range().isEmpty()) {
            return Optional.empty();
        }
        var range = t.frontMatter().range().get();
        String block = t.text().substring(range.startOffset(), Math.min(range.endOffset(), t.text().length()));
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:\\s*(.+?)\\s*$").matcher(block);
        if (!m.find()) {
            return Optional.empty();
        }
        String v = m.group(1);
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
