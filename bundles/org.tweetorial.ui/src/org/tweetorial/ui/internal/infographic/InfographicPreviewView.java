package org.tweetorial.ui.internal.infographic;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.infographic.LaidOutInfographic;
import org.tweetorial.render.infographic.RenderedInfographic;
import org.tweetorial.ui.internal.OpenViews;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;

/**
 * Shows the infographic in the followed editor as the headless renderer draws it (the same PNG as {@code export}'s
 * {@code infographic.png}), redrawn in a job after each pause in typing from the page the analysis laid out to check
 * it (one layout per pause, see {@link org.tweetorial.ui.internal.analysis.SnapshotBuilder}); zoom to fit or 100%;
 * the renderer's problems (text cut, low contrast, unknown icons, bad tables) listed with their lines below the page.
 */
public final class InfographicPreviewView implements ActiveTweetorial.Listener {

    public static final String ID = "org.tweetorial.ui.infographicPreview";

    private Button fit;
    private Label status;
    private InfographicCanvas canvas;
    private org.eclipse.swt.widgets.List problemList;
    private final RenderJob job = new RenderJob();
    /** The laid-out page shown or being drawn; a snapshot with the same page needs no new picture. */
    private LaidOutInfographic shownPage;
    private volatile int rendered;
    private volatile long lastRenderMillis = -1;

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        parent.setLayout(layout);
        fit = new Button(parent, SWT.RADIO);
        fit.setText("Fit");
        fit.setSelection(true);
        Button actual = new Button(parent, SWT.RADIO);
        actual.setText("100%");
        fit.addListener(SWT.Selection, e -> canvas.setFit(fit.getSelection()));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new InfographicCanvas(parent);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        problemList = new org.eclipse.swt.widgets.List(parent, SWT.V_SCROLL | SWT.SINGLE);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        listData.heightHint = 60;
        problemList.setLayoutData(listData);
        ActiveTweetorial.addListener(this);
    }

    @Override
    public void snapshotChanged(ActiveTweetorial.Source source, DocumentSnapshot snapshot) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (source == null || snapshot.infographic().isEmpty()) {
            if (snapshot.version() >= 0 || source == null) {
                shownPage = null;
                job.cancel();
                canvas.setImage(null);
                status.setText(source == null ? "Open an infographic (kind: infographic) to see it here."
                        : "Not an infographic: its front matter has no kind: infographic.");
                problemList.removeAll();
            }
            return;
        }
        if (snapshot.laidOutInfographic().isEmpty()) {
            if (snapshot.linted()) {
                // the page could not be laid out: the analysis says why
                shownPage = null;
                job.cancel();
                showFailure(snapshot.problems().stream().filter(p -> "internal".equals(p.ruleId()))
                        .map(Problem::message).findFirst().orElse("the page could not be laid out"));
                problemList.setItems(snapshot.problems().stream().map(InfographicPreviewView::describe)
                        .toArray(String[]::new));
            }
            // else: the quick parsed snapshot; the linted one with the laid-out page follows
            return;
        }
        LaidOutInfographic page = snapshot.laidOutInfographic().get();
        if (page == shownPage) {
            return;
        }
        shownPage = page;
        job.render(page);
    }

    private void show(RenderedInfographic page) {
        if (canvas.isDisposed()) {
            return;
        }
        canvas.setImage(new ImageData(new ByteArrayInputStream(page.bytes())));
        status.setText(page.width() + " \u00d7 " + page.height() + " px, " + page.problems().size() + " problem(s)");
        problemList.setItems(page.problems().stream().map(InfographicPreviewView::describe).toArray(String[]::new));
        rendered++;
    }

    private void showFailure(String message) {
        if (!canvas.isDisposed()) {
            canvas.setImage(null);
            status.setText("Could not render: " + message);
        }
    }

    private static String describe(Problem problem) {
        return "Line " + problem.range().startLine() + ": " + problem.message() + " [" + problem.ruleId() + "]";
    }

    /** How many pages this view has shown; for tests. */
    public int renderedCount() {
        return rendered;
    }

    /**
     * How long drawing the latest laid-out page took in the job (the layout is timed with the analysis), in
     * milliseconds, -1 before; for tests and benchmarks.
     */
    public long lastRenderMillis() {
        return lastRenderMillis;
    }

    /** The laid-out page shown (or being drawn), null for none; for tests. */
    public LaidOutInfographic shownPage() {
        return shownPage;
    }

    /** The page shown, null for none; for tests. */
    public ImageData shownImage() {
        return canvas.image();
    }

    /** The problems listed under the page; for tests. */
    public List<String> problems() {
        return List.of(problemList.getItems());
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }

    @PreDestroy
    public void dispose() {
        job.cancel();
        OpenViews.closed(this);
        ActiveTweetorial.removeListener(this);
    }

    /** Draws the latest laid-out page asked for; a newer request cancels an older drawing's result. */
    private final class RenderJob extends Job {
        private volatile LaidOutInfographic next;

        RenderJob() {
            super("Rendering infographic");
            setSystem(true);
            setPriority(Job.SHORT);
        }

        void render(LaidOutInfographic page) {
            next = page;
            cancel();
            schedule();
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            LaidOutInfographic request = next;
            if (request == null) {
                return Status.OK_STATUS;
            }
            Display display = canvas.getDisplay();
            try {
                long start = System.nanoTime();
                RenderedInfographic page = WorkbenchInfographics.renderer().render(request);
                lastRenderMillis = (System.nanoTime() - start) / 1_000_000;
                if (!monitor.isCanceled() && request == next) {
                    display.asyncExec(() -> show(page));
                }
            } catch (CardRenderException | RuntimeException e) {
                if (request == next) {
                    display.asyncExec(() -> showFailure(e.getMessage()));
                }
            }
            return Status.OK_STATUS;
        }
    }
}
