package org.tweetorial.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.tweetorial.ui.internal.analysis.DocumentAnalyzer;
import org.tweetorial.ui.internal.analysis.RefreshTimings;
import org.tweetorial.ui.internal.analysis.UiTaskTimer;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.preview.ThreadPreviewView;

/**
 * Benchmark, not a test: types into a 50-post tweetorial and prints how long the UI thread was busy per keystroke,
 * the longest UI-thread task of the tweetorial machinery, and the delay from a pause to the refreshed preview.
 * Numbers go to docs/PERFORMANCE.md ("Workbench"). The tests leave it out (its name is no test name); the Maven
 * profile {@code bench} runs it: {@code releng/bench/run.sh --workbench}.
 */
class TypingBenchmark {

    private static final long TIMEOUT = 30_000;
    private static final int POSTS = 50;
    private static final int PAUSES = 15;
    private static final String BURST = "and the ventricle stretches further ";

    @Test
    void typingInAFiftyPostThread() throws Exception {
        IFile file = UiTestSupport.examplesProject().getFile("bench-50-posts.md");
        if (!file.exists()) {
            file.create(new ByteArrayInputStream(fiftyPosts().getBytes(StandardCharsets.UTF_8)), true, null);
        }
        TweetorialEditor editor = UiTestSupport.open(file);
        UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the preview shows 50 posts", TIMEOUT,
                () -> OpenViews.find(ThreadPreviewView.class).map(v -> v.postCount() >= POSTS).orElse(false));
        ThreadPreviewView preview = OpenViews.find(ThreadPreviewView.class).orElseThrow();
        UiTestSupport.waitUntil("background work settles", TIMEOUT,
                () -> org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle());
        UiTestSupport.flush();
        UiTaskTimer.reset();
        RefreshTimings.reset();
        IDocument document = editor.document();
        List<Double> keystrokeMillis = new ArrayList<>();
        List<Double> refreshMillis = new ArrayList<>();
        double[] worst = new double[4];
        long gcAtStart = gcMillis();
        int offset = editor.analyzer().current().posts().get(25).post().range().endOffset() - 1;
        for (int pause = 0; pause < PAUSES; pause++) {
            for (char c : BURST.toCharArray()) {
                long gcBefore = gcMillis();
                long tasksBefore = UiTaskTimer.totalNanos();
                long start = System.nanoTime();
                document.replace(offset, 0, String.valueOf(c));
                UiTestSupport.flush();
                double millis = (System.nanoTime() - start) / 1e6;
                keystrokeMillis.add(millis);
                if (millis > worst[0]) {
                    worst[0] = millis;
                    worst[1] = gcMillis() - gcBefore;
                    worst[2] = (UiTaskTimer.totalNanos() - tasksBefore) / 1e6;
                    worst[3] = keystrokeMillis.size();
                }
                offset++;
            }
            DocumentAnalyzer analyzer = editor.analyzer();
            long typedVersion = analyzer.documentVersion();
            long lastKey = analyzer.lastChangeNanos();
            UiTestSupport.waitUntil("the preview shows the typed text", TIMEOUT,
                    () -> preview.shownVersion() >= typedVersion);
            refreshMillis.add((preview.shownAtNanos() - lastKey) / 1e6);
        }
        report(keystrokeMillis, refreshMillis);
        System.out.printf("[bench] slowest keystroke (#%d): %.1f ms, of which garbage collection %.0f ms and the"
                + " tweetorial machinery's UI tasks %.1f ms (the rest: text widget, rulers, painting); GC during the"
                + " run: %d ms%n", (int) worst[3], worst[0], worst[1], worst[2], gcMillis() - gcAtStart);
        UiTestSupport.page().closeEditor(editor, false);
    }

    private static void report(List<Double> keystrokeMillis, List<Double> refreshMillis) {
        Collections.sort(keystrokeMillis);
        Collections.sort(refreshMillis);
        System.out.printf("[bench] %d keystrokes in a %d-post thread: UI thread busy per keystroke median %.2f ms,"
                + " p95 %.2f ms, max %.2f ms (includes repaint of the editor)%n", keystrokeMillis.size(), POSTS,
                percentile(keystrokeMillis, 50), percentile(keystrokeMillis, 95), percentile(keystrokeMillis, 100));
        System.out.printf("[bench] pause to refreshed preview (%d pauses, %d ms debounce included): median %.1f ms,"
                + " p95 %.1f ms, max %.1f ms%n", refreshMillis.size(), DocumentAnalyzer.PAUSE_MILLIS,
                percentile(refreshMillis, 50), percentile(refreshMillis, 95), percentile(refreshMillis, 100));
        for (Map.Entry<String, List<Double>> stage : RefreshTimings.millis().entrySet()) {
            List<Double> values = stage.getValue();
            System.out.printf("[bench] refresh stage '%s': median %.1f ms, p95 %.1f ms, max %.1f ms (%d)%n",
                    stage.getKey(), percentile(values, 50), percentile(values, 95), percentile(values, 100),
                    values.size());
        }
        for (Map.Entry<String, Double> task : UiTaskTimer.maxMillis().entrySet()) {
            System.out.printf("[bench] longest UI-thread task '%s': %.2f ms (%d runs)%n", task.getKey(),
                    task.getValue(), UiTaskTimer.counts().get(task.getKey()));
        }
        System.out.println("[bench] display: " + Display.getCurrent().getBounds());
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String fiftyPosts() {
        StringBuilder text = new StringBuilder("---\ntitle: \"Benchmark thread\"\nplatforms: [x, bluesky]\n"
                + "numbering: n/N\nhashtags: [MedEd]\n---\n");
        for (int i = 1; i <= POSTS; i++) {
            if (i > 1) {
                text.append("\n---\n\n");
            }
            text.append("## Post ").append(i).append("\n\nPreload rises, the sarcomere lengthens and the #heart ")
                    .append("contracts harder. Ask @TweetorialEx why; see https://example.org/").append(i)
                    .append(".\n");
            if (i % 5 == 0) {
                text.append("\n<!-- card: layout=key-point text=\"Point ").append(i).append("\" -->\n");
            }
        }
        return text.toString();
    }
}
