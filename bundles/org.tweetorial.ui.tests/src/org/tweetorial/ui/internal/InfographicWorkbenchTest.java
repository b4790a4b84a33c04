package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.export.ExportWizard;
import org.tweetorial.ui.internal.infographic.InfographicPreviewView;
import org.tweetorial.ui.internal.outline.TweetorialOutlinePage;
import org.tweetorial.ui.internal.problems.ProblemMarkers;
import org.tweetorial.ui.internal.wizards.NewTweetorialFileWizard;
import org.tweetorial.ui.internal.wizards.TweetorialTemplate;

/**
 * Issue 15's workbench: an infographic made from a template opens in the tweetorial editor, the Infographic Preview
 * renders it and follows an edit, its problems are the infographic checks with lines, the Outline lists its panels,
 * and the export wizard writes infographic.png.
 */
@ExtendWith(NoErrorsInWorkspaceLog.class)
class InfographicWorkbenchTest {

    private static final long TIMEOUT = 60_000;
    private static final String NAME = "one-in-n-from-template.md";

    @Test
    void templatePreviewEditProblemsOutlineAndExport() throws Exception {
        IProject project = UiTestSupport.examplesProject();
        deleteIfThere(project.getFile(NAME));
        deleteIfThere(project.getFolder("one-in-n-from-template-export"));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        UiTestSupport.page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(org.tweetorial.ui.TweetorialUi.PERSPECTIVE_ID));

        NewTweetorialFileWizard wizard = new NewTweetorialFileWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choose(TweetorialTemplate.INFOGRAPHIC_ONE_IN_N, NAME);
        assertTrue(wizard.performFinish(), "the file is created from the template");
        dialog.close();
        IFile file = project.getFile(NAME);
        assertTrue(file.exists());
        assertTrue(UiTestSupport.page().getActiveEditor() instanceof TweetorialEditor,
                "an infographic opens in the tweetorial editor: " + UiTestSupport.page().getActiveEditor());
        TweetorialEditor editor = (TweetorialEditor) UiTestSupport.page().getActiveEditor();
        try {
            UiTestSupport.page().showView(org.tweetorial.ui.internal.TweetorialPerspective.INFOGRAPHIC_PREVIEW_VIEW);
            UiTestSupport.page().activate(editor);
            UiTestSupport.waitUntil("the Infographic Preview shows the page", TIMEOUT,
                    () -> preview().map(v -> v.shownImage() != null).orElse(false));
            InfographicPreviewView view = preview().orElseThrow();
            ImageData first = view.shownImage();
            assertEquals(1080, first.width, "portrait page at 1x");
            assertEquals(1350, first.height);
            assertTrue(colours(first) > 20, "the page has drawn content, not a blank image");
            assertTrue(view.problems().isEmpty(), "the template has no problems: " + view.problems());

            int shown = view.renderedCount();
            IDocument document = editor.document();
            int at = document.get().indexOf("- 29 died");
            document.replace(at, "- 29 died".length(), "- 45 died");
            UiTestSupport.waitUntil("the preview follows the edit", TIMEOUT, () -> view.renderedCount() > shown);
            assertFalse(Arrays.equals(first.data, view.shownImage().data), "the icon array changed");
            assertTrue(editor.analyzer().current().laidOutInfographic().orElseThrow() == view.shownPage(),
                    "the preview draws the page the analysis laid out to check it, not a layout of its own");
            System.out.println("[bench] Infographic Preview: render of the 1080x1350 page after an edit "
                    + view.lastRenderMillis() + " ms (in its job; loaded machine)");

            ContentOutline outline = (ContentOutline) UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
            UiTestSupport.page().activate(editor);
            UiTestSupport.waitUntil("the Outline lists the panels", TIMEOUT,
                    () -> outline.getCurrentPage() instanceof TweetorialOutlinePage p && p.panelLabels().size() == 5);
            List<String> panels = ((TweetorialOutlinePage) outline.getCurrentPage()).panelLabels();
            assertTrue(panels.get(1).startsWith("2  icon-array  Out of 100 patients"), panels.toString());
            UiTestSupport.page().activate(editor);

            String good = document.get();
            int line = document.getNumberOfLines();
            document.replace(document.getLength(), 0, "\n---\n\n<!-- panel: bar-chart -->\n| Arm | Deaths |\n"
                    + "|---|---|\n| Usual care | many |\n");
            UiTestSupport.waitUntil("the table is marked with its line", TIMEOUT,
                    () -> markers(file).stream().anyMatch(m -> "infographic-table-not-numeric"
                            .equals(m.getAttribute("ruleId", "")) && m.getAttribute(IMarker.LINE_NUMBER, -1) > line));
            assertTrue(markers(file).stream().allMatch(m -> m.getAttribute("ruleId", "").startsWith("infographic")),
                    "only infographic checks, no thread lint rules: " + ruleIds(file));
            UiTestSupport.waitUntil("the preview lists the problem", TIMEOUT,
                    () -> view.problems().stream().anyMatch(p -> p.contains("infographic-table-not-numeric")));
            document.set(good);
            UiTestSupport.waitUntil("the preview has no problems again", TIMEOUT, () -> view.problems().isEmpty());
            UiTestSupport.waitUntil("the markers follow", TIMEOUT, () -> markers(file).stream()
                    .noneMatch(m -> "infographic-table-not-numeric".equals(m.getAttribute("ruleId", ""))));
            assertEquals(List.of(), markers(file).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
                    + m.getAttribute(IMarker.MESSAGE, "")).toList(), "the Problems view agrees with the preview");
            UiTestSupport.settle(shell.getDisplay(), 300);
            UiTestSupport.screenshot(shell, "infographic-preview.png");
            editor.doSave(null);

