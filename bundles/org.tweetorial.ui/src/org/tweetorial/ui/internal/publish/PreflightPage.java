package org.tweetorial.ui.internal.publish;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tweetorial.publish.PlannedImage;
import org.tweetorial.publish.PlannedPost;
import org.tweetorial.publish.PreflightIssue;
import org.tweetorial.publish.PublishException;
import org.tweetorial.publish.PublishPlan;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.publish.Publisher;

/**
 * The publisher's preflight ({@link Publisher#plan}): every post, its card and alt text as they will be sent, or
 * what must be fixed first. Nothing can be sent while it fails.
 */
public final class PreflightPage extends WizardPage {

    private Label summary;
    private Table table;
    private PublishPlan plan;
    private List<PreflightIssue> issues = List.of();
    private final Thumbnails thumbnails = new Thumbnails();

    PreflightPage() {
        super("preflight");
        setTitle("Preflight");
        setDescription("What will be sent, checked before anything is sent.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        summary = PostTable.status(area, 1);
        table = PostTable.create(area, 1);
        PostTable.column(table, "Post", 110);
        PostTable.column(table, "Text", 300);
        PostTable.column(table, "Card and alt text", 330);
        Button again = new Button(area, SWT.PUSH);
        again.setText("Check &Again");
        again.addListener(SWT.Selection, e -> check());
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            check();
        }
    }

    /** Runs the preflight (it exports the cards) with the wizard's progress bar and shows the result. */
    void check() {
        PublishRequest request = ((PublishWizard) getWizard()).request();
        plan = null;
        issues = List.of();
        String[] failure = new String[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Exporting the cards and checking every post", IProgressMonitor.UNKNOWN);
                try {
                    plan = Publisher.plan(request);
                } catch (PublishException e) {
                    issues = e.issues();
                    failure[0] = e.getMessage();
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = "The preflight failed: " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure[0] = "The preflight was interrupted.";
        }
        show(failure[0]);
    }

    private void show(String failure) {
        table.removeAll();
        thumbnails.clear();
        if (plan != null) {
            summary.setText(plan.posts().size() + " posts to " + plan.platform().displayName()
                    + ", each replying to the one before" + plan.language().map(l -> ", language " + l).orElse("")
                    + ". Journal: " + plan.journal().getFileName());
            plan.posts().forEach(this::row);
            setErrorMessage(null);
        } else {
            summary.setText(failure == null ? "" : failure);
            for (PreflightIssue issue : issues) {
                TableItem row = new TableItem(table, SWT.NONE);
                row.setText(new String[] { issue.post() > 0 ? "post " + issue.post() : "thread", issue.problem(),
                        issue.action() + " (" + issue.where() + ")" });
            }
            setErrorMessage((issues.isEmpty() ? "The preflight failed" : issues.size() + " problem(s) to fix")
                    + ": nothing can be sent until it passes. Fix the file, save it and check again.");
        }
        summary.getParent().layout(true);
        setPageComplete(plan != null);
    }

    private void row(PlannedPost post) {
        TableItem row = new TableItem(table, SWT.NONE);
        String images = post.images().stream().map(PreflightPage::describe).reduce((a, b) -> a + "; " + b)
                .orElse("no card");
        row.setText(new String[] { post.number() + (post.replyTo() > 0 ? " → " + post.replyTo() : ""),
                post.text().replace('\n', ' '), images });
        if (!post.images().isEmpty()) {
            row.setImage(0, thumbnails.of(table.getDisplay(), post.images().get(0)));
        }
    }

    private static String describe(PlannedImage image) {
        return image.file().getFileName() + " (" + image.width() + "x" + image.height() + ", " + image.size()
                + " bytes" + (image.reencoded().isEmpty() ? "" : ", " + image.reencoded()) + "): " + image.alt();
    }

    /** The checked plan, null while the preflight fails. */
    public PublishPlan plan() {
        return plan;
    }

    /** What the preflight found, for tests. */
    public List<PreflightIssue> issues() {
        return issues;
    }

    @Override
    public void dispose() {
        thumbnails.clear();
        super.dispose();
    }
}
