package org.tweetorial.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tweetorial.ui.TweetorialUi;

/**
 * On the first start of an empty workspace, opens the folder named by {@link TweetorialUi#OPEN_PROJECT_PROPERTY}
 * (the bundled examples) as a project and opens {@value #PREFERRED_EXAMPLE} (or the first Markdown file) in the
 * editor, so that a newcomer sees a real tweetorial at once. The folder is linked, not copied: nothing the user
 * wrote is moved. Only cheap work happens here; the project is opened in a workspace job.
 */
public final class FirstStartProjectOpener implements IStartup {

    @Override
    public void earlyStartup() {
        String folder = System.getProperty(TweetorialUi.OPEN_PROJECT_PROPERTY);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (folder == null || folder.isBlank() || workspace.getRoot().getProjects().length > 0) {
            return;
        }
        Path location = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(location)) {
            return;
        }
        new OpenFolderJob(workspace, location).schedule();
    }

    /** The example a newcomer sees first. */
    static final String PREFERRED_EXAMPLE = "frank-starling.md";

    private static final class OpenFolderJob extends WorkspaceJob {
        private final IWorkspace workspace;
        private final Path location;

        OpenFolderJob(IWorkspace workspace, Path location) {
            super("Opening " + location.getFileName());
            this.workspace = workspace;
            this.location = location;
            setRule(workspace.getRoot());
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            IProject project = workspace.getRoot().getProject(location.getFileName().toString());
            if (!project.exists()) {
                IProjectDescription description = workspace.newProjectDescription(project.getName());
                description.setLocation(org.eclipse.core.runtime.Path.fromOSString(location.toString()));
                project.create(description, monitor);
            }
            project.open(monitor);
            // Tweetorials are UTF-8 (emoji, accents); saying so also silences the platform's "no explicit encoding".
            if (project.getDefaultCharset(false) == null) {
                project.setDefaultCharset(StandardCharsets.UTF_8.name(), monitor);
            }
            IFile example = firstExample(project);
            if (example != null && PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openInEditor(example));
            }
            return Status.OK_STATUS;
        }

        /** {@value #PREFERRED_EXAMPLE} if the folder has it, else the first Markdown file by name. */
        private static IFile firstExample(IProject project) throws CoreException {
            IFile preferred = project.getFile(PREFERRED_EXAMPLE);
            if (preferred.exists()) {
                return preferred;
            }
            return java.util.Arrays.stream(project.members()).filter(IFile.class::isInstance).map(IFile.class::cast)
                    .filter(f -> "md".equalsIgnoreCase(f.getFileExtension()))
                    .min(java.util.Comparator.comparing(IFile::getName)).orElse(null);
        }

        private static void openInEditor(IFile file) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                IDE.openEditor(window.getActivePage(), file, true);
            } catch (PartInitException e) {
                ILog.of(FirstStartProjectOpener.class).warn("Could not open " + file.getName() + ": " + e);
            }
        }
    }
}
