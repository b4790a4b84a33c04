package org.tweetorial.ui.internal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportedThread;
import org.tweetorial.importer.Importer;

/**
 * The one page of the import wizard: the source (file or folder), and a table of the threads the importer found in
 * it (first post, date, length) to tick; what could not be read is shown under the table.
 */
public final class ImportSourcePage extends WizardPage {

    private final String target;
    private Text source;
    private Table table;
    private Label problems;
    private ArchiveScan scan;

    ImportSourcePage(String target) {
        super("source");
        this.target = target;
        setTitle("Import Tweetorials from an Archive");
        setDescription("An X data archive (zip, folder or tweets.js), a Bluesky .car, a Mastodon archive "
                + "(zip, folder or outbox.json) or a text file.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(4, false));
        new Label(c, SWT.NONE).setText("Source:");
        source = new Text(c, SWT.BORDER | SWT.SINGLE);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        source.addListener(SWT.DefaultSelection, e -> scan(source.getText()));
        button(c, "File…", () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.zip;*.car;*.js;*.json;*.txt;*.md", "*.*"});
            return d.open();
        });
        button(c, "Folder…", () -> new DirectoryDialog(getShell()).open());
        table = new Table(c, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData grid = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        grid.heightHint = 220;
        table.setLayoutData(grid);
        column("First post", 430);
        column("Date", 95);
        column("Posts", 55);
        table.addListener(SWT.Selection, e -> updateComplete());
        problems = new Label(c, SWT.WRAP);
        problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        Label into = new Label(c, SWT.NONE);
        into.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        into.setText("Into: " + target + "   (images into images/, with their alt text and a credit to fill in)");
        setControl(c);
    }

    private void button(Composite c, String label, java.util.function.Supplier<String> chooser) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> {
            String chosen = chooser.get();
            if (chosen != null) {
                source.setText(chosen);
                scan(chosen);
            }
        });
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name);
        column.setWidth(width);
    }

    /** Scans {@code path} and lists its threads; a single thread is ticked. */
    public void scan(String path) {
        if (!source.getText().equals(path)) {
            source.setText(path);
        }
        table.removeAll();
        scan = null;
        problems.setText("");
        if (path.isBlank() || !Files.exists(Path.of(path.strip()))) {
            setErrorMessage(path.isBlank() ? null : path.strip() + ": no such file or folder");
            updateComplete();
            return;
        }
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                scan = Importer.scan(Path.of(path.strip()));
                setErrorMessage(scan.threads().isEmpty() ? "No thread found in " + Path.of(path).getFileName()
                        + " (a thread is a post with at least one reply of its author's own)." : null);
            } catch (ImportException e) {
                setErrorMessage(e.getMessage());
            }
        });
        if (scan != null) {
            for (ImportedThread thread : scan.threads()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {thread.firstPost(), thread.date().map(d -> d.atZone(ZoneOffset.UTC)
                        .toLocalDate().toString()).orElse(""), String.valueOf(thread.length())});
                item.setData(thread);
                item.setChecked(scan.threads().size() == 1);
            }
            problems.setText(summary(scan.problems()));
            problems.getParent().layout(true, true);
        }
        updateComplete();
    }

    private static String summary(List<String> found) {
        if (found.isEmpty()) {
            return "";
        }
        return found.size() + " part(s) could not be imported; the rest can be: " + found.get(0)
                + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : "");
    }

    /** Ticks the thread with this id (for tests and callers that know it). */
    public void check(String id) {
        for (TableItem item : table.getItems()) {
            if (((ImportedThread) item.getData()).id().equals(id)) {
                item.setChecked(true);
            }
        }
        updateComplete();
    }

    public List<ImportedThread> chosen() {
        List<ImportedThread> chosen = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                chosen.add((ImportedThread) item.getData());
            }
        }
        return chosen;
    }

    public Table table() {
        return table;
    }

    public List<String> problems() {
        return scan == null ? List.of() : scan.problems();
    }

    private void updateComplete() {
        setPageComplete(!chosen().isEmpty());
    }
}
