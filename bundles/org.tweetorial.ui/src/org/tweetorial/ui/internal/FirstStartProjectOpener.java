package org.tweetorial.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.tweetorial.ui.TweetorialUi;

/**
 * On the first start of an empty workspace, opens the folder named by {@link TweetorialUi#OPEN_PROJECT_PROPERTY}
 * (the bundled examples) as a project, so that a newcomer sees real tweetorials at once. The folder is linked,
 * not copied: nothing the user wrote is moved.
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
            return Status.OK_STATUS;
        }
    }
}
