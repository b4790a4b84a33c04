package org.tweetorial.core.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;

import org.tweetorial.core.internal.lint.PostRanges;
import org.tweetorial.core.internal.text.TextMemo;
import org.tweetorial.core.lint.LintContext;
import org.tweetorial.core.lint.LintRule;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.lint.Severity;
import org.tweetorial.core.model.Post;

/**
 * A word starting with # that platforms will not (fully) turn into a hashtag: "#covid-19" links only "#covid",
 * "#2024" nothing. "#1" (number one) is left alone.
 */
public final class HashtagMalformedRule implements LintRule {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}_&/#\\\\])#([^\\s#]+)");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)?");
    private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);

    @Override
    public String id() {
        return "hashtag-malformed";
    }

    @Override
    public String description() {
        return "hashtag that platforms will not link as written";
    }

    /** A finding: [start, end) in the post's Markdown and the message. */
    record Hit(int start, int end, String message) {
    }

    /** Findings per masked Markdown, across runs. */
    private static final TextMemo<String, List<Hit>> HITS = new TextMemo<>(8_192, 2_000_000, String::length);

    @Override
    public void check(LintContext ctx, Consumer<Problem> report) {
        for (Post post : ctx.tweetorial().posts()) {
            String text = ctx.maskedMarkdown(post);
            if (text.indexOf('#') < 0) {
                continue;
            }
            for (Hit h : HITS.get(text, HashtagMalformedRule::find)) {
                report.accept(new Problem(id(), Severity.WARNING, PostRanges.inPost(ctx, post, h.start(), h.end()),
                        h.message()));
            }
        }
    }

    static List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String word = trimEnd(m.group(1));
            if (word.isEmpty() || ORDINAL.matcher(word).matches() || !Character.isLetterOrDigit(
                    word.codePointAt(0)) && word.charAt(0) != '_') {
                continue;
            }
            String written = "#" + word;
            List<String> found = EXTRACTOR.get().extractHashtags(written);
            String message = null;
            if (found.isEmpty()) {
                message = "'" + written + "' is not a hashtag on any platform (it needs a letter and only "
                        + "letters, digits or _)";
            } else if (found.get(0).length() < word.length()) {
                message = "hashtag '" + written + "' stops at '" + word.charAt(found.get(0).length())
                        + "': only '#" + found.get(0) + "' becomes a link; write it without punctuation";
            }
            if (message != null) {
                out.add(new Hit(m.start(), m.start() + written.length(), message));
            }
        }
        return List.copyOf(out);
    }

    static String trimEnd(String word) {
        int end = word.length();
        while (end > 0 && ".,;:!?)]}\"'\u2019\u201D*_~`".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
