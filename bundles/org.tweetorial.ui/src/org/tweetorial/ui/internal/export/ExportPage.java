package org.tweetorial.ui.internal.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The file exported, the output folder, and the outputs to write (or everything). */
final class ExportPage extends WizardPage {

    private final Path source;
    private final Path defaultFolder;
    private final Map<ExportOutput, Button> outputButtons = new EnumMap<>(ExportOutput.class);
    private Text folderText;
    private Button everything;

    ExportPage(Path source, Path defaultFolder) {
        super("export");
        this.source = source;
        this.defaultFolder = defaultFolder;
        setTitle("Export tweetorial");
        setDescription("Write cards, a handout and the thread text of " + source.getFileName() + ".");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Output folder:");
        folderText = new Text(area, SWT.BORDER);
        folderText.setText(defaultFolder.toString());
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folderText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> browse());
        Label what = new Label(area, SWT.NONE);
        what.setText("Outputs:");
        what.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
        everything = checkbox(area, "Everything available");
        everything.addListener(SWT.Selection, e -> selectEverything(everything.getSelection()));
        for (ExportOutput output : ExportOutput.values()) {
            Button button = checkbox(area, output.label());
            ((GridData) button.getLayoutData()).horizontalIndent = 20;
            button.setEnabled(output.available());
            button.setSelection(output.available());
            button.addListener(SWT.Selection, e -> validate());
            outputButtons.put(output, button);
        }
        everything.setSelection(true);
        setControl(area);
        validate();
    }

    private static Button checkbox(Composite area, String text) {
        Button button = new Button(area, SWT.CHECK);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        return button;
    }

    private void selectEverything(boolean all) {
        outputButtons.forEach((output, button) -> button.setSelection(all && output.available()));
        validate();
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folderText.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folderText.setText(chosen);
        }
    }

    private void validate() {
        String message = null;
        if (folderText.getText().isBlank()) {
            message = "Choose an output folder.";
        } else if (outputs().isEmpty()) {
            message = "Choose at least one output.";
        }
        setErrorMessage(message);
        setPageComplete(message == null);
    }

    Set<ExportOutput> outputs() {
        Set<ExportOutput> chosen = EnumSet.noneOf(ExportOutput.class);
        outputButtons.forEach((output, button) -> {
            if (button.getSelection()) {
                chosen.add(output);
            }
        });
        return chosen;
    }

    Path folder() {
        return Path.of(folderText.getText().strip());
    }

    Path source() {
        return source;
    }
}
