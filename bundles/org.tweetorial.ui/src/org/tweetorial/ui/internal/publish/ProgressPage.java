package org.tweetorial.ui.internal.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishListener;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishResult;

/**
 * Publishes post by post in a {@link PublishJob}: each post with its card thumbnail and state, the step under way
 * and any wait (rate limit) with its countdown. Stop cancels between steps; Publish after a stop or a failure
 * resumes from the journal, never sending a post twice.
 */
public final class ProgressPage extends WizardPage {

    private final Thumbnails thumbnails = new Thumbnails();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private Label status;
    private Table table;
    private Button publish;
    private Button stop;
    private PublishJob job;
    private PublishResult result;
    private PublishException failure;
    private PublishPlan shown;

    ProgressPage() {
        super("progress");
        setTitle("Publish");
        setDescription("Sends the posts one by one. Stop at any time: Publish again resumes from the journal.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        status = PostTable.status(area, 2);
        table = PostTable.create(area, 2);
        PostTable.column(table, "Post", 110);
        PostTable.column(table, "State", 120);
        PostTable.column(table, "Text / address", 500);
        publish = new Button(area, SWT.PUSH);
        publish.setText("&Publish");
        publish.addListener(SWT.Selection, e -> start());
        stop = new Button(area, SWT.PUSH);
        stop.setText("S&top");
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, e -> stop());
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        PublishPlan plan = wizard().plan();
        if (visible && plan != null && plan != shown) {
            shown = plan;
            fill(plan);
        }
    }

    private void fill(PublishPlan plan) {
        table.removeAll();
        thumbnails.clear();
        for (PlannedPost post : plan.posts()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { String.valueOf(post.number()), "waiting", post.text().replace('\n', ' ') });
            if (!post.images().isEmpty()) {
                row.setImage(0, thumbnails.of(table.getDisplay(), post.images().get(0)));
            }
        }
        boolean earlier = java.nio.file.Files.exists(plan.journal());
        status.setText(earlier ? "An earlier publish of this file to this account is in the journal: posts already "
                + "published are not sent again." : "Press Publish to send " + plan.posts().size() + " posts.");
        publish.setText(earlier ? "&Resume" : "&Publish");
        area().layout(true);
    }

    /** Starts (or resumes) the publish; for the button and tests. */
    public void start() {
        if (job != null || wizard().plan() == null) {
            return;
        }
        stopRequested.set(false);
        failure = null;
        setErrorMessage(null);
        publish.setEnabled(false);
        stop.setEnabled(true);
        Display display = getShell().getDisplay();
        job = new PublishJob(wizard().publishRequest(), wizard().account(), new Shown(display),
                outcome -> display.asyncExec(() -> finished(outcome)));
        job.schedule();
    }

    /** Asks the publisher to stop after the current step. */
    public void stop() {
        stopRequested.set(true);
        if (job != null) {
            job.cancel();
        }
        status.setText("Stopping after the current step…");
    }

    private void finished(PublishJob.Outcome outcome) {
        job = null;
        if (table.isDisposed()) {
            return;
        }
        stop.setEnabled(false);
        if (outcome.result() != null) {
            result = outcome.result();
            status.setText("Published: " + result.sent() + " sent now, " + result.skipped() + " already there.");
            publish.setEnabled(false);
            setPageComplete(true);
            getContainer().showPage(getNextPage());
            return;
        }
        failure = outcome.failure();
        publish.setText("&Resume");
        publish.setEnabled(failure.resumable());
        List<String> details = new ArrayList<>();
        failure.issues().forEach(i -> details.add(i.describe()));
        status.setText(failure.getMessage() + (details.isEmpty() ? "" : "\n" + String.join("\n", details)));
        setErrorMessage(failure.reason() == PublishException.Reason.CANCELLED
                ? "Stopped. Resume continues where it stopped; no post is sent twice."
                : failure.resumable() ? "Stopped part-way: Resume continues from the journal." : "Not published.");
        area().layout(true);
    }

    private void state(int post, String text) {
        if (!table.isDisposed() && post >= 1 && post <= table.getItemCount()) {
            table.getItem(post - 1).setText(1, text);
        }
    }

    private Composite area() {
        return (Composite) getControl();
    }

    private PublishWizard wizard() {
        return (PublishWizard) getWizard();
    }

    /** The finished publish, null before; for the links page and tests. */
    public PublishResult result() {
        return result;
    }

    /** Why the last publish stopped, null when it did not; for tests. */
    public PublishException failure() {
        return failure;
    }

    /** No going back while a publish runs. */
    @Override
    public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
        return running() ? null : super.getPreviousPage();
    }

    /** Whether a publish runs. */
    public boolean running() {
        return job != null;
    }

    @Override
    public void dispose() {
        thumbnails.clear();
        super.dispose();
    }

    /** Shows the publisher's steps in the table (called on the job's thread). */
    private final class Shown implements PublishListener {
        private final Display display;

        Shown(Display display) {
            this.display = display;
        }

        @Override
        public void step(int post, int total, String what) {
            display.asyncExec(() -> {
                state(post, "sending");
                if (!status.isDisposed()) {
                    status.setText("Post " + post + " of " + total + ": " + what);
                }
            });
        }

        @Override
        public void waiting(Duration remaining, String why) {
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(why + ": waiting " + remaining.toSeconds() + " s");
                }
            });
        }

        @Override
        public void published(int post, int total, String url) {
            display.asyncExec(() -> {
                state(post, "published");
                if (!table.isDisposed() && post >= 1 && post <= table.getItemCount()) {
                    table.getItem(post - 1).setText(2, url);
                }
            });
        }

        @Override
        public boolean cancelled() {
            return stopRequested.get();
        }
    }
}
