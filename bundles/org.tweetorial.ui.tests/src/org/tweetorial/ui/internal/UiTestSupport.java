package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.tweetorial.ui.TweetorialUi;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/** Shared steps of the workbench tests: a copy of the examples as a project, waiting, screenshots. */
final class UiTestSupport {

    static final String PROJECT = "examples-under-test";
    /** Milliseconds from JVM start to the first example open in an editable editor, -1 until measured. */
    static long startupToEditableMillis = -1;

    private UiTestSupport() {
    }

    /** The examples, copied so that tests never change the real ones, opened as a project. */
    static IProject examplesProject() throws IOException, CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (project.exists()) {
            project.open(null);
            return project;
        }
        Path copy = Path.of("target", "work", "examples").toAbsolutePath();
        copyTree(Path.of("..", "..", "examples").toAbsolutePath().normalize(), copy);
        IProjectDescription description = workspace.newProjectDescription(PROJECT);
        description.setLocation(org.eclipse.core.runtime.Path.fromOSString(copy.toString()));
        project.create(description, null);
        project.open(null);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().startsWith(".")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static TweetorialEditor open(IFile file) throws Exception {
        IWorkbenchPage page = page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(TweetorialUi.PERSPECTIVE_ID));
        var editor = IDE.openEditor(page, file);
        assertTrue(editor instanceof TweetorialEditor, "a tweetorial opens in the tweetorial editor: " + editor);
        if (startupToEditableMillis < 0) {
            startupToEditableMillis = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("[bench] JVM start to editable example (upper bound, includes test harness): "
                    + startupToEditableMillis + " ms");
        }
        return (TweetorialEditor) editor;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Dispatches events until the condition holds; fails after the deadline. */
    static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Processes every pending event. */
    static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static Path screenshot(Shell shell, String name) throws Exception {
        flush();
        Path file = Path.of("..", "..", "docs", "screenshots", name).toAbsolutePath().normalize();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        assertTrue(Files.size(file) > 10_000, "the screenshot has content");
        return file;
    }
}
