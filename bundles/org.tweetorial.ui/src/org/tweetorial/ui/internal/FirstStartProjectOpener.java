package org.tweetorial.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tweetorial.ui.TweetorialUi;

/**
 * On the first start of an empty workspace, creates the educator's own project {@value #PROJECT} inside the
 * workspace (never in the install folder) with a copy of the bundled examples in {@code examples/} to play with,
 * opens {@value #PREFERRED_EXAMPLE} and the Welcome view. The examples folder is named by
 * {@link TweetorialUi#OPEN_PROJECT_PROPERTY}; it is only read.
 */
public final class FirstStartProjectOpener implements IStartup {

    /** The educator's project, where new tweetorials and exports go by default. */
    public static final String PROJECT = "Tweetorials";
    /** The example a newcomer sees first. */
    static final String PREFERRED_EXAMPLE = "frank-starling.md";

    @Override
    public void earlyStartup() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        if (workspace.getRoot().getProjects().length > 0) {
            return;
        }
        String folder = System.getProperty(TweetorialUi.OPEN_PROJECT_PROPERTY);
        Path examples = folder == null || folder.isBlank() ? null : Path.of(folder).toAbsolutePath().normalize();
        new CreateProjectJob(workspace, examples != null && Files.isDirectory(examples) ? examples : null).schedule();
    }

    /** The educator's project if it exists and is open, else null. */
    public static IProject educatorsProject() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        return project.isAccessible() ? project : null;
    }

    /** Creates the project, copies the examples, opens one and the Welcome view. */
    static final class CreateProjectJob extends WorkspaceJob {
        private final IWorkspace workspace;
        private final Path examples;

        CreateProjectJob(IWorkspace workspace, Path examples) {
            super("Creating your Tweetorials project");
            this.workspace = workspace;
            this.examples = examples;
            setRule(workspace.getRoot());
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            IProject project = workspace.getRoot().getProject(PROJECT);
            if (!project.exists()) {
                project.create(monitor);
            }
            project.open(monitor);
            // Tweetorials are UTF-8 (emoji, accents); saying so also silences the platform's "no explicit encoding".
            if (project.getDefaultCharset(false) == null) {
                project.setDefaultCharset(StandardCharsets.UTF_8.name(), monitor);
            }
            if (examples != null) {
                copyExamples(project);
                project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            }
            IFile example = project.getFile("examples/" + PREFERRED_EXAMPLE);
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(example.exists() ? example : null));
            }
            return Status.OK_STATUS;
        }

        private void copyExamples(IProject project) {
            Path target = project.getLocation().toFile().toPath().resolve("examples");
            try (Stream<Path> files = Files.walk(examples)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    String relative = examples.relativize(source).toString();
                    if (relative.startsWith(".") || relative.contains("-export") || relative.contains("-cards")) {
                        continue;
                    }
                    Path to = target.resolve(relative);
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.copy(source, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            } catch (IOException e) {
                ILog.of(FirstStartProjectOpener.class).warn("Could not copy the examples from " + examples + ": "
                        + e);
            }
        }

        private static void show(IFile example) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                if (example != null) {
                    IDE.openEditor(window.getActivePage(), example, true);
                }
                window.getActivePage().showView(WelcomeView.ID);
            } catch (PartInitException e) {
                ILog.of(FirstStartProjectOpener.class).warn("Could not open the example or the Welcome view: " + e);
            }
        }
    }
}
