package org.tweetorial.ui.internal.export;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.ui.TweetorialUi;

/**
 * Exports a tweetorial with the export bundle's {@link Exporter} (text, JSON, cards, alt text, handout PDF, slides
 * PDF, whichever the request names) in a cancelable user job whose progress bar follows the exporter's steps. The
 * export is atomic: a canceled or failed export leaves the folder as it was. When it succeeds, the folder is
 * refreshed in the workspace (by a job of its own, under the workspace's rules) and {@code whenDone} receives the
 * result (on the job's thread).
 */
public final class ExportJob extends Job {

    /** One export at a time: an exporter is not for concurrent use and two exports would compete for the CPU. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final ExportRequest request;
    private final ExportListener observer;
    private final Consumer<ExportResult> whenDone;
    private volatile ExportResult result;

    public ExportJob(ExportRequest request, Consumer<ExportResult> whenDone) {
        this(request, ExportListener.SILENT, whenDone);
    }

    /** An export whose steps are also told to {@code observer} (on the job's thread), e.g. by tests. */
    public ExportJob(ExportRequest request, ExportListener observer, Consumer<ExportResult> whenDone) {
        super("Exporting " + request.source().getFileName());
        this.request = request;
        this.observer = observer;
        this.whenDone = whenDone;
        setUser(true);
        setRule(ONE_AT_A_TIME);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        progress.subTask("Reading and checking " + request.source().getFileName());
        ProgressListener listener = new ProgressListener(progress, observer);
        try (Exporter exporter = Exporter.create()) {
            ExportResult done = exporter.export(request, listener);
            result = done;
            WorkspaceRefresh.folder(done.folder());
            whenDone.accept(done);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ExportException e) {
            return progress.isCanceled() ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    /** The result of a successful export, null before or otherwise; for tests. */
    public ExportResult result() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return TweetorialUi.PLUGIN_ID.equals(family);
    }

    /** Feeds the progress bar from the exporter's steps and stops the export at the next step when canceled. */
    private static final class ProgressListener implements ExportListener {
        private final SubMonitor progress;
        private final ExportListener observer;
        private int lastIndex;

        ProgressListener(SubMonitor progress, ExportListener observer) {
            this.progress = progress;
            this.observer = observer;
        }

        @Override
        public void stepStarted(String step, int index, int total) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (lastIndex == 0) {
                // one unit for reading and checking, done now, and one per step
                progress.setWorkRemaining(total + 1);
            }
            progress.worked(index - lastIndex);
            lastIndex = index;
            progress.subTask(describe(step) + " (" + index + " of " + total + ")");
            observer.stepStarted(step, index, total);
        }

        private static String describe(String step) {
            if (step.isEmpty()) {
                return step;
            }
            return step.contains(".") || step.endsWith("/") ? "Writing " + step
                    : step.substring(0, 1).toUpperCase(Locale.ROOT) + step.substring(1);
        }
    }
}
