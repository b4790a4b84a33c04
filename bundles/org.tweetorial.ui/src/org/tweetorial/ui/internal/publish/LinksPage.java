package org.tweetorial.ui.internal.publish;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.tweetorial.publish.PublishResult;

/** The published thread: a link to every post, opened in the system browser. */
public final class LinksPage extends WizardPage {

    private Composite links;
    private final List<String> shown = new ArrayList<>();

    LinksPage() {
        super("links");
        setTitle("Published");
        setDescription("Every post of the thread, in order. Click to open it in the browser.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        links = new Composite(parent, SWT.NONE);
        links.setLayout(new GridLayout(1, false));
        setControl(links);
    }

    @Override
    public void setVisible(boolean visible) {
        PublishResult result = ((PublishWizard) getWizard()).result();
        if (visible && result != null && shown.isEmpty()) {
            show(result);
        }
        super.setVisible(visible);
    }

    private void show(PublishResult result) {
        int number = 1;
        for (String url : result.urls()) {
            Link link = new Link(links, SWT.NONE);
            link.setText("Post " + number++ + ": <a href=\"" + url + "\">" + url + "</a>");
            link.addListener(SWT.Selection, e -> Program.launch(e.text));
            shown.add(url);
        }
        Label journal = new Label(links, SWT.WRAP);
        journal.setText("Journal: " + result.journal().getFileName() + " (" + result.sent() + " sent now, "
                + result.skipped() + " published before)");
        links.layout(true);
        setPageComplete(true);
    }

    /** The thread is published: nothing to go back to. */
    @Override
    public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
        return null;
    }

    /** The addresses shown as links; for tests. */
    public List<String> links() {
        return List.copyOf(shown);
    }
}
