package org.tweetorial.render.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.SampleCards;

/**
 * Prints the warm render time per card and layout (SVG build, Batik rasterisation and PNG encoding; cache off),
 * as wall time and as CPU time of the render and encoder threads (steadier on a shared machine):
 * {@code CardBenchmark [iterations] [size] [projectDir]}.
 */
public final class CardBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CardBenchmark() {
    }

    private static long threadId(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t.threadId();
            }
        }
        throw new IllegalStateException("thread not found: " + name);
    }

    /** CPU time of the Batik worker and the PNG encoder thread. */
    private static long renderCpu(long worker, long encoder) {
        return CPU.getThreadCpuTime(worker) + CPU.getThreadCpuTime(encoder);
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        CardSize size = CardSize.parse(args.length > 1 ? args[1] : "x");
        Path project = args.length > 2 ? Path.of(args[2]) : null;
        long t0 = System.nanoTime();
        try (CardRenderer renderer = CardRenderer.create(0)) {
            renderer.warmUp().get();
            System.out.printf(Locale.ROOT, "first render (warm-up, fonts + Batik): %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            RenderOptions options = RenderOptions.defaults().withSize(size).withProjectDir(project);
            for (Card c : SampleCards.all()) {
                for (int i = 0; i < 10; i++) {
                    renderer.render(c, options);
                }
            }
            long worker = threadId("tweetorial-card-renderer");
            long encoder = threadId("tweetorial-card-encoder");
            System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %9s %9s%n", "layout", "median", "mean", "p90",
                    "cpu/card", "bytes");
            double total = 0;
            double totalCpu = 0;
            int n = 0;
            for (Card c : SampleCards.all()) {
                double[] ms = new double[iterations];
                int bytes = 0;
                long cpu0 = renderCpu(worker, encoder);
                for (int i = 0; i < iterations; i++) {
                    long s = System.nanoTime();
                    RenderedCard r = renderer.render(c, options);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    bytes = r.bytes().length;
                }
                double cpu = (renderCpu(worker, encoder) - cpu0) / 1e6 / iterations;
                Arrays.sort(ms);
                double mean = Arrays.stream(ms).average().orElse(0);
                total += mean;
                totalCpu += cpu;
                n++;
                System.out.printf(Locale.ROOT, "%-16s %8.1f %8.1f %8.1f %9.1f %9d%n", c.layout().id(),
                        ms[iterations / 2], mean, ms[(int) (iterations * 0.9)], cpu, bytes);
            }
            System.out.printf(Locale.ROOT, "all layouts: %.1f ms/card warm wall (mean), %.1f ms/card CPU"
                    + " (render + encode threads), %s, %d cores, load %.2f, Java %s%n", total / n, totalCpu / n, size,
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.version"));
        }
    }
}
