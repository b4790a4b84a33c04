package org.tweetorial.ui.internal.publish;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.tweetorial.publish.Account;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.PublishResult;
import org.tweetorial.publish.Publisher;
import org.tweetorial.ui.TweetorialUi;

/**
 * Runs the headless publisher in a cancelable job. Its steps go to {@code progress} (on the job's thread); canceling
 * the job stops the publisher between steps, and the journal lets a later run resume. The outcome (a result or the
 * publisher's exception, whose message never holds a credential) goes to {@code whenDone}.
 */
final class PublishJob extends Job {

    /** How a publish ended: exactly one of the two is set. */
    record Outcome(PublishResult result, PublishException failure) {
    }

    private final PublishRequest request;
    private final Account account;
    private final PublishListener progress;
    private final Consumer<Outcome> whenDone;
    private final AtomicBoolean told = new AtomicBoolean();

    PublishJob(PublishRequest request, Account account, PublishListener progress, Consumer<Outcome> whenDone) {
        super("Publishing " + request.source().getFileName() + " to " + request.platform().displayName());
        this.request = request;
        this.account = account;
        this.progress = progress;
        this.whenDone = whenDone;
        setUser(false);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // a job cancelled before it ran never enters run(), and one that failed unexpectedly left it
                // early: the page must still hear how it ended
                IStatus status = event.getResult();
                tell(new Outcome(null, status.getSeverity() == IStatus.CANCEL
                        ? new PublishException(PublishException.Reason.CANCELLED,
                                "Stopped before the first post was sent.")
                        : new PublishException(PublishException.Reason.SERVER_ERROR,
                                "Publishing stopped: " + status.getMessage(), status.getException())));
            }
        });
    }

    private void tell(Outcome outcome) {
        if (told.compareAndSet(false, true)) {
            whenDone.accept(outcome);
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            PublishResult result = Publisher.publish(request, account, new Forward(monitor));
            tell(new Outcome(result, null));
            return Status.OK_STATUS;
        } catch (PublishException e) {
            tell(new Outcome(null, e));
            return e.reason() == PublishException.Reason.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return TweetorialUi.PLUGIN_ID.equals(family);
    }

    /** Tells the page and the progress monitor; cancelled when the job is. */
    private final class Forward implements PublishListener {
        private final IProgressMonitor monitor;

        Forward(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void step(int post, int total, String what) {
            monitor.subTask("Post " + post + " of " + total + ": " + what);
            progress.step(post, total, what);
        }

        @Override
        public void waiting(Duration remaining, String why) {
            progress.waiting(remaining, why);
        }

        @Override
        public void published(int post, int total, String url) {
            progress.published(post, total, url);
        }

        @Override
        public boolean cancelled() {
            return monitor.isCanceled() || progress.cancelled();
        }
    }
}
