package org.tweetorial.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
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
import org.tweetorial.export.ExportResult;
import org.tweetorial.ui.internal.problems.ProblemMarkers;

/** Tells the author the export is done: what was written, what to look at, and a link to the output folder. */
final class ExportFinishedDialog extends Dialog {

    private final ExportResult result;
    private final IFile file;
    private String summary = "";

    ExportFinishedDialog(Shell parent, ExportResult result, IFile file) {
        super(parent);
        this.result = result;
        this.file = file;
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
        int[] counts = markerCounts(file);
        long notes = result.problems().stream().filter(p -> !p.message().startsWith("[")).count();
        summary = counts[0] + " error(s) and " + counts[1] + " warning(s) in the Problems view"
                + (notes > 0 ? "; " + notes + " note(s) from the export (images, fonts, sizes)" : "")
                + (counts[0] + counts[1] + notes > 0 ? ": look at them before posting." : ".");
        Label problems = new Label(area, SWT.WRAP);
        problems.setText(summary);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 480;
        problems.setLayoutData(wide);
        Path folder = result.folder();
        Link link = new Link(area, SWT.NONE);
        link.setText("Output folder: <a>" + folder + "</a> (also in the Project Explorer when it is in a project)");
        link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        link.addListener(SWT.Selection, e -> Program.launch(folder.toString()));
        return area;
    }

    /** Errors and warnings of the file's problem markers: the same numbers as the Problems view. */
    static int[] markerCounts(IFile file) {
        int[] counts = new int[2];
        if (file == null || !file.exists()) {
            return counts;
        }
        try {
            for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                if (severity == IMarker.SEVERITY_ERROR) {
                    counts[0]++;
                } else if (severity == IMarker.SEVERITY_WARNING) {
                    counts[1]++;
                }
            }
        } catch (CoreException e) {
            // no markers to count
        }
        return counts;
    }

    /** The problems sentence shown; for tests. */
    String summary() {
        return summary;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
