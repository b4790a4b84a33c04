package org.tweetorial.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** Creates a tweetorial project: a first thread from a template and an {@code images/} folder. */
public final class NewTweetorialProjectWizard extends Wizard implements INewWizard {

    public static final String ID = "org.tweetorial.ui.newProject";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage projectPage;
    private TemplateSelectionPage templatePage;

    public NewTweetorialProjectWizard() {
        setWindowTitle("New Tweetorial Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
    }

    @Override
    public void addPages() {
        projectPage = new WizardNewProjectCreationPage("project");
        projectPage.setTitle("New tweetorial project");
        projectPage.setDescription("A folder for your threads, their images and card themes.");
        projectPage.setInitialProjectName("my-tweetorials");
        addPage(projectPage);
        templatePage = new TemplateSelectionPage();
        addPage(templatePage);
    }

    @Override
    public boolean performFinish() {
        IProject project = projectPage.getProjectHandle();
        TweetorialTemplate template = templatePage.selected();
        IFile file = project.getFile(template.suggestedFileName());
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
                IProjectDescription description = ResourcesPlugin.getWorkspace()
                        .newProjectDescription(project.getName());
                if (!projectPage.useDefaults()) {
                    description.setLocationURI(projectPage.getLocationURI());
                }
                project.create(description, progress.split(1));
                project.open(progress.split(1));
                project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
                IFolder images = project.getFolder("images");
                images.create(true, true, progress.split(1));
                file.create(new ByteArrayInputStream(template.text().getBytes(StandardCharsets.UTF_8)), true,
                        progress.split(1));
            }
        };
        try {
            getContainer().run(true, true, create);
        } catch (InvocationTargetException e) {
            projectPage.setErrorMessage("The project could not be created: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
        } catch (PartInitException e) {
            return true;
        }
        return true;
    }
}
