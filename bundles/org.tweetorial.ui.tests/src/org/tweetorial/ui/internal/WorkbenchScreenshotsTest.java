package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.tweetorial.ui.internal.outline.TweetorialOutlinePage;
import org.tweetorial.ui.internal.problems.ProblemMarkers;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tweetorial.ui.internal.cards.CardsView;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.export.ExportWizard;
import org.tweetorial.ui.internal.help.FormatGuideView;
import org.tweetorial.ui.internal.preview.ThreadPreviewView;
import org.tweetorial.ui.internal.wizards.NewTweetorialFileWizard;

/**
 * Saves the README screenshots under target/screenshots (copied to docs/screenshots by hand): editor with preview,
 * cards view, wizards, format guide.
 */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class WorkbenchScreenshotsTest {

    private static final long TIMEOUT = 30_000;

    @Test
    void editorPreviewCardsWizardsAndHelp() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        IFile file = UiTestSupport.examplesProject().getFile("frank-starling.md");
        TweetorialEditor editor = UiTestSupport.open(file);
        UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW);
        UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the preview shows the thread", TIMEOUT,
                () -> OpenViews.find(ThreadPreviewView.class).map(v -> v.postCount() > 0).orElse(false));
        ThreadPreviewView preview = OpenViews.find(ThreadPreviewView.class).orElseThrow();
        // the Outline view picks up an editor's page when the editor is activated after it
        ContentOutline outlineView = (ContentOutline) UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
        UiTestSupport.page().activate(outlineView);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the Outline view shows the posts", TIMEOUT,
                () -> outlineView.getCurrentPage() instanceof TweetorialOutlinePage outline
                        && !outline.posts().isEmpty());
        editor.selectAndReveal(editor.analyzer().current().posts().get(1).post().range().startOffset(), 0);
        UiTestSupport.waitUntil("cards in the preview are rendered", TIMEOUT,
                () -> preview.missingCards() == 0 && quiet());
        UiTestSupport.waitUntil("the example's markers are written", TIMEOUT, WorkbenchScreenshotsTest::quiet);
        assertEquals(0, errorMarkers(file), "the example has no errors, as `tweetorial check` says");
        editor.setFocus();
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "editor-with-preview.png");

        UiTestSupport.page().showView(TweetorialPerspective.CARDS_VIEW);
        UiTestSupport.page().activate(editor);
        CardsView cards = OpenViews.find(CardsView.class).orElseThrow();
        UiTestSupport.waitUntil("the cards view renders every card", TIMEOUT,
                () -> cards.cardCount() > 0 && cards.renderedCount() == cards.cardCount() && quiet());
        var cardsRef = UiTestSupport.page().findViewReference(TweetorialPerspective.CARDS_VIEW);
        UiTestSupport.page().setPartState(cardsRef, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.flush();
        cards.zoom(480);
        UiTestSupport.waitUntil("the cards view renders every card at its new size", TIMEOUT,
                () -> cards.cardCount() > 0 && cards.renderedCount() == cards.cardCount() && quiet());
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "cards-view.png");
        UiTestSupport.page().setPartState(cardsRef, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        NewTweetorialFileWizard newFile = new NewTweetorialFileWizard();
        newFile.init(PlatformUI.getWorkbench(), new StructuredSelection(file.getProject()));
        showWizard(shell, newFile, "new-tweetorial-wizard.png");
        ExportWizard export = new ExportWizard();
        export.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        showWizard(shell, export, "export-wizard.png");

        UiTestSupport.page().showView(TweetorialPerspective.FORMAT_GUIDE_VIEW);
        FormatGuideView guide = OpenViews.find(FormatGuideView.class).orElseThrow();
        assertTrue(guide.shownText().contains("Card directives"), "the guide explains cards");
        var guideRef = UiTestSupport.page().findViewReference(TweetorialPerspective.FORMAT_GUIDE_VIEW);
        UiTestSupport.page().setPartState(guideRef, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "format-guide.png");
        UiTestSupport.page().setPartState(guideRef, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        UiTestSupport.page().closeEditor(editor, false);
    }

    private static int errorMarkers(IFile file) throws Exception {
        return (int) java.util.Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
    }

    /** Shows a wizard over the workbench and saves the whole screen: the dialog with the window behind it. */
    private static void showWizard(Shell shell, org.eclipse.jface.wizard.Wizard wizard, String name)
            throws Exception {
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTestSupport.settle(shell.getDisplay(), 600);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), name);
        } finally {
            dialog.close();
        }
    }

    private static boolean quiet() {
        return org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle();
    }
}
