package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tweetorial.ui.internal.editor.ImageDrop;
import org.tweetorial.ui.internal.editor.PostMover;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.export.ExportWizard;
import org.tweetorial.ui.internal.outline.TweetorialOutlinePage;

/** The writing loop of issue 11: moving posts and dropping images, each one undoable step. */
@ExtendWith(NoErrorsInWorkspaceLog.class)
class WritingLoopTest {

    private static final long TIMEOUT = 30_000;
    private static final String THREAD = """
            ---
            title: "Hyponatraemia in 5 posts"
            platforms: [x]
            ---
            # Hyponatraemia in 5 posts

            Sodium below 135 mmol/L.

            ---
            Step 1: check the serum osmolality.

            ---
            Step 2: assess the volume status.
            """;

    private TweetorialEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            UiTestSupport.page().closeEditor(editor, false);
        }
    }

    private TweetorialEditor open(String name, String text) throws Exception {
        IProject project = UiTestSupport.examplesProject();
        IFile file = UiTestSupport.writeFile(project, name, text);
        editor = UiTestSupport.open(file);
        UiTestSupport.waitUntil("the thread is analysed", TIMEOUT,
                () -> editor.analyzer().current().posts().size() >= 3);
        return editor;
    }

    @Test
    void movingAPostDownAndBackIsOneUndoableChangeEach() throws Exception {
        open("moves.md", THREAD);
        IDocument document = editor.document();
        editor.selectAndReveal(document.get().indexOf("Step 1"), 0);
        UiTestSupport.waitUntil("the caret is in post 2", TIMEOUT, () -> editor.caretPostIndex() == 1);
        assertTrue(PostMover.move(editor, 1, 2));
        assertEquals(THREAD.replace("Step 1: check the serum osmolality.\n\n---\nStep 2: assess the volume status.",
                "Step 2: assess the volume status.\n\n---\nStep 1: check the serum osmolality."), document.get());
        UiTestSupport.waitUntil("the caret follows the moved post", TIMEOUT, () -> editor.caretPostIndex() == 2);
        var undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        undo.undo();
        assertEquals(THREAD, document.get(), "one undo brings the order back");

        ContentOutline outline = (ContentOutline) UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the Outline shows the posts", TIMEOUT,
                () -> outline.getCurrentPage() instanceof TweetorialOutlinePage page && page.posts().size() == 3);
        TweetorialOutlinePage page = (TweetorialOutlinePage) outline.getCurrentPage();
        assertTrue(page.movePost(2, 0), "dropping the last post on the first moves it there");
        assertTrue(document.get().startsWith("---\ntitle: \"Hyponatraemia in 5 posts\"\nplatforms: [x]\n---\nStep 2: assess"),
                document.get());
        UiTestSupport.waitUntil("the Outline follows", TIMEOUT,
                () -> page.posts().get(0).post().markdown().startsWith("Step 2"));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "move-post.png");
        undo.undo();
        assertEquals(THREAD, document.get());
    }

    @Test
    void exportToTheProposedFolderEndsWithTheProblemsViewsCountsAndTheFilesInTheProject() throws Exception {
        open("counts.md", THREAD + "\n---\n" + "A post far too long for X. ".repeat(14) + "\n");
        UiTestSupport.waitUntil("the problems are marked", TIMEOUT, () -> markers(IMarker.SEVERITY_ERROR) > 0);
        int errors = markers(IMarker.SEVERITY_ERROR);
        int warnings = markers(IMarker.SEVERITY_WARNING);
        ExportWizard wizard = new ExportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertTrue(wizard.performFinish(), "Finish with the proposed folder");
        dialog.close();
        UiTestSupport.waitUntil("the export ends", 120_000, () -> wizard.job() != null
                && wizard.job().getResult() != null);
        assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
        UiTestSupport.waitUntil("the summary is shown", TIMEOUT, () -> wizard.finishedSummary() != null);
        assertTrue(wizard.finishedSummary().startsWith(errors + " error(s) and " + warnings + " warning(s) in the"
                + " Problems view"), wizard.finishedSummary());
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "export-finished.png");
        wizard.closeFinished();
        IFolder folder = editor.file().getParent().getFolder(new org.eclipse.core.runtime.Path("counts-export"));
        UiTestSupport.waitUntil("the exported files show in the Project Explorer", TIMEOUT,
                () -> folder.getFile("handout.pdf").exists() && folder.getFolder("cards").exists());
        // the deck is made in the export job (Apache POI initialises the Log4j API off the start-level thread)
        assertTrue(folder.getFile("slides.pptx").exists(), "slides.pptx in " + folder);
    }

    private int markers(int severity) {
        try {
            return (int) java.util.Arrays.stream(editor.file().findMarkers(
                    org.tweetorial.ui.internal.problems.ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).count();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void breakingTheFrontMatterWhileTypingKeepsTheOtherKeysAndRepairingItClearsTheError() throws Exception {
        String text = THREAD.replace("title: \"Hyponatraemia in 5 posts\"\n",
                "title: \"Hyponatraemia in 5 posts\"\ntheme: dark\nhashtags: [MedEd]\n");
        open("frontmatter.md", text);
        IDocument document = editor.document();
        int hashtags = document.get().indexOf("[MedEd]");
        document.replace(hashtags + "[MedEd".length(), 1, "");
        UiTestSupport.waitUntil("the unclosed [ is reported on its own line", TIMEOUT, () -> editor.analyzer()
                .current().problems().stream().anyMatch(p -> p.ruleId().startsWith("frontmatter")
                        && p.range().startLine() == 4));
        var fm = editor.analyzer().current().tweetorial().orElseThrow().frontMatter();
        assertEquals("Hyponatraemia in 5 posts", fm.title().orElseThrow(), "the title stays in effect");
        assertEquals("dark", fm.theme().orElseThrow(), "the theme stays in effect");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "front-matter-error.png");
        document.replace(hashtags + "[MedEd".length(), 0, "]");
        UiTestSupport.waitUntil("the error is gone once repaired", TIMEOUT, () -> editor.analyzer().current()
                .problems().stream().noneMatch(p -> p.ruleId().startsWith("frontmatter")));
        assertEquals(text, document.get());
    }

    @Test
    void everyQuickFixLeavesCleanTextAndUndoesInOneStep() throws Exception {
        String text = THREAD + "\n---\nRead http://example.com/sodium and see the chart.\n\n"
                + "![TODO: describe the image](images/anion-gap.png \"Credit: A. Author\")\n";
        open("fixes.md", text);
        IDocument document = editor.document();
        UiTestSupport.waitUntil("the problems are marked", TIMEOUT, () -> markers(IMarker.SEVERITY_WARNING)
                + markers(IMarker.SEVERITY_ERROR) >= 2);
        int applied = 0;
        for (IMarker marker : editor.file().findMarkers(org.tweetorial.ui.internal.problems.ProblemMarkers.TYPE,
                false, IResource.DEPTH_ZERO)) {
            for (var fix : org.eclipse.ui.ide.IDE.getMarkerHelpRegistry().getResolutions(marker)) {
                if (!marker.exists()) {
                    break;
                }
                String before = document.get();
                fix.run(marker);
                String after = document.get();
                String label = fix.getLabel();
                assertTrue(!after.equals(before), "'" + label + "' changes the text");
                for (String dirt : List.of(", ,", " ,", "  ", "\n\n\n")) {
                    assertTrue(!after.contains(dirt) || before.contains(dirt), "'" + label + "' leaves '" + dirt
                            + "':\n" + after);
                }
                DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
                assertEquals(before, document.get(), "one undo takes back '" + label + "'");
                applied++;
            }
        }
        assertTrue(applied >= 1, "fixes were offered and applied: " + applied);
        UiTestSupport.waitUntil("the analysis catches up with the undone text", TIMEOUT,
                () -> editor.analyzer().current().text().equals(text) && editor.analyzer().current().linted());
        org.tweetorial.core.lint.Problem http = editor.analyzer().current().problems().stream()
                .filter(p -> p.ruleId().equals("http-link")).findFirst().orElseThrow();
        assertEquals(text.replace("http://example.com", "https://example.com"),
                http.fix().orElseThrow().applyTo(text), "the https fix changes exactly the link");
    }

    @Test
    void theSafetyPageBlocksAnMrnAndPassesOnceThePostIsMarkedConsented() throws Exception {
        open("safety.md", THREAD.replace("Step 2: assess the volume status.",
                "Step 2: Mr Daniel Reyes, MRN 4471093, was admitted with a sodium of 118."));
        editor.doSave(null);
        ExportWizard wizard = new ExportWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.showPage(wizard.safetyPage());
            assertTrue(wizard.safetyBlocks(), "a record number blocks the export");
            assertFalse(wizard.canFinish(), "Finish is disabled while something blocks");
            UiTestSupport.settle(shell.getDisplay(), 300);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "safety-check-blocks.png");
            assertTrue(wizard.markConsented(3), "post 3 gets the consent marker");
            assertTrue(editor.document().get().contains("<!-- consent -->"), "the marker is in the source");
            assertFalse(wizard.safetyBlocks(), "a post shared with consent passes");
            assertTrue(wizard.canFinish());
            UiTestSupport.settle(shell.getDisplay(), 300);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "safety-check-passes.png");
        } finally {
            dialog.close();
        }
    }

    @Test
    void droppingAnImageCopiesItIntoImagesAndInsertsItWithTheCaretInTheAltText() throws Exception {
        open("drop.md", THREAD);
        Path dropped = Files.createTempDirectory("drop").resolve("sodium chart.png");
        Files.copy(UiTestSupport.examplesProject().getFile("images/anion-gap.png").getLocation().toFile().toPath(),
                dropped);
        int offset = editor.document().get().indexOf("---\nStep 2");
        String inserted = ImageDrop.insert(editor, List.of(dropped), offset, name -> "A. Author, CC BY 4.0")
                .orElseThrow();
        assertEquals("![](images/sodium-chart.png \"Credit: A. Author, CC BY 4.0\")\n", inserted);
        assertTrue(Files.exists(editor.baseDir().resolve("images/sodium-chart.png")), "copied into images/");
        assertEquals(offset + 2, editor.getSelectionProvider().getSelection() instanceof
                org.eclipse.jface.text.ITextSelection s ? s.getOffset() : -1, "the caret is in the alt text");
        UiTestSupport.waitUntil("the missing alt text is flagged", TIMEOUT, () -> editor.analyzer().current()
                .problems().stream().anyMatch(p -> p.ruleId().startsWith("alt")));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.settle(shell.getDisplay(), 300);
        UiTestSupport.screenshot(shell, "image-dropped.png");
        DocumentUndoManagerRegistry.getDocumentUndoManager(editor.document()).undo();
        assertEquals(THREAD, editor.document().get(), "one undo removes the inserted image");
    }
}
