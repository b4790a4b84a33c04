package org.tweetorial.core.internal.lint;

import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;

/** Where to show problems about a whole post: its first line with text (blank lines after a separator skipped). */
public final class PostRanges {

    private PostRanges() {
    }

    public static SourceRange firstLine(LintContext ctx, Post post) {
        String md = post.markdown();
        int text = 0;
        while (text < md.length() && Character.isWhitespace(md.charAt(text))) {
            text++;
        }
        int lineStart = text == md.length() ? 0 : md.lastIndexOf('\n', text) + 1;
        int nl = md.indexOf('\n', lineStart);
        int lineEnd = nl < 0 ? md.length() : nl;
        if (lineEnd > lineStart && md.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        int base = post.range().startOffset();
        return ctx.range(base + lineStart, base + Math.max(lineStart, lineEnd));
    }

    /** A range from offsets within the post's Markdown. */
    public static SourceRange inPost(LintContext ctx, Post post, int start, int end) {
        int base = post.range().startOffset();
        return ctx.range(base + start, base + end);
    }
}
