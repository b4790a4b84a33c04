package org.tweetorial.core.internal.lint.rules;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.lint.PostRanges;
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

    @Override
    public final void check(LintContext ctx, Consumer<Problem> report) {
        PhiStrictness strictness = ctx.options().phiStrictness();
        Severity severity = strictness == PhiStrictness.STRICT ? Severity.ERROR : Severity.WARNING;
        for (Post post : ctx.tweetorial().posts()) {
            if (post.generated()) {
                continue;
            }
            String masked = ctx.maskedMarkdown(post);
            scan(masked, strictness, (start, end, why) -> report.accept(new Problem(id(), severity,
                    PostRanges.inPost(ctx, post, start, end), "possible patient identifier '"
                            + post.markdown().substring(start, end).strip() + "': " + why
                            + "; remove it or use made-up details")));
        }
    }

    abstract void scan(String text, PhiStrictness strictness, Finding finding);

    /** Runs a pattern and reports each match that {@code accept} agrees with. */
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
