package org.tweetorial.core.bench;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.spelling.SpellChecker;

/**
 * Spell checking: dictionary load (first use in this JVM, for a file without a language), then plain {@code en}'s,
 * then the 50 posts of {@link CoreBenchmark#thread} warm (every post memoized), with one post edited per run (one post
 * re-checked), and with every post new (nothing memoized). Prints milliseconds; run in a fresh JVM so the load is the
 * first one.
 */
public final class SpellingBenchmark {

    private SpellingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        load("no language (en-US + medical), first use", "");
        load("then plain en (en-US and en-GB word lists + medical, one dictionary)", "en");
        long t1 = System.nanoTime();
        SpellChecker.forLanguage("en-US").orElseThrow().preload();
        System.out.printf("en-US again (already loaded): %.3f ms%n", (System.nanoTime() - t1) / 1e6);
        SpellChecker checker = SpellChecker.forLanguage("").orElseThrow();
        Tweetorial t = Tweetorials.parse(CoreBenchmark.thread(50), Path.of("."));
        List<String> posts = t.posts().stream().map(Post::markdown).filter(m -> !m.isEmpty()).toList();
        int iterations = 2_000;
        for (int i = 0; i < iterations; i++) {
            checkAll(checker, posts, -1, i);
        }
        System.out.printf("%d posts, warm, unchanged: %.4f ms%n", posts.size(), time(checker, posts, -2, iterations));
        System.out.printf("%d posts, warm, one post edited: %.4f ms%n", posts.size(),
                time(checker, posts, 7, iterations));
        long scanned = checker.textsScanned();
        checkAll(checker, posts, 7, 2_000_000);
        System.out.printf("posts scanned again after one post edited (the memo's count): %d of %d%n",
                checker.textsScanned() - scanned, posts.size());
        System.out.printf("%d posts, warm, every post new (no memo hit): %.3f ms%n", posts.size(),
                time(checker, posts, -1, 200));
    }

    /** Loads a language's dictionary, printing wall time, this thread's CPU time and the whole process's. */
    private static void load(String what, String language) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long process0 = processCpuNanos();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        SpellChecker.forLanguage(language).orElseThrow().preload();
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        long process = processCpuNanos() - process0;
        System.out.printf("load %s: %.0f ms wall, %.0f ms CPU (whole process, JIT threads included: %.0f ms)%n",
                what, wall / 1e6, cpu / 1e6, process / 1e6);
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
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
