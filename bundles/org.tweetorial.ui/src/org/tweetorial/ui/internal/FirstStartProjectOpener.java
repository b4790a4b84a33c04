package org.tweetorial.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
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
 * wrote is moved. An installed product names its examples with {@link TweetorialUi#COPY_EXAMPLES_PROPERTY} instead:
 * they live in the read-only install folder, so they are copied into the workspace, where the user can edit them.
 * Only cheap work happens here; the project is opened in a workspace job.
 */
public final class FirstStartProjectOpener implements IStartup {

    @Override
    public void earlyStartup() {
        String linked = System.getProperty(TweetorialUi.OPEN_PROJECT_PROPERTY);
        String copied = System.getProperty(TweetorialUi.COPY_EXAMPLES_PROPERTY);
        boolean copy = isBlank(linked);
        String folder = copy ? copied : linked;
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (isBlank(folder) || workspace.getRoot().getProjects().length > 0) {
            return;
        }
        Path location = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(location)) {
            return;
        }
        new OpenFolderJob(workspace, location, copy).schedule();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The example a newcomer sees first. */
    static final String PREFERRED_EXAMPLE = "frank-starling.md";

    private static final class OpenFolderJob extends WorkspaceJob {
        private final IWorkspace workspace;
        private final Path location;
        private final boolean copy;

        OpenFolderJob(IWorkspace workspace, Path location, boolean copy) {
            super("Opening " + location.getFileName());
            this.workspace = workspace;
            this.location = location;
            this.copy = copy;
            setRule(workspace.getRoot());
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            IProject project = workspace.getRoot().getProject(location.getFileName().toString());
            if (!project.exists()) {
                IProjectDescription description = workspace.newProjectDescription(project.getName());
                if (!copy) {
                    description.setLocation(org.eclipse.core.runtime.Path.fromOSString(location.toString()));
                }
                project.create(description, monitor);
            }
            project.open(monitor);
            if (copy) {
                copyTree(location, project.getLocation().toPath());
                project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            }
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

        /** Copies the files under {@code from} into {@code to}, keeping files that already exist there. */
        private static void copyTree(Path from, Path to) throws CoreException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!Files.exists(target)) {
                        Files.copy(source, target);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new CoreException(Status.error("Could not copy the examples from " + from + ": " + e, e));
            }
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
