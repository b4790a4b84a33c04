package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.internal.parse.PostFitter;
import org.tweetorial.core.internal.parse.PostRenderer;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Numbering;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.platform.Platform;

/**
 * Finds where to split an over-long post in its Markdown: the last sentence end (else clause end, else word
 * boundary) such that the first part fits every selected platform, outside links, comments and code. The fix
 * replaces the whitespace there with a post separator.
 */
final class SplitFixer {

    private static final Pattern UNCUTTABLE = Pattern.compile(
            "<!--.*?-->|!?\\[[^\\]]*\\]\\([^)]*\\)|`[^`\\n]*`|```.*?```|~~~.*?~~~", Pattern.DOTALL);
    private static final String SEPARATOR = "\n\n---\n\n";

    private record Cut(int start, int end, int tier) {
    }

    private SplitFixer() {
    }

    static Optional<Fix> fix(LintContext ctx, Post post) {
        String md = post.markdown();
        List<Cut> cuts = candidates(md);
        PostFitter fitter = new PostFitter(ctx.platforms(), ctx.profile(Platform.MASTODON).maxLength());
        Numbering numbering = ctx.tweetorial().frontMatter().numbering();
        int total = ctx.tweetorial().posts().size() + 1;
        int lo = 0;
        int hi = cuts.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String first = PostRenderer.plainText(md.substring(0, cuts.get(mid).start()));
            if (!first.isBlank() && fitter.fits(numbering.apply(first, total, total))) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        Cut cut = preferred(cuts, best);
        int base = post.range().startOffset();
        String label = "Split post " + post.number() + " here (line " + ctx.range(base + cut.start(),
                base + cut.start()).startLine() + ")";
        return Optional.of(new Fix(label, List.of(new TextEdit(base + cut.start(), cut.end() - cut.start(),
                SEPARATOR))));
    }

    private static Cut preferred(List<Cut> cuts, int best) {
        int bestStart = cuts.get(best).start();
        for (int tier = 0; tier < 2; tier++) {
            for (int i = best; i >= 0 && cuts.get(i).start() >= bestStart / 2; i--) {
                if (cuts.get(i).tier() == tier) {
                    return cuts.get(i);
                }
            }
        }
        return cuts.get(best);
    }

    private static List<Cut> candidates(String md) {
        boolean[] blocked = new boolean[md.length() + 1];
        Matcher m = UNCUTTABLE.matcher(md);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                blocked[i] = true;
            }
        }
        List<Cut> out = new ArrayList<>();
        int i = 1;
        while (i < md.length()) {
            if (!Character.isWhitespace(md.charAt(i)) || Character.isWhitespace(md.charAt(i - 1)) || blocked[i]) {
                i++;
                continue;
            }
            int end = i;
            boolean newline = false;
            while (end < md.length() && Character.isWhitespace(md.charAt(end))) {
                newline |= md.charAt(end) == '\n';
                end++;
            }
            if (end < md.length()) {
                out.add(new Cut(i, end, newline ? 0 : tier(md.charAt(i - 1))));
            }
            i = end;
        }
        return out;
    }

    private static int tier(char before) {
        if (".!?\u2026".indexOf(before) >= 0) {
            return 0;
        }
        return ",;:\u2014\u2013".indexOf(before) >= 0 ? 1 : 2;
    }
}
