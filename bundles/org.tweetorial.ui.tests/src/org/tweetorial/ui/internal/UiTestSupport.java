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
import org.eclipse.swt.graphics.RGB;
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

    /** Creates or replaces a file of the project with this UTF-8 text. */
    static IFile writeFile(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        var in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(in, IResource.FORCE, null);
        } else {
            file.create(in, true, null);
        }
        return file;
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
        // a window made to cover the screen (see fillScreen) may be larger than it as SWT counts: keep the screen
        return save(capture(shell.getDisplay(), shell.getBounds().intersection(shell.getDisplay().getBounds())),
                name);
    }

    /**
     * Saves the whole screen with a dialog over the workbench: without a window manager (Xvfb) dialogs have no
     * frame, so the screen around the dialog is dimmed and the dialog outlined, as documentation screenshots do.
     */
    static Path screenshotOfDialog(Shell dialog, String name) throws Exception {
        Display display = dialog.getDisplay();
        ImageData data = capture(display, display.getBounds());
        // the drawn dialog: its content on the screen (without a window manager the shell's bounds guess a frame)
        Rectangle d = null;
        for (org.eclipse.swt.widgets.Control child : dialog.getChildren()) {
            Rectangle r = display.map(dialog, null, child.getBounds());
            d = d == null ? r : d.union(r);
        }
        if (d == null) {
            d = display.map(dialog, null, dialog.getClientArea());
        }
        System.out.println("[screenshot] " + name + ": dialog content at " + d + ", shell bounds "
                + dialog.getBounds() + ", client area " + dialog.getClientArea());
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                boolean inside = d.contains(x, y);
                boolean edge = !inside && x >= d.x - 1 && x <= d.x + d.width && y >= d.y - 1 && y <= d.y + d.height;
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (edge) {
                    data.setPixel(x, y, data.palette.getPixel(new RGB(0x8A, 0x93, 0x9D)));
                } else if (!inside) {
                    data.setPixel(x, y, data.palette.getPixel(
                            new RGB(rgb.red * 3 / 5, rgb.green * 3 / 5, rgb.blue * 3 / 5)));
                }
            }
        }
        return save(data, name);
    }

    /**
     * Makes the window cover the screen. Without a window manager SWT subtracts the frame it expects from the size
     * asked for, which leaves a black band; the band is measured on a capture and added back.
     */
    static void fillScreen(Shell shell) {
        Display display = shell.getDisplay();
        Rectangle screen = display.getBounds();
        shell.setBounds(screen);
        settle(display, 300);
        ImageData data = capture(display, screen);
        int missingRight = 0;
        while (missingRight < screen.width / 4 && black(data, screen.width - 1 - missingRight, true)) {
            missingRight++;
        }
        int missingBottom = 0;
        while (missingBottom < screen.height / 4 && black(data, screen.height - 1 - missingBottom, false)) {
            missingBottom++;
        }
        if (missingRight > 0 || missingBottom > 0) {
            shell.setBounds(0, 0, screen.width + missingRight, screen.height + missingBottom);
            settle(display, 300);
        }
    }

    private static boolean black(ImageData data, int line, boolean column) {
        int length = column ? data.height : data.width;
        for (int i = 0; i < length; i += 20) {
            RGB rgb = data.palette.getRGB(column ? data.getPixel(line, i) : data.getPixel(i, line));
            if (rgb.red + rgb.green + rgb.blue > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dispatches events for a while so that GTK's animations (check boxes, default buttons) end before a
     * screenshot. Only for pictures: no test outcome depends on it.
     */
    static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    private static ImageData capture(Display display, Rectangle bounds) {
        flush();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static Path save(ImageData data, String name) throws IOException {
        // Under target/, so that running the tests never changes the source tree; the README's copies in
        // docs/screenshots are refreshed by copying these over.
        Path file = Path.of("target", "screenshots", name).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        assertTrue(Files.size(file) > 10_000, "the screenshot has content");
        return file;
    }
}
