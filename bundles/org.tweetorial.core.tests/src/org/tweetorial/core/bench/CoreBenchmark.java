package org.tweetorial.core.bench;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.core.model.Tweetorial;

/**
 * Parse + count + lint of generated 50-, 250- and 1000-post tweetorials; prints ms per operation after warm-up.
 * "unchanged" re-parses the same text (as the editor does when nothing changed, all memos hit); "one post
 * edited" types one character into one post per operation (the keystroke case: that post misses the memos).
 * Run with {@code -Dtweetorial.memo=false} for the cost without any memo.
 */
public final class CoreBenchmark {

    private CoreBenchmark() {
    }

    public static void main(String[] args) throws TweetorialException {
        for (int posts : new int[] {50, 250, 1000}) {
            int iterations = posts == 50 ? 2000 : posts == 250 ? 400 : 100;
            System.out.printf("%d posts, unchanged: %.3f ms/op%n", posts, msPerOp(posts, iterations));
            System.out.printf("%d posts, one post edited: %.3f ms/op%n", posts, msPerOpEdited(posts, iterations));
        }
    }

    /**
     * Like {@link #msPerOp}, but every operation parses a new text: one post's heading carries a six-digit counter
     * that changes every time (an edit of constant size, as when typing over a word).
     */
    public static double msPerOpEdited(int posts, int iterations) throws TweetorialException {
        String text = thread(posts);
        String heading = "## Point " + (posts / 2 / 4 * 4);
        int at = text.indexOf(heading) + heading.length();
        String before = text.substring(0, at) + " ";
        String after = text.substring(at);
        for (int i = 0; i < iterations; i++) {
            run(before + String.format("%06d", i) + after);
        }
        long start = System.nanoTime();
        int sink = 0;
        for (int i = iterations; i < 2 * iterations; i++) {
            sink += run(before + String.format("%06d", i) + after).size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / iterations;
        if (sink < 0) {
            System.out.println(sink);
        }
        return ms;
    }

    /** Average milliseconds of parse + lint (which counts every post on every platform). */
    public static double msPerOp(int posts, int iterations) throws TweetorialException {
        String text = thread(posts);
        for (int i = 0; i < iterations; i++) {
            run(text);
        }
        long start = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < iterations; i++) {
            sink += run(text).size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / iterations;
        if (sink < 0) {
            System.out.println(sink);
        }
        return ms;
    }

    private static List<Problem> run(String text) throws TweetorialException {
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        return Tweetorials.check(t, LintOptions.defaults());
    }

    /** A realistic thread: headings, lists, emphasis, links, footnotes, a card, a teaching note. */
    public static String thread(int posts) {
        StringBuilder sb = new StringBuilder("""
                ---
                title: Benchmark
                platforms: [x, bluesky, mastodon]
                numbering: n/N
                hashtags: [MedEd]
                ---
                """);
        for (int i = 1; i <= posts; i++) {
            if (i > 1) {
                sb.append("---\n");
            }
            switch (i % 4) {
                case 0 -> sb.append("## Point ").append(i).append("\n\nThe *left ventricle* fills in diastole; "
                        + "**more stretch** gives a stronger beat.[^r").append(i % 7).append("]\n\n");
                case 1 -> sb.append("- Preload: filling\n- Afterload: resistance\n- Contractility: force\n\n"
                        + "Note: ask the group first.\n\n");
                case 2 -> sb.append("<!-- card: layout=stat value=\"").append(i).append("%\" caption=\"of "
                        + "patients\" -->\nAbout half of unstable patients respond to fluids, see "
                        + "https://doi.org/10.1186/s13613-016-0216-7 and @TweetorialEx.\n\n");
                default -> sb.append("> Plain words are best.\n>\n> — A teacher\n\nReply with #questions.\n\n");
            }
        }
        for (int r = 0; r < 7; r++) {
            sb.append("[^r").append(r).append("]: Author ").append(r).append(". A paper. J Med. 2020;1:1-2.\n");
        }
        return sb.toString();
    }
}
