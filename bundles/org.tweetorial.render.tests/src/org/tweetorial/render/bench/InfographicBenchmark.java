package org.tweetorial.render.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.tweetorial.core.Infographics;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.SampleInfographics;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.InfographicSize;
import org.tweetorial.render.infographic.RenderedInfographic;


/**
 * Prints the warm render time of one 1080x1350 infographic with a bar chart, a forest plot and a 100-pictogram
 * icon array (layout, SVG build, Batik rasterisation and PNG encoding), as wall time and as CPU time of the render
 * thread: {@code InfographicBenchmark [iterations]}.
 */
public final class InfographicBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private InfographicBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long t0 = System.nanoTime();
        Infographic info = Infographics.parse(SampleInfographics.CHARTS);
        InfographicRenderer renderer = InfographicRenderer.create();
        RenderOptions options = RenderOptions.defaults().withSize(InfographicSize.PORTRAIT.layout());
        renderer.render(info, options);
        System.out.printf(Locale.ROOT, "first render (fonts, icons, Batik): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 15; i++) {
            renderer.render(info, options);
        }
        long worker = threadId("tweetorial-card-renderer");
        double[] ms = new double[iterations];
        int bytes = 0;
        long cpu0 = CPU.getThreadCpuTime(worker);
        for (int i = 0; i < iterations; i++) {
            long s = System.nanoTime();
            RenderedInfographic r = renderer.render(info, options);
            ms[i] = (System.nanoTime() - s) / 1e6;
            bytes = r.bytes().length;
        }
        double cpu = (CPU.getThreadCpuTime(worker) - cpu0) / 1e6 / iterations;
        long svgCpu0 = CPU.getThreadCpuTime(worker);
        for (int i = 0; i < iterations; i++) {
            renderer.check(info, options);
        }
        double buildCpu = (CPU.getThreadCpuTime(worker) - svgCpu0) / 1e6 / iterations;
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "1080x1350 infographic PNG: median %.1f ms, p90 %.1f ms wall; %.1f ms CPU"
                + " (of which layout + SVG build %.1f ms); %d bytes; %d cores, load %.2f, Java %s%n",
                ms[iterations / 2], ms[(int) (iterations * 0.9)], cpu, buildCpu, bytes,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        System.exit(0);
    }

    private static long threadId(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t.threadId();
            }
        }
        throw new IllegalStateException("thread not found: " + name);
    }
}
