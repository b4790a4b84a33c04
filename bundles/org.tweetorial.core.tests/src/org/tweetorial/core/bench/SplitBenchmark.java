package org.tweetorial.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.model.Tweetorial;

/**
 * {@code split: auto} on one post of 10k, 100k and 1M characters, prose and one unbreakable word, and parse + lint
 * of a 2,000-post file: prints warm milliseconds (parse + check, best of a few runs after warm-up). With a folder
 * argument it also writes the inputs there ({@code split-prose-100000.md}, ...) for whole-process runs of
 * {@code tweetorial check}.
 */
public final class SplitBenchmark {

    private static final String SENTENCE = "Preload rises, the ventricle stretches, and stroke volume follows. ";

    private SplitBenchmark() {
    }

    public static void main(String[] args) throws TweetorialException, IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        for (int size : new int[] {10_000, 100_000, 1_000_000}) {
            report("prose", size, prose(size), out);
            report("word", size, word(size), out);
        }
        String posts = CoreBenchmark.thread(2_000);
        if (out != null) {
            Files.writeString(out.resolve("posts-2000.md"), posts, StandardCharsets.UTF_8);
        }
        System.out.printf("2000 posts, parse + check: %.1f ms%n", warmMs(posts, 3));
    }

    private static void report(String kind, int size, String text, Path out) throws TweetorialException,
            IOException {
        if (out != null) {
            Files.writeString(out.resolve("split-" + kind + "-" + size + ".md"), text, StandardCharsets.UTF_8);
        }
        int runs = size >= 1_000_000 ? 2 : 5;
        long t0 = System.nanoTime();
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        double first = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%-5s %,9d chars: %5d posts, first %8.1f ms, warm %8.1f ms%n", kind, size,
                t.posts().size(), first, warmMs(text, runs));
    }

    /** Best of {@code runs} parse + check, after one untimed run; each run is a new text (no memo hit). */
    private static double warmMs(String text, int runs) throws TweetorialException {
        run(text + "\n");
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            String fresh = text + " ".repeat(i + 2) + "\n";
            long t0 = System.nanoTime();
            run(fresh);
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    private static int run(String text) throws TweetorialException {
        Tweetorial t = Tweetorials.parse(text, Path.of("."));
        return Tweetorials.check(t, LintOptions.defaults()).size() + t.posts().size();
    }

    static String prose(int chars) {
        StringBuilder sb = new StringBuilder("---\nsplit: auto\nplatforms: [x, bluesky, mastodon]\n---\n");
        int start = sb.length();
        while (sb.length() - start < chars) {
            sb.append(SENTENCE);
        }
        return sb.append('\n').toString();
    }

    static String word(int chars) {
        StringBuilder sb = new StringBuilder("---\nsplit: auto\nplatforms: [x, bluesky, mastodon]\n---\n");
        int start = sb.length();
        while (sb.length() - start < chars) {
            sb.append("pneumonoultramicroscopicsilicovolcanoconiosis");
        }
        return sb.append('\n').toString();
    }
}
