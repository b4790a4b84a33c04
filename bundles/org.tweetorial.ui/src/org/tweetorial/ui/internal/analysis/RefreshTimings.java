package org.tweetorial.ui.internal.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the time between a pause in typing and the refreshed views goes, per stage, for the typing benchmark:
 * the wait before the analysis job runs (debounce and job scheduling), parse and lint, the wait of the finished
 * snapshot in the UI thread's queue, and applying it. Cheap enough to stay on in production (a few numbers per
 * pause, the last 1000 kept).
 */
public final class RefreshTimings {

    /** From the last change to the start of the analysis job: the debounce plus the job manager's latency. */
    public static final String UNTIL_JOB_RUNS = "last change to analysis job start";
    /** Parsing and counting the text in the job: all the preview waits for. */
    public static final String PARSE_AND_COUNT = "parse and count (job)";
    /** Linting, after the parsed snapshot went to the UI thread: only the markers wait for it. */
    public static final String LINT = "lint (job, after the preview's snapshot)";
    /** From the job handing the snapshot to the UI thread until the UI thread runs it. */
    public static final String UI_QUEUE = "UI thread queue (asyncExec)";
    /** Applying the snapshot to the thread preview. */
    public static final String PREVIEW = "preview update";

    private static final int KEEP = 1000;
    private static final Map<String, List<Double>> MILLIS = new LinkedHashMap<>();

    private RefreshTimings() {
    }

    public static synchronized void record(String stage, long nanos) {
        List<Double> values = MILLIS.computeIfAbsent(stage, s -> new ArrayList<>());
        if (values.size() >= KEEP) {
            values.remove(0);
        }
        values.add(nanos / 1e6);
    }

    /** Sorted copies of the recorded milliseconds per stage, in the order stages were first recorded. */
    public static synchronized Map<String, List<Double>> millis() {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        MILLIS.forEach((stage, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            copy.put(stage, sorted);
        });
        return copy;
    }

    public static synchronized void reset() {
        MILLIS.clear();
    }
}
