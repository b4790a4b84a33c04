package org.tweetorial.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.SourceRange;
import org.tweetorial.core.model.Tweetorial;

/**
 * Moves a post of the source to another place in the thread as one edit: the posts' Markdown changes places while
 * the separators, blank lines and front matter stay where they are. Posts the tool made (references) and the parts
 * of a post that {@code split: auto} cut are not separate posts of the source: they move with their source post.
 */
public final class PostMoves {

    private PostMoves() {
    }

    /**
     * The edit that moves the written post at index {@code from} of {@link Tweetorial#posts()} to the place of the
     * one at index {@code to}; empty when either is not a written post or they are the same source post.
     */
    public static Optional<TextEdit> move(Tweetorial tweetorial, int from, int to) {
        List<SourceRange> ranges = sourceRanges(tweetorial);
        int source = sourceIndex(tweetorial, ranges, from);
        int target = sourceIndex(tweetorial, ranges, to);
        if (source < 0 || target < 0 || source == target) {
            return Optional.empty();
        }
        int first = Math.min(source, target);
        int last = Math.max(source, target);
        String text = tweetorial.text();
        List<String> order = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            order.add(slice(text, ranges.get(i)));
        }
        order.add(target - first, order.remove(source - first));
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            out.append(order.get(i - first));
            if (i < last) {
                out.append(text, ranges.get(i).endOffset(), ranges.get(i + 1).startOffset());
            }
        }
        int start = ranges.get(first).startOffset();
        return Optional.of(new TextEdit(start, ranges.get(last).endOffset() - start, out.toString()));
    }

    /** The distinct source ranges of the written posts, in file order. */
    private static List<SourceRange> sourceRanges(Tweetorial tweetorial) {
        List<SourceRange> ranges = new ArrayList<>();
        for (Post post : tweetorial.posts()) {
            if (!post.generated() && post.range().startOffset() >= 0
                    && (ranges.isEmpty() || !ranges.get(ranges.size() - 1).equals(post.range()))) {
                ranges.add(post.range());
            }
        }
        return ranges;
    }

    private static int sourceIndex(Tweetorial tweetorial, List<SourceRange> ranges, int postIndex) {
        if (postIndex < 0 || postIndex >= tweetorial.posts().size()) {
            return -1;
        }
        Post post = tweetorial.posts().get(postIndex);
        return post.generated() ? -1 : ranges.indexOf(post.range());
    }

    private static String slice(String text, SourceRange range) {
        return text.substring(range.startOffset(), range.endOffset());
    }
}
