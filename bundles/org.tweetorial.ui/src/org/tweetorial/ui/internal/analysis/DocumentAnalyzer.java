package org.tweetorial.ui.internal.analysis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a {@link DocumentSnapshot} of one editor's document up to date: each change restarts a short pause, then a
 * background job parses and counts the text and hands that snapshot to listeners on the UI thread at once (the
 * preview and the ruler need nothing more), then lints it and hands over the linted snapshot (for the markers).
 * The UI thread only copies the text (microseconds) and never waits for the job.
 */
public final class DocumentAnalyzer implements IDocumentListener {

    /** How long typing must pause before the text is analysed. */
    public static final long PAUSE_MILLIS = 40;


    private final IDocument document;
    private final Display display;
    private final SnapshotBuilder builder;
    private final List<Consumer<DocumentSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AnalysisJob job = new AnalysisJob();
    private final LintJob lintJob = new LintJob();
    private volatile DocumentSnapshot current = DocumentSnapshot.empty();
    /** The text the job analyses next and its version, set together on the UI thread. */
    private record Pending(long version, String text) {
    }

    private volatile Pending pending = new Pending(0, "");
    private volatile long pendingVersion;
    /** Starts the analysis when the pause is over; one instance, so that each change restarts the same timer. */
    private final Runnable pauseOver = this::analyseNow;
    private volatile long lastChangeNanos;
    private volatile boolean disposed;

    public DocumentAnalyzer(IDocument document, Display display, SnapshotBuilder builder) {
        this.document = document;
        this.display = display;
        this.builder = builder;
    }

    /** Starts listening and analyses the current text at once. */
    public void start() {
        document.addDocumentListener(this);
        requestAnalysis();
    }

    public void dispose() {
        disposed = true;
        if (!display.isDisposed() && Display.getCurrent() == display) {
            display.timerExec(-1, pauseOver);
        }
        document.removeDocumentListener(this);
        job.cancel();
        lintJob.cancel();
        listeners.clear();
    }

    public void addListener(Consumer<DocumentSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<DocumentSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The latest snapshot; may be older than the document while a job runs. */
    public DocumentSnapshot current() {
        return current;
    }

    /** The version of the latest change to the document. */
    public long documentVersion() {
        return pendingVersion;
    }

    /** When the document last changed, in {@link System#nanoTime()} units. */
    public long lastChangeNanos() {
        return lastChangeNanos;
    }

    public IDocument document() {
        return document;
    }

    /** Analyses again although the text did not change (e.g. preferences changed). */
    public void reanalyse() {
        requestAnalysis();
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // nothing to do before the change
    }

    /**
     * Makes results of older text stale at once and restarts the pause. The pause is a UI-thread timer, not a
     * delayed job: the job manager wakes delayed jobs late (tens of milliseconds on a busy machine), the display's
     * timer does not, and the text is copied when the pause is over, once per pause instead of once per keystroke.
     */
    @Override
    public void documentChanged(DocumentEvent event) {
        lastChangeNanos = System.nanoTime();
        pendingVersion++;
        job.cancel();
        lintJob.cancel();
        if (Display.getCurrent() == display) {
            display.timerExec((int) PAUSE_MILLIS, pauseOver);
        } else if (!display.isDisposed()) {
            // changed from another thread (e.g. the file changed on disk): restart the pause on the UI thread
            display.asyncExec(() -> {
                if (!disposed) {
                    display.timerExec((int) PAUSE_MILLIS, pauseOver);
                }
            });
        }
    }

    private void analyseNow() {
        if (!disposed) {
            requestAnalysis();
        }
    }

    /** Analyses the document's text now (on the UI thread: copies the text and schedules the job). */
    private void requestAnalysis() {
        pendingVersion++;
        pending = new Pending(pendingVersion, document.get());
        job.cancel();
        job.schedule();
    }

    private void publish(DocumentSnapshot snapshot) {
        if (disposed || display.isDisposed()) {
            return;
        }
        long posted = System.nanoTime();
        display.asyncExec(() -> {
            RefreshTimings.record(RefreshTimings.UI_QUEUE, System.nanoTime() - posted);
            if (disposed || snapshot.version() != pendingVersion) {
                return;
            }
            current = snapshot;
            for (Consumer<DocumentSnapshot> listener : listeners) {
                UiTaskTimer.run(listener.getClass().getSimpleName(), () -> listener.accept(snapshot));
            }
        });
    }

    private final class AnalysisJob extends Job {

        AnalysisJob() {
            super("Checking tweetorial");
            setSystem(true);
            setPriority(Job.INTERACTIVE);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            long start = System.nanoTime();
            Pending next = pending;
            long version = next.version();
            String text = next.text();
            if (lastChangeNanos != 0) {
                RefreshTimings.record(RefreshTimings.UNTIL_JOB_RUNS, start - lastChangeNanos);
            }
            DocumentSnapshot counted = builder.parseAndCount(version, text);
            RefreshTimings.record(RefreshTimings.PARSE_AND_COUNT, System.nanoTime() - start);
            if (monitor.isCanceled() || version != pendingVersion) {
                return Status.CANCEL_STATUS;
            }
            // the preview and the ruler need no lint results: show them now, lint in a job of its own, so that
            // the next change's parse never waits behind a lint
            publish(counted);
            if (!counted.linted()) {
                lintJob.lint(counted);
            }
            return Status.OK_STATUS;
        }
    }

    /** Lints the latest parsed snapshot at a lower priority than parsing, and publishes it unless outdated. */
    private final class LintJob extends Job {
        private volatile DocumentSnapshot parsed;

        LintJob() {
            super("Checking tweetorial rules");
            setSystem(true);
            setPriority(Job.SHORT);
        }

        void lint(DocumentSnapshot snapshot) {
            parsed = snapshot;
            schedule();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            DocumentSnapshot snapshot = parsed;
            if (snapshot == null || snapshot.version() != pendingVersion || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            long start = System.nanoTime();
            DocumentSnapshot linted = builder.lint(snapshot);
            RefreshTimings.record(RefreshTimings.LINT, System.nanoTime() - start);
            if (snapshot.version() == pendingVersion && !monitor.isCanceled()) {
                publish(linted);
            }
            return Status.OK_STATUS;
        }
    }
}
