package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.PhiStrictness;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/**
 * Base of the patient identifier rules. They read each post's Markdown (text, notes, alt text, footnotes: all of
 * it gets published somewhere) with URLs, DOIs and PMIDs blanked out, and say why each finding fired.
 */
abstract class PhiRule implements LintRule {

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /** A full date (day, month and year); numeric forms are checked by {@link #plausibleDate}. */
    static final String DATE = "(?:(?<![\\d./-])\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}(?!\\d|[./-]\\d|\\s*(?:mg|mcg"
            + "|µg|g\\b|ml|mL|units?|IU|mmol|%))"
            + "|\\b(?:19|20)\\d{2}-[01]\\d-[0-3]\\d\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(?:19|20)\\d{2}\\b"
            + "|\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b)";
    static final String AGE = "(?:\\b\\d{1,3}[- ](?:year|yr)s?[- ]old\\b|\\b\\d{1,3}\\s?(?:yo|y/o|y\\.o\\.)(?!\\w)"
            + "|\\baged?\\s+\\d{1,3}\\b|\\b\\d{1,3}\\s?[MF]\\b)";

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");

    /** Reports a finding in the post's Markdown [start, end). */
    interface Finding {
        void at(int start, int end, String why);
    }

    /** One finding of {@link #scan}, in the order reported. */
    record Hit(int start, int end, String why) {
    }

    private record Key(Class<?> rule, PhiStrictness strictness, String text) {
    }

    /** Findings per (rule, strictness, masked text), across runs: most posts are unchanged between keystrokes. */
    private static final TextMemo<Key, List<Hit>> HITS = new TextMemo<>(32_768, 4_000_000,
            k -> k.text().length());

    @Override
    public final void check(LintContext ctx, Consumer<Problem> report) {
        PhiStrictness strictness = ctx.options().phiStrictness();
        Severity severity = strictness == PhiStrictness.STRICT ? Severity.ERROR : Severity.WARNING;
        for (Post post : ctx.tweetorial().posts()) {
            if (post.generated()) {
                continue;
            }
            for (Hit h : hits(ctx.maskedMarkdown(post), strictness)) {
                report.accept(new Problem(id(), severity, PostRanges.inPost(ctx, post, h.start(), h.end()),
                        "possible patient identifier '" + post.markdown().substring(h.start(), h.end()).strip()
                                + "': " + h.why() + "; remove it or use made-up details"));
            }
        }
    }

    /** The findings in a masked text; same as {@link #scan} (memoized, and skipped when nothing can match). */
    final List<Hit> hits(String masked, PhiStrictness strictness) {
        if (!mayMatch(masked)) {
            return List.of();
        }
        return HITS.get(new Key(getClass(), strictness, masked), k -> scanAll(k.text(), k.strictness()));
    }

    /** The findings of {@link #scan}, without memo or pre-check. */
    final List<Hit> scanAll(String text, PhiStrictness strictness) {
        List<Hit> out = new ArrayList<>();
        scan(text, strictness, (start, end, why) -> out.add(new Hit(start, end, why)));
        return List.copyOf(out);
    }

    /**
     * False only if {@link #scan} cannot find anything in the text. Every pattern of these rules but the e-mail
     * one needs an ASCII digit (their {@code \d} is ASCII: no rule uses UNICODE_CHARACTER_CLASS).
     */
    boolean mayMatch(String text) {
        return hasAsciiDigit(text);
    }

    static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    abstract void scan(String text, PhiStrictness strictness, Finding finding);

    /** Reports every match of the pattern, each with the same reason. */
    static void each(Pattern pattern, String text, Finding finding, String why) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            finding.at(m.start(), m.end(), why);
        }
    }

    /** Rejects numeric "dates" that are no dates (e.g. 45/12/20) — day and month must be in range. */
    static boolean plausibleDate(String date) {
        Matcher m = NUMERIC_DATE.matcher(date);
        if (!m.matches()) {
            return true;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    }
}
