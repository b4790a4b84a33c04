package org.tweetorial.export.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tweetorial.export.ExampleProject;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.Exporter;

/**
 * Times the export of a 20-post tweetorial (the Frank–Starling example with eight more posts) in one process:
 * the first whole export (cold JVM), then the median of warm runs for the handout, the slides and the whole export.
 * "fresh" runs use a new exporter each time (cards rendered again); "cached" runs reuse one (cards from its cache).
 * <p>
 * Run: {@code java -cp ... org.tweetorial.export.bench.ExportBenchmark [warm-runs]}
 */
public final class ExportBenchmark {

    private static final int EXTRA_POSTS = 8;

    private ExportBenchmark() {
    }

    /** CPU time is steadier than wall time on a shared machine; the cached handout is written on this thread. */
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("export-bench");
        Path source = twentyPosts(dir);
        Instant time = ExampleProject.FIXED_TIME;
        ExportRequest all = ExportRequest.of(source).withFixedTime(time).withOutputDir(dir.resolve("out"));
        long t0 = System.nanoTime();
        try (Exporter exporter = Exporter.create()) {
            exporter.export(all, ExportListener.SILENT);
        }
        print("cold whole export (first in process)", List.of(ms(t0)));
        ExportRequest handout = all.withArtifacts(Set.of(ExportArtifact.HANDOUT));
        ExportRequest slides = all.withArtifacts(Set.of(ExportArtifact.SLIDES));
        print("warm handout, cached cards", cached(handout, runs));
        print("warm slides, cached cards", cached(slides, runs));
        print("warm handout, fresh exporter", fresh(handout, runs));
        print("warm slides, fresh exporter", fresh(slides, runs));
        print("warm whole export, fresh exporter", fresh(all.withArtifacts(EnumSet.allOf(ExportArtifact.class)),
                runs));
    }

    /** The Frank–Starling example with {@value #EXTRA_POSTS} more posts: 20 posts with the references. */
    static Path twentyPosts(Path dir) throws IOException {
        Path copy = ExampleProject.copy("frank-starling.md", dir);
        String text = Files.readString(copy, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---\n", 4) + 5;
        StringBuilder extra = new StringBuilder();
        for (int i = 1; i <= EXTRA_POSTS; i++) {
            extra.append("## Extra point ").append(i).append("\n\nPreload is the stretch of the ventricle at the end ")
                    .append("of diastole; more stretch means more force, up to a point.\n\n- Filling ").append(i)
                    .append("\n- Stretch\n- Force\n\nNote: Ask the group for a bedside example number ").append(i)
                    .append(".\n\n---\n\n");
        }
        String twenty = text.substring(0, end) + text.substring(end, text.indexOf("\n---\n", end) + 5) + extra
                + text.substring(text.indexOf("\n---\n", end) + 5);
        return Files.writeString(dir.resolve("twenty-posts.md"), twenty, StandardCharsets.UTF_8);
    }

    private static List<Long> cached(ExportRequest request, int runs) throws ExportException {
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        try (Exporter exporter = Exporter.create()) {
            exporter.export(request, ExportListener.SILENT);
            for (int i = 0; i < runs; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                exporter.export(request, ExportListener.SILENT);
                times.add(ms(t));
                cpu.add((CPU.getCurrentThreadCpuTime() - c) / 1_000_000);
            }
        }
        print("  CPU of the exporting thread", cpu);
        return times;
    }

    private static List<Long> fresh(ExportRequest request, int runs) throws ExportException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            try (Exporter exporter = Exporter.create()) {
                exporter.export(request, ExportListener.SILENT);
            }
            times.add(ms(t));
        }
        return times;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void print(String what, List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-40s median %5d ms   runs %s%n", what, sorted[sorted.length / 2],
                Arrays.toString(times.toArray()));
    }
}