            ExportWizard export = new ExportWizard();
            export.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
            WizardDialog exportDialog = new WizardDialog(shell, export);
            exportDialog.setBlockOnOpen(false);
            exportDialog.open();
            assertTrue(export.performFinish(), "Finish with the proposed folder");
            exportDialog.close();
            UiTestSupport.waitUntil("the export ends", 120_000,
                    () -> export.job() != null && export.job().getResult() != null);
            assertTrue(export.job().getResult().isOK(), export.job().getResult().toString());
            UiTestSupport.waitUntil("the summary is shown", TIMEOUT, () -> export.finishedSummary() != null);
            export.closeFinished();
            IFolder folder = project.getFolder("one-in-n-from-template-export");
            UiTestSupport.waitUntil("infographic.png and .pdf are in the project", TIMEOUT,
                    () -> folder.getFile("infographic.png").exists() && folder.getFile("infographic.pdf").exists());
            assertTrue(folder.getFile("infographic.png").getLocation().toFile().length() > 10_000);
        } finally {
            UiTestSupport.page().closeEditor(editor, false);
        }
    }

    @Test
    void iconNamesAreProposedAfterAColonInAnInfographicOnly() throws Exception {
        String infographic = TweetorialTemplate.INFOGRAPHIC_FIVE_FACTS.text() + "\n---\n\n- :lung";
        List<String> proposed = proposals(infographic);
        assertTrue(proposed.contains("lungs"), "the icon set's names, from the renderer: " + proposed);
        assertTrue(proposed.stream().allMatch(name -> name.startsWith("lung")), proposed.toString());
        assertEquals(List.of(), proposals("---\nplatforms: [x]\n---\nA thread\n\n- :lung"),
                "a thread's colons are not icons");
    }

    @Test
    void everyInfographicTemplateIsAnInfographicTheRendererFindsNoProblemIn() throws Exception {
        for (TweetorialTemplate template : TweetorialTemplate.values()) {
            String text = template.text();
            boolean infographic = template.name().startsWith("INFOGRAPHIC_");
            assertEquals(infographic, org.tweetorial.core.Infographics.isInfographic(text), template.name());
            if (infographic) {
                var parsed = org.tweetorial.core.Infographics.parse(text);
                var page = org.tweetorial.ui.internal.infographic.WorkbenchInfographics.layOut(parsed,
                        java.nio.file.Path.of("target"));
                assertEquals(List.of(), page.problems(), template.name());
            }
        }
    }

    @Test
    void theInfographicTemplatesAreTheExamplesTheBuildCopiedIntoTheBundle() throws Exception {
        java.nio.file.Path examples = java.nio.file.Path.of("..", "..", "examples");
        int infographics = 0;
        try (var files = java.nio.file.Files.newDirectoryStream(examples, "infographic-*.md")) {
            for (java.nio.file.Path example : files) {
                infographics++;
                String text = java.nio.file.Files.readString(example);
                assertEquals(1, Arrays.stream(TweetorialTemplate.values()).filter(t -> t.text().equals(text))
                        .count(), example + " is one template of the New wizard");
            }
        }
        assertEquals(5, infographics, "the examples offered as templates");
        try (var copies = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("..", "org.tweetorial.ui",
                "templates"), "infographic-*")) {
            assertFalse(copies.iterator().hasNext(), "no second copy among the bundle's committed templates");
        }
    }

    @Test
    void theAnalysisLaysThePageOutOnceAndThePreviewDrawsThatLayout() throws Exception {
        var builder = new org.tweetorial.ui.internal.analysis.SnapshotBuilder(java.nio.file.Path.of("target"),
                org.tweetorial.ui.internal.analysis.AnalysisSettings.fromPreferences());
        var parsed = builder.parseAndCount(1, TweetorialTemplate.INFOGRAPHIC_ONE_IN_N.text());
        assertTrue(parsed.laidOutInfographic().isEmpty(), "parsing alone lays nothing out");
        var linted = builder.lint(parsed);
        var page = linted.laidOutInfographic().orElseThrow();
        assertEquals(page.problems(), linted.problems(), "the markers are the laid-out page's problems");
        assertEquals(org.tweetorial.export.InfographicSettings.of(parsed.infographic().orElseThrow(),
                java.nio.file.Path.of("target")).screen(), page.options(), "laid out as export's infographic.png");
    }

    private static List<String> proposals(String text) {
        IDocument document = new org.eclipse.jface.text.Document(text);
        var viewer = (org.eclipse.jface.text.ITextViewer) java.lang.reflect.Proxy.newProxyInstance(
                InfographicWorkbenchTest.class.getClassLoader(),
                new Class<?>[] { org.eclipse.jface.text.ITextViewer.class },
                (proxy, method, args) -> "getDocument".equals(method.getName()) ? document : null);
        var processor = new org.tweetorial.ui.internal.assist.TweetorialContentAssistProcessor(null,
                IDocument.DEFAULT_CONTENT_TYPE);
        return Arrays.stream(processor.computeCompletionProposals(viewer, text.length()))
                .map(p -> p.getDisplayString()).toList();
    }

    private static java.util.Optional<InfographicPreviewView> preview() {
        return OpenViews.find(InfographicPreviewView.class);
    }

    private static int colours(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }

    private static List<IMarker> markers(IFile file) {
        try {
            return List.of(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ruleIds(IFile file) {
        return markers(file).stream().map(m -> m.getAttribute("ruleId", "")).toList();
    }

    private static void deleteIfThere(IResource resource) throws CoreException {
        if (resource.exists()) {
            resource.delete(true, null);
        }
    }
}
