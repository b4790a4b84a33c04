package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tweetorial.ui.internal.editor.TweetorialColors;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.ui.internal.export.ExportJob;
import org.tweetorial.ui.internal.outline.TweetorialOutlinePage;
import org.tweetorial.ui.internal.preview.ThreadPreviewView;
import org.tweetorial.ui.internal.problems.ProblemMarkers;

/** Opens an example, types into it and watches the preview, outline and problems follow; fixes; exports. */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class TweetorialEditorTest {

    private static final long TIMEOUT = 20_000;
    private IFile file;
    private TweetorialEditor editor;
    private ThreadPreviewView preview;

    @BeforeEach
    void openExample() throws Exception {
        IProject project = UiTestSupport.examplesProject();
        file = project.getFile("frank-starling.md");
        editor = UiTestSupport.open(file);
        UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW);
        UiTestSupport.page().showView(IPageLayout.ID_OUTLINE);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the preview shows the thread", TIMEOUT,
                () -> OpenViews.find(ThreadPreviewView.class).map(v -> v.postCount() > 0).orElse(false));
        preview = OpenViews.find(ThreadPreviewView.class).orElseThrow();
    }

    @AfterEach
    void closeWithoutSaving() {
        UiTestSupport.page().closeEditor(editor, false);
    }

    @Test
    void typingUpdatesPreviewOutlineAndProblems() throws Exception {
        TweetorialOutlinePage outline = (TweetorialOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        UiTestSupport.waitUntil("the outline lists the posts", TIMEOUT, () -> !outline.posts().isEmpty());
        UiTestSupport.waitUntil("the Outline view's tree shows a row per post", TIMEOUT,
                () -> outline.shownRows() == outline.posts().size());
        int postsBefore = preview.postCount();
        int outlineBefore = outline.posts().size();
        IDocument document = editor.document();
        type(document, document.getLength(), "\n---\n\nA new post about #Preload, see http://example.com/starling\n");
        UiTestSupport.waitUntil("the preview shows the new post", TIMEOUT, () -> preview.postCount() == postsBefore + 1);
        UiTestSupport.waitUntil("the outline lists the new post", TIMEOUT,
                () -> outline.posts().size() == outlineBefore + 1 && outline.shownRows() == outlineBefore + 1);
        UiTestSupport.waitUntil("the http link is a problem marker", TIMEOUT, () -> httpMarker().isPresent());
        IMarker marker = httpMarker().orElseThrow();
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("[http-link]"), "the message names the rule");
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1),
                "http-link is a warning");
    }

    @Test
    void quickFixEditsTheDocumentAndCanBeUndone() throws Exception {
        IDocument document = editor.document();
        type(document, document.getLength(), "\n---\n\nRead more at http://example.com/starling\n");
        UiTestSupport.waitUntil("the http link is a problem marker", TIMEOUT, () -> httpMarker().isPresent());
        IMarker marker = httpMarker().orElseThrow();
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(1, fixes.length, "one quick fix: " + Arrays.toString(fixes));
        fixes[0].run(marker);
        assertTrue(document.get().contains("https://example.com/starling"), "the fix turned http into https");
        UiTestSupport.waitUntil("the marker is gone", TIMEOUT, () -> httpMarker().isEmpty());
        DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
        assertTrue(document.get().contains("http://example.com/starling"), "undo brings the http link back");
    }

    @Test
    void anUnknownThemeIsAWarningOnItsLineFixedByChoosingABuiltInTheme() throws Exception {
        IDocument document = editor.document();
        type(document, "---\n".length(), "theme: neon\n");
        UiTestSupport.waitUntil("the unknown theme is a problem marker", TIMEOUT,
                () -> marker("theme-unknown").isPresent());
        IMarker marker = marker("theme-unknown").orElseThrow();
        assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the theme: line");
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Use the light theme", "Use the dark theme", "Use the high-contrast theme",
                "Use the clinical theme"), Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
        fixes[1].run(marker);
        assertTrue(document.get().startsWith("---\ntheme: dark\n"), "the fix wrote the dark theme");
        UiTestSupport.waitUntil("the marker is gone", TIMEOUT, () -> marker("theme-unknown").isEmpty());
    }

    @Test
    void closingWithoutSavingBringsBackTheSavedFilesProblems() throws Exception {
        IDocument document = editor.document();
        type(document, document.getLength(), "\n---\n\nRead more at http://example.com/starling\n");
        UiTestSupport.waitUntil("the http link is a problem marker", TIMEOUT, () -> httpMarker().isPresent());
        UiTestSupport.page().closeEditor(editor, false);
        UiTestSupport.waitUntil("the unsaved text's marker is gone", TIMEOUT, () -> httpMarker().isEmpty());
    }

    @Test
    void linksMentionsAndHashtagsAreColouredWhereCoreFindsThem() throws Exception {
        IDocument document = editor.document();
        String added = "\n---\n\nAsk @anna@med.social about nejm.org #Preload\n";
        type(document, document.getLength(), added);
        StyledText text = (StyledText) editor.getAdapter(Control.class);
        String handle = "@anna@med.social";
        int at = document.get().lastIndexOf(handle);
        for (int i = at; i < at + handle.length(); i++) {
            StyleRange style = text.getStyleRangeAtOffset(i);
            assertTrue(style != null && TweetorialColors.MENTION.equals(style.foreground.getRGB()),
                    "the whole Mastodon mention is one mention, up to offset " + (i - at) + ": " + style);
        }
        StyleRange link = text.getStyleRangeAtOffset(document.get().lastIndexOf("nejm.org") + 2);
        assertTrue(link.underline, "a bare domain is a link, as X and Bluesky show it");
        StyleRange tag = text.getStyleRangeAtOffset(document.get().lastIndexOf("#Preload") + 1);
        assertEquals(TweetorialColors.HASHTAG, tag.foreground.getRGB());
    }

    @Test
    void previewAndEditorSelectEachOther() {
        preview.clickPost(2);
        var post = editor.analyzer().current().posts().get(2).post();
        assertEquals(post.range().startOffset(), editor.caretOffset() < 0 ? -1
                : ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
        var third = editor.analyzer().current().posts().get(3).post();
        editor.selectAndReveal(third.range().startOffset() + 3, 0);
        UiTestSupport.waitUntil("the preview highlights the caret's post", TIMEOUT,
                () -> preview.highlightedPost() == 3);
        assertFalse(preview.copyPost().isBlank(), "the highlighted post can be copied");
        String all = preview.copyAll();
        assertTrue(all.contains(post.postedText()), "copy all holds every post");
        assertEquals(editor.analyzer().current().posts().size(), all.split(ThreadPreviewView.POST_SEPARATOR, -1).length,
                "posts are separated by a line of their own");
    }

    @Test
    void exportRunsTheExporterWithProgressAndWritesHandoutAndThreadText() throws Exception {
        Path folder = Path.of("target", "work", "export").toAbsolutePath();
        ExportRequest request = ExportRequest.of(file.getLocation().toFile().toPath()).withOutputDir(folder)
                .withArtifacts(EnumSet.of(ExportArtifact.TEXT, ExportArtifact.HANDOUT, ExportArtifact.CARDS));
        AtomicReference<ExportResult> done = new AtomicReference<>();
        List<String> subTasks = new CopyOnWriteArrayList<>();
        ExportJob job = new ExportJob(request, (step, index, total) -> subTasks.add(step), done::set);
        job.schedule();
        UiTestSupport.waitUntil("the export job ends", 120_000, () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(Files.isRegularFile(folder.resolve("handout.pdf")), "handout.pdf in " + folder);
        assertTrue(Files.isRegularFile(folder.resolve("thread.txt")), "thread.txt in " + folder);
        assertTrue(Files.size(folder.resolve("handout.pdf")) > 1000, "the handout has content");
        assertTrue(done.get().files().stream().anyMatch(f -> f.relativePath().endsWith(".png")), "card images");
        assertFalse(Files.exists(folder.resolve("slides.pdf")), "only the files asked for");
        assertTrue(subTasks.stream().anyMatch(t -> t.contains("handout.pdf")), "the steps are reported: "
                + subTasks);
        System.out.println("[export] wrote " + done.get().files().size() + " files to " + folder + "; steps "
                + subTasks);
    }

    @Test
    void aCanceledExportWritesNothing() throws Exception {
        Path folder = Path.of("target", "work", "export-canceled").toAbsolutePath();
        ExportRequest request = ExportRequest.of(file.getLocation().toFile().toPath()).withOutputDir(folder);
        AtomicReference<ExportJob> running = new AtomicReference<>();
        // the user presses Cancel in the progress view as soon as the first step starts
        ExportJob job = new ExportJob(request, (step, index, total) -> running.get().cancel(), result -> {
        });
        running.set(job);
        job.schedule();
        UiTestSupport.waitUntil("the export job ends", 120_000, () -> job.getResult() != null);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
        assertFalse(Files.exists(folder.resolve("handout.pdf")), "nothing written");
    }

    private Optional<IMarker> httpMarker() {
        return marker("http-link");
    }

    private Optional<IMarker> marker(String ruleId) {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> ruleId.equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).findFirst();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Types text one character at a time, letting the UI process each keystroke. */
    static void type(IDocument document, int offset, String text) throws Exception {
        for (int i = 0; i < text.length(); i++) {
            document.replace(offset + i, 0, String.valueOf(text.charAt(i)));
            UiTestSupport.flush();
        }
    }
}
