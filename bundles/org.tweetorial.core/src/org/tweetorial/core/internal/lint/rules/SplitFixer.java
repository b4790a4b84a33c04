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
 * Splits a post in its Markdown. For an over-long post: at the last sentence end (else clause end, else word
 * boundary) such that the first part fits every selected platform, outside links, comments and code. At a given
 * offset: there (the editor's "split the post here"). Either fix replaces the whitespace around the place with a
 * separator line between blank lines, so no spaces are left at the end of the first part or the start of the
 * second.
 */
public final class SplitFixer {

    private static final Pattern UNCUTTABLE = Pattern.compile(
            "<!--.*?-->|!?\\[[^\\]]*\\]\\([^)]*\\)|`[^`\\n]*`|```.*?```|~~~.*?~~~", Pattern.DOTALL);
    /** What replaces the whitespace at the split: a separator line between blank lines. */
    public static final String SEPARATOR = "\n\n---\n\n";

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
            String first = PostRenderer.plainText(md.substring(0, cuts.get(mid).start()),
                    ctx.tweetorial().frontMatter().breaks());
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
        String label = "Split post " + post.number() + " in two at line " + ctx.range(base + cut.start(),
                base + cut.start()).startLine() + " so that each part fits";
        return Optional.of(separatorFix(label, base + cut.start(), base + cut.end()));
    }

    /**
     * Splitting a written post at an offset of the file (the caret), empty when the offset is not inside the
     * post's text (at its very start or end, or only whitespace on one side).
     */
    public static Optional<Fix> at(String text, Post post, int offset) {
        int postStart = post.range().startOffset();
        int postEnd = Math.min(post.range().endOffset(), text.length());
        if (post.generated() || offset <= postStart || offset >= postEnd) {
            return Optional.empty();
        }
        int start = offset;
        while (start > postStart && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < postEnd && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (start <= postStart || end >= postEnd || text.substring(end, postEnd).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(separatorFix("Split post " + post.number() + " here: the rest becomes a new post",
                start, end));
    }

    private static Fix separatorFix(String label, int start, int end) {
        return new Fix(label, List.of(new TextEdit(start, end - start, SEPARATOR)));
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
