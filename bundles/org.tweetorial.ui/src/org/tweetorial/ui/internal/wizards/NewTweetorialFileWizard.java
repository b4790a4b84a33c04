package org.tweetorial.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** Creates a tweetorial Markdown file from a template and opens it. */
public final class NewTweetorialFileWizard extends Wizard implements INewWizard {

    public static final String ID = "org.tweetorial.ui.newFile";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private TemplateSelectionPage templatePage;
    private WizardNewFileCreationPage filePage;

    public NewTweetorialFileWizard() {
        setWindowTitle("New Tweetorial");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        workbench = newWorkbench;
        selection = withDefaultContainer(newSelection);
    }

    /** The selection, or the educator's own project when nothing in the workspace is selected. */
    private static IStructuredSelection withDefaultContainer(IStructuredSelection chosen) {
        if (chosen != null && chosen.getFirstElement() instanceof org.eclipse.core.resources.IResource) {
            return chosen;
        }
        org.eclipse.core.resources.IProject project =
                org.tweetorial.ui.internal.FirstStartProjectOpener.educatorsProject();
        return project == null ? chosen : new org.eclipse.jface.viewers.StructuredSelection(project);
    }

    @Override
    public void addPages() {
        templatePage = new TemplateSelectionPage();
        addPage(templatePage);
        filePage = new WizardNewFileCreationPage("file", selection) {
            @Override
            protected java.io.InputStream getInitialContents() {
                return new ByteArrayInputStream(templatePage.selected().text().getBytes(StandardCharsets.UTF_8));
            }
        };
        filePage.setTitle("New tweetorial file");
        filePage.setDescription("Where the thread's Markdown file goes.");
        filePage.setFileExtension("md");
        filePage.setFileName("my-tweetorial.md");
        addPage(filePage);
    }

    @Override
    public boolean performFinish() {
        IFile file = filePage.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            filePage.setErrorMessage("Created, but could not open: " + e.getMessage());
        }
        return true;
    }

    /** Chooses a template and the new file's name, as the pages do; for tests. */
    public void choose(TweetorialTemplate template, String fileName) {
        templatePage.select(template);
        filePage.setFileName(fileName);
    }

    /** The page choosing the template, for tests. */
    public TemplateSelectionPage templatePage() {
        return templatePage;
    }
}
