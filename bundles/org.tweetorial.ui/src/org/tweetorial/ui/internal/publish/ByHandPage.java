package org.tweetorial.ui.internal.publish;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tweetorial.publish.ExportedThread;
import org.tweetorial.publish.Publisher;

/**
 * X has no free posting API: a guided "post by hand". The cards are exported (with the export's safety check) and
 * the user goes post by post: the text is on the clipboard, the alt text and the card's folder are one click away,
 * the first post can be opened in X's web intent, and "Next Post" moves on when the user has posted this one.
 */
public final class ByHandPage extends WizardPage {

    static final String INTENT = "https://x.com/intent/tweet?text=";

    private List<ExportedThread.Post> posts = List.of();
    private int current;
    private Label position;
    private Text text;
    private Text alt;
    private Button next;
    private Button intent;

    ByHandPage() {
        super("byhand");
        setTitle("Post on X by hand");
        setDescription("X has no free API: paste each post (its text is on the clipboard), attach its card with "
                + "the alt text, then press Next Post.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(4, false));
        position = new Label(area, SWT.NONE);
        position.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        text = area(area, 120);
        new Label(area, SWT.NONE).setText("Alt text of the card:");
        new Label(area, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        alt = area(area, 60);
        button(area, "Copy &Text", () -> copy(text.getText()));
        button(area, "Copy &Alt Text", () -> copy(alt.getText()));
        button(area, "Open Card &Folder", this::openCardFolder);
        intent = button(area, "Open in &X", this::openIntent);
        next = button(area, "&Next Post", () -> show(current + 1));
        setControl(area);
    }

    private static Text area(Composite parent, int height) {
        Text area = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        data.heightHint = height;
        data.widthHint = 600;
        area.setLayoutData(data);
        return area;
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && posts.isEmpty()) {
            export();
        }
    }

    private void export() {
        Path source = ((PublishWizard) getWizard()).source();
        Path folder = Publisher.byHandCardsFolder(source);
        String[] failure = new String[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Exporting the cards", IProgressMonitor.UNKNOWN);
                try {
                    posts = ExportedThread.export(source, folder, false).posts();
                } catch (ExportedThread.Unsafe e) {
                    failure[0] = e.getMessage();
                } catch (org.tweetorial.export.ExportException | IOException | RuntimeException e) {
                    failure[0] = "The cards cannot be exported: " + e.getMessage();
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = "The cards cannot be exported: " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        setErrorMessage(failure[0]);
        if (failure[0] == null && !posts.isEmpty()) {
            show(0);
        }
    }

    /** Shows post {@code index} (0-based) and puts its text on the clipboard. */
    public void show(int index) {
        if (index >= posts.size()) {
            position.setText("All " + posts.size() + " posts done. Finish closes this wizard.");
            next.setEnabled(false);
            return;
        }
        current = index;
        ExportedThread.Post post = posts.get(index);
        position.setText("Post " + (index + 1) + " of " + posts.size() + (index == 0 ? ": start the thread"
                : ": reply to post " + index) + ". Its text is on the clipboard.");
        text.setText(post.text());
        alt.setText(post.alt() == null ? "" : post.alt());
        intent.setEnabled(index == 0);
        next.setText(index + 1 == posts.size() ? "&Done" : "&Next Post");
        copy(post.text());
        ((Composite) getControl()).layout(true);
    }

    private void copy(String value) {
        if (value.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { value }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void openCardFolder() {
        if (current < posts.size() && posts.get(current).card() != null) {
            Program.launch(posts.get(current).card().getParent().toString());
        }
    }

    private void openIntent() {
        Program.launch(intentUrl(text.getText()));
    }

    /** X's web intent with the text filled in. */
    public static String intentUrl(String text) {
        return INTENT + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The post shown (0-based) and the number of posts; for tests. */
    public int current() {
        return current;
    }

    public int count() {
        return posts.size();
    }
}
