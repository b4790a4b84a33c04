package org.tweetorial.ui.internal.export;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.ui.internal.cards.WorkbenchCards;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/**
 * File &gt; Export &gt; Tweetorial: writes the chosen outputs of the selected (or edited) tweetorial in a cancelable
 * job; when it ends, a dialog links to the output folder.
 */
public final class ExportWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.tweetorial.ui.export";

    private IFile file;
    private ExportPage page;
    private ExportJob job;
    private ExportFinishedDialog finished;

    public ExportWizard() {
        setWindowTitle("Export Tweetorial");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null && selection.getFirstElement() instanceof IFile selected) {
            file = selected;
        } else if (workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getActivePage() != null
                && workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() instanceof TweetorialEditor
                        editor) {
            file = editor.file();
        }
    }

    /** Exports this file, for callers that know it. */
    public void setFile(IFile newFile) {
        file = newFile;
    }

    @Override
    public void addPages() {
        if (file == null || file.getLocation() == null) {
            addPage(new NoFilePage());
            return;
        }
        Path source = file.getLocation().toFile().toPath();
        page = new ExportPage(source, Exporter.defaultFolder(source), hasUnsavedChanges(file));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        if (page == null) {
            return true;
        }
        Display display = getShell().getDisplay();
        ExportRequest request = ExportRequest.of(page.source()).withOutputDir(page.folder().toAbsolutePath())
                .withArtifacts(page.outputs()).withCardDefaults(WorkbenchCards.preferences())
                .withCardChoices(page.cardChoices()).withSlideNotes(page.slideNotes());
        page.remember();
        Optional<org.tweetorial.export.PaperSize> paper = page.paper();
        if (paper.isPresent()) {
            request = request.withPaper(paper.get());
        }
        IFile exported = file;
        job = new ExportJob(request, result -> display.asyncExec(() -> announce(display, result, exported)));
        job.schedule();
        return true;
    }

    private static boolean hasUnsavedChanges(IFile file) {
        if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null
                || PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage() == null) {
            return false;
        }
        IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findEditor(new FileEditorInput(file));
        return editor != null && editor.isDirty();
    }

    /** The problems sentence of the dialog shown when the export finished, null before; for tests. */
    public String finishedSummary() {
        return finished == null ? null : finished.summary();
    }

    /** Closes the dialog shown when the export finished, if open; for tests. */
    public void closeFinished() {
        if (finished != null) {
            finished.close();
        }
    }

    /** The job of the export started by Finish, null before; for tests. */
    public ExportJob job() {
        return job;
    }

    private void announce(Display display, ExportResult result, IFile exported) {
        if (display.isDisposed()) {
            return;
        }
        org.eclipse.swt.widgets.Shell parent = display.getActiveShell();
        if (parent == null && PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
            parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        }
        if (parent != null) {
            finished = new ExportFinishedDialog(parent, result, exported);
            finished.open();
        }
    }

    /** Says what to select when nothing exportable is. */
    private static final class NoFilePage extends WizardPage {
        NoFilePage() {
            super("nofile");
            setTitle("Export tweetorial");
            setErrorMessage("Select a tweetorial (.md) file or open it in the editor, then export again.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Label label = new Label(parent, SWT.WRAP);
            label.setText("Nothing to export.");
            setControl(label);
        }
    }
}
