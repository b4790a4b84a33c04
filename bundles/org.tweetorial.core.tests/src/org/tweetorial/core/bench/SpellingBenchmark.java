package org.tweetorial.core.bench;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.spelling.SpellChecker;

/**
 * Spell checking: dictionary load (first use in this JVM), then the 50 posts of {@link CoreBenchmark#thread} warm
 * (every post memoized), with one post edited per run (one post re-checked), and with every post new (nothing
 * memoized). Prints milliseconds; run in a fresh JVM so the load is the first one.
 */
public final class SpellingBenchmark {

    private SpellingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        SpellChecker.forLanguage("en-US").orElseThrow().preload();
        System.out.printf("load en-US + medical, first use: %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - t0) / 1e6, (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
        t0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        SpellChecker checker = SpellChecker.forLanguage("en").orElseThrow();
        checker.preload();
        System.out.printf("then en-GB + medical (for en): %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - t0) / 1e6, (cpu.getCurrentThreadCpuTime() - c0) / 1e6);
        long t1 = System.nanoTime();
        SpellChecker.forLanguage("en-GB").orElseThrow().preload();
        System.out.printf("en-GB again (already loaded): %.3f ms%n", (System.nanoTime() - t1) / 1e6);
        Tweetorial t = Tweetorials.parse(CoreBenchmark.thread(50), Path.of("."));
        List<String> posts = t.posts().stream().map(Post::markdown).filter(m -> !m.isEmpty()).toList();
        int iterations = 2_000;
        for (int i = 0; i < iterations; i++) {
            checkAll(checker, posts, -1, i);
        }
        System.out.printf("%d posts, warm, unchanged: %.4f ms%n", posts.size(), time(checker, posts, -2, iterations));
        System.out.printf("%d posts, warm, one post edited: %.4f ms%n", posts.size(),
                time(checker, posts, 7, iterations));
        System.out.printf("%d posts, warm, every post new (no memo hit): %.3f ms%n", posts.size(),
                time(checker, posts, -1, 200));
    }

    /** {@code edited}: index of the post changed each run, -1 every post, -2 none. */
    private static double time(SpellChecker checker, List<String> posts, int edited, int iterations) {
        long start = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < iterations; i++) {
            sink += checkAll(checker, posts, edited, 1_000_000 + i);
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        return (System.nanoTime() - start) / 1e6 / iterations;
    }

    private static int checkAll(SpellChecker checker, List<String> posts, int edited, int run) {
        int n = 0;
        for (int p = 0; p < posts.size(); p++) {
            String text = edited == -1 || edited == p ? posts.get(p) + " " + run : posts.get(p);
            n += checker.check(text, w -> false).size();
        }
        return n;
    }
}
