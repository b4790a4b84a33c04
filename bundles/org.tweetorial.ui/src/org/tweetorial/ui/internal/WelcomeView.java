package org.tweetorial.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tweetorial.ui.internal.help.FormatGuideView;
import org.tweetorial.ui.internal.wizards.NewTweetorialFileWizard;

/** The first page a newcomer sees: how to start, and the few things to know. */
public final class WelcomeView {

    public static final String ID = "org.tweetorial.ui.welcome";

    static final String[] THINGS_TO_KNOW = {
        "One Markdown file is one thread: posts are separated by a line holding only ---.",
        "The Thread Preview shows each post as it will be published, with its card and exact counts per platform.",
        "Problems (too long, missing alt text, possible patient identifiers) are underlined as you type; "
                + "Ctrl+1 offers fixes. Nothing leaves the tool before the safety check passes.",
    };

    private Composite area;

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 20;
        layout.verticalSpacing = 10;
        area.setLayout(layout);
        Label title = new Label(area, SWT.NONE);
        title.setText("Welcome to Tweetorial Studio");
        title.setFont(JFaceResources.getHeaderFont());
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Write a teaching thread as one Markdown file, see it as each platform shows it, and export "
                + "cards, a handout and slides. Your files live in the project \"" + FirstStartProjectOpener.PROJECT
                + "\" of your workspace; the examples there are copies to play with.");
        intro.setLayoutData(wide());
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        button(buttons, "New tweetorial\u2026", this::newTweetorial);
        button(buttons, "Open an example", this::openExample);
        button(buttons, "Format guide", this::formatGuide);
        Label things = new Label(area, SWT.NONE);
        things.setText("Three things to know");
        things.setFont(JFaceResources.getBannerFont());
        for (String thing : THINGS_TO_KNOW) {
            Label line = new Label(area, SWT.WRAP);
            line.setText("\u2022 " + thing);
            line.setLayoutData(wide());
        }
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 520;
        return data;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** Opens the New Tweetorial wizard in the educator's project. */
    void newTweetorial() {
        NewTweetorialFileWizard wizard = new NewTweetorialFileWizard();
        IProject project = FirstStartProjectOpener.educatorsProject();
        wizard.init(PlatformUI.getWorkbench(), project == null ? StructuredSelection.EMPTY
                : new StructuredSelection(project));
        new WizardDialog(area.getShell(), wizard).open();
    }

    /** Opens the first example of the educator's project. */
    void openExample() {
        IProject project = FirstStartProjectOpener.educatorsProject();
        IFile example = project == null ? null
                : project.getFile("examples/" + FirstStartProjectOpener.PREFERRED_EXAMPLE);
        if (example == null || !example.exists()) {
            return;
        }
        try {
            IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), example, true);
        } catch (PartInitException e) {
            ILog.of(WelcomeView.class).warn("Could not open " + example.getName() + ": " + e);
        }
    }

    private void formatGuide() {
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(FormatGuideView.ID);
        } catch (PartInitException e) {
            ILog.of(WelcomeView.class).warn("Could not open the format guide: " + e);
        }
    }

    @Focus
    public void setFocus() {
        area.setFocus();
    }

    @PreDestroy
    public void dispose() {
        OpenViews.closed(this);
    }
}
