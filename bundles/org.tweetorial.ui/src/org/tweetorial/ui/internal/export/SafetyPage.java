package org.tweetorial.ui.internal.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.SafetyCheck;
import org.tweetorial.export.SafetyItem;
import org.tweetorial.export.SafetyReport;

/**
 * The safety check before anything leaves the tool, as {@code tweetorial export} runs it: possible patient
 * identifiers, placeholder alt text, missing images, errors and missing credits. Finish stays disabled while
 * something blocks; a possible patient identifier passes only when fixed or when its post is marked as shared with
 * the patient's consent (a visible {@code <!-- consent -->} line in the source, which this page can add).
 */
final class SafetyPage extends WizardPage {

    static final String CONSENT_MARKER = "<!-- consent -->";

    private final IFile file;
    private final Path source;
    private SafetyReport report;
    private Table table;
    private Label summary;
    private Button consent;

    SafetyPage(IFile file, Path source) {
        super("safety");
        this.file = file;
        this.source = source;
        setTitle("Safety check");
        setDescription("What would leave the tool that should not: fix it, or mark a post as shared with consent.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        summary = new Label(area, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wide.widthHint = 560;
        summary.setLayoutData(wide);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        tableData.heightHint = 220;
        table.setLayoutData(tableData);
        column("", 70);
        column("Post", 45);
        column("Line", 45);
        column("What", 300);
        column("What to do", 300);
        table.addListener(SWT.Selection, e -> updateButtons());
        consent = new Button(area, SWT.PUSH);
        consent.setText("Mark Post as Shared with &Consent");
        consent.setToolTipText("Adds the line " + CONSENT_MARKER + " to the post: you state the patient agreed. "
                + "The handout then says \"Shared with the patient's consent\".");
        consent.addListener(SWT.Selection, e -> markSelectedPostConsented());
        Button again = new Button(area, SWT.PUSH);
        again.setText("Check &Again");
        again.addListener(SWT.Selection, e -> check());
        setControl(area);
        check();
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    /** Runs the check on the saved file and shows the result. */
    void check() {
        try {
            report = SafetyCheck.check(source, SafetyCheck.Policy.defaults());
        } catch (ExportException e) {
            report = null;
            summary.setText(e.getMessage());
            setErrorMessage("The file cannot be checked: fix it first.");
            setPageComplete(false);
            return;
        }
        table.removeAll();
        for (SafetyItem item : report.items()) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(new String[] { item.blocks() ? "blocks" : item.category() == SafetyItem.Category
                    .MISSING_CREDIT ? "note" : "warning", item.post() == 0 ? "" : String.valueOf(item.post()),
                    String.valueOf(item.line()), item.category().label() + ": " + item.message(), item.action() });
            row.setData(item);
        }
        long blocking = report.blocking().size();
        summary.setText(report.items().isEmpty() ? "Nothing found: the thread is ready to leave the tool."
                : report.items().size() + " finding(s), " + blocking + " of them block the export.");
        setErrorMessage(blocking == 0 ? null : blocking + " finding(s) must be dealt with before the export.");
        setPageComplete(blocking == 0);
        updateButtons();
    }

    private void updateButtons() {
        consent.setEnabled(selected().filter(i -> i.category() == SafetyItem.Category.PATIENT_IDENTIFIER
                && i.post() > 0).isPresent());
    }

    private Optional<SafetyItem> selected() {
        TableItem[] rows = table.getSelection();
        return rows.length == 1 && rows[0].getData() instanceof SafetyItem item ? Optional.of(item)
                : Optional.empty();
    }

    private void markSelectedPostConsented() {
        selected().ifPresent(item -> {
            markConsented(item.post());
            check();
        });
    }

    /**
     * Adds the consent marker at the end of a published post's Markdown, through the file's buffer (the open
     * editor's document when there is one), and saves it; returns false when the post cannot be found.
     */
    boolean markConsented(int postNumber) {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                IDocument document = buffer.getDocument();
                Optional<Post> post = post(document.get(), postNumber);
                if (post.isEmpty()) {
                    return false;
                }
                document.replace(post.get().range().endOffset(), 0, "\n\n" + CONSENT_MARKER);
                buffer.commit(null, true);
                return true;
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
            }
        } catch (CoreException | BadLocationException e) {
            setErrorMessage("Could not mark the post: " + e.getMessage());
            return false;
        }
    }

    private Optional<Post> post(String text, int number) {
        try {
            Tweetorial t = Tweetorials.parse(text, source.getParent());
            return t.posts().stream().filter(p -> p.number() == number && !p.generated()).findFirst();
        } catch (TweetorialException e) {
            return Optional.empty();
        }
    }

    /** The findings shown, for tests. */
    List<SafetyItem> items() {
        return report == null ? List.of() : report.items();
    }
}
