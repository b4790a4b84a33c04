package org.tweetorial.core.internal.lint;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;

/** Where to show problems about a whole post: its first line. */
public final class PostRanges {

    private PostRanges() {
    }

    public static SourceRange firstLine(LintContext ctx, Post post) {
        int start = post.range().startOffset();
        int nl = post.markdown().indexOf('\n');
        int end = nl < 0 ? post.range().endOffset() : start + nl;
        if (end > start && post.markdown().charAt(end - start - 1) == '\r') {
            end--;
        }
        return ctx.range(start, Math.max(start, end));
    }

    /** A range from offsets within the post's Markdown. */
    public static SourceRange inPost(LintContext ctx, Post post, int start, int end) {
        int base = post.range().startOffset();
        return ctx.range(base + start, base + end);
    }
}
