package org.tweetorial.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.tweetorial.export.ExportProblem;
import org.tweetorial.export.ExportResult;

/** Tells the author the export is done: what was written, what to look at, and a link to the output folder. */
final class ExportFinishedDialog extends Dialog {

    private final ExportResult result;

    ExportFinishedDialog(Shell parent, ExportResult result) {
        super(parent);
        this.result = result;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export finished");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        long kib = Math.max(1, result.totalBytes() / 1024);
        new Label(area, SWT.NONE).setText(result.files().size() + " file(s) written, " + kib + " KiB.");
        long errors = result.problems().stream().filter(ExportProblem::isError).count();
        long warnings = result.problems().stream().filter(p -> ExportProblem.WARNING.equals(p.severity())).count();
        if (errors + warnings > 0) {
            Label problems = new Label(area, SWT.WRAP);
            problems.setText(errors + " error(s) and " + warnings + " warning(s) to look at before posting; "
                    + "see the Problems view.");
            problems.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        Path folder = result.folder();
        Link link = new Link(area, SWT.NONE);
        link.setText("Output folder: <a>" + folder + "</a>");
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        link.addListener(SWT.Selection, e -> Program.launch(folder.toString()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
