package org.tweetorial.core.internal.lint.rules;

import java.text.Normalizer;
import java.util.function.Consumer;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/**
 * "Fancy" letters (Mathematical Alphanumeric Symbols like 𝐛𝐨𝐥𝐝, fullwidth or circled Latin letters) used as fake
 * formatting: screen readers spell them out letter by letter or skip them, and search cannot find them.
 */
public final class FancyUnicodeRule implements LintRule {

    @Override
    public String id() {
        return "fancy-unicode";
    }

    @Override
    public String description() {
        return "mathematical/fullwidth/circled letters used as formatting";
    }

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            String md = post.markdown();
            int i = 0;
            while (i < md.length()) {
                int cp = md.codePointAt(i);
                if (!isFancy(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                int end = runEnd(md, i);
                String run = md.substring(start, end);
                i = end;
                if (run.codePointCount(0, run.length()) < 2) {
                    continue; // a lone symbol like 𝛽 is maths, not fake formatting
                }
                String plain = Normalizer.normalize(run, Normalizer.Form.NFKC);
                int base = post.range().startOffset();
                report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, start, end),
                        "'" + run + "' uses look-alike Unicode letters; screen readers read them letter by letter "
                                + "and search ignores them; write '" + plain + "' (use **bold** for emphasis)",
                        java.util.Optional.of(Fix.of("Replace '" + run + "' with plain letters '" + plain + "'",
                                base + start, end - start, plain))));
                i = end;
            }
        }
    }

    /** The run continues over further fancy letters and digits, and single spaces between them. */
    private static int runEnd(String s, int from) {
        int i = from;
        int end = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isFancy(cp)) {
                i += Character.charCount(cp);
                end = i;
            } else if (cp == ' ' && i + 1 < s.length() && isFancy(s.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    static boolean isFancy(int cp) {
        return (cp >= 0x1D400 && cp <= 0x1D7FF)
                || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)
                || (cp >= 0x24B6 && cp <= 0x24E9)
                || cp == 0x210E;
    }
}
