package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tweetorial.ui.TweetorialUi;

/** Starts the branded workbench and checks the writing layout a newcomer sees. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class WorkbenchSmokeTest {

    @Test
    void productIsBranded() {
        assertNotNull(Platform.getProduct(), "the Tweetorial Studio product is active");
        assertEquals("Tweetorial Studio", Platform.getProduct().getName());
        assertEquals("org.tweetorial.product.studio", Platform.getProduct().getId());
    }

    @Test
    void tweetorialPerspectiveShowsEditorAreaAndViews() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(TweetorialUi.PERSPECTIVE_ID));
        assertEquals(TweetorialUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertTrue(page.isEditorAreaVisible(), "the editor area is visible");
        for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROBLEM_VIEW }) {
            assertNotNull(page.findViewReference(id), id + " is part of the perspective");
        }
        assertTrue(window.getShell().getText().contains("Tweetorial Studio"),
                "window title names the product: " + window.getShell().getText());
        saveScreenshot(window.getShell(), Path.of("target", "screenshots", "workbench.png"));
    }

    @Test
    void aFreshWorkspaceGetsTheEducatorsProjectAndTheWelcomePage() throws Exception {
        UiTestSupport.waitUntil("the first start created the Tweetorials project and opened the Welcome view",
                30_000, () -> FirstStartProjectOpener.educatorsProject() != null
                        && OpenViews.find(WelcomeView.class).isPresent());
        var project = FirstStartProjectOpener.educatorsProject();
        Path workspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile()
                .toPath();
        assertEquals(workspace.resolve(FirstStartProjectOpener.PROJECT), project.getLocation().toFile().toPath(),
                "the project is inside the workspace, not the install");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(WelcomeView.ID);
        var welcome = page.findViewReference(WelcomeView.ID);
        page.setPartState(welcome, IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "welcome.png");
        page.setPartState(welcome, IWorkbenchPage.STATE_RESTORED);
    }

    private static void saveScreenshot(Shell shell, Path file) throws Exception {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let pending paints finish so the screenshot shows the laid-out workbench
        }
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
    }
}
