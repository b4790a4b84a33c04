package org.tweetorial.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.AnalysisSettings;
import org.tweetorial.ui.internal.analysis.DocumentAnalyzer;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.analysis.SnapshotBuilder;
import org.tweetorial.ui.internal.analysis.UiTaskTimer;
import org.tweetorial.ui.internal.outline.TweetorialOutlinePage;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;
import org.tweetorial.ui.internal.problems.ProblemMarkerWriter;

/**
 * The tweetorial editor: a text editor whose document is analysed in the background after each pause in typing;
 * the snapshots drive folding, the post length ruler, markers, the outline and the views following the editor.
 */
public final class TweetorialEditor extends TextEditor implements ActiveTweetorial.Source {

    public static final String ID = "org.tweetorial.ui.editor";
    private static final char[] BRACKETS = { '(', ')', '[', ']', '{', '}', '<', '>' };

    private final List<Consumer<DocumentSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
    private DocumentAnalyzer analyzer;
    private PostFolding folding;
    private TweetorialOutlinePage outlinePage;
    private ProblemMarkerWriter markerWriter;
    private EditorActivationTracker activationTracker;
    private int caretPostIndex = -1;
    private DocumentSnapshot lastApplied;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { TweetorialPreferences.store(),
                EditorsUI.getPreferenceStore(), org.eclipse.ui.PlatformUI.getPreferenceStore() });
        setPreferenceStore(store);
        setSourceViewerConfiguration(new TweetorialSourceViewerConfiguration(this, store));
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    /** Paste puts image files from the clipboard into images/ and inserts them; anything else pastes as text. */
    @Override
    protected void createActions() {
        super.createActions();
        org.eclipse.jface.action.IAction paste = getAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.PASTE);
        if (paste != null) {
            org.eclipse.jface.action.Action imageOrText = new org.eclipse.jface.action.Action(paste.getText()) {
                @Override
                public void run() {
                    if (!ImageDrop.pasteFiles(TweetorialEditor.this, getSourceViewer().getTextWidget())) {
                        paste.run();
                    }
                }
            };
            imageOrText.setActionDefinitionId(paste.getActionDefinitionId());
            setAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.PASTE, imageOrText);
        }
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(BRACKETS));
        support.setMatchingCharacterPainterPreferenceKeys(TweetorialPreferences.MATCHING_BRACKETS,
                TweetorialPreferences.MATCHING_BRACKETS_COLOR);
        super.configureSourceViewerDecorationSupport(support);
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        org.tweetorial.ui.internal.cards.ProjectImageWatcher.install(parent.getDisplay());
        ImageDrop.install(this, getSourceViewer().getTextWidget());
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        folding = new PostFolding(viewer);
        // prose: long paragraphs wrap at the window's edge instead of running off to the right
        setWordWrap(true);
        viewer.getTextWidget().addCaretListener(caretListener());
        activationTracker = new EditorActivationTracker(this);
        startAnalysis();
        ActiveTweetorial.activate(this);
        Display display = parent.getDisplay();
        display.asyncExec(() -> {
            if (getSourceViewer() != null) {
                org.tweetorial.ui.internal.StartupProbe.editorShown(this);
            }
        });
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        if (getSourceViewer() != null) {
            startAnalysis();
        }
    }

    private void startAnalysis() {
        if (analyzer != null) {
            analyzer.dispose();
        }
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        TweetorialPartitions.install(document);
        analyzer = new DocumentAnalyzer(document, getSite().getShell().getDisplay(),
                new SnapshotBuilder(baseDir(), AnalysisSettings.fromPreferences()));
        analyzer.addListener(new SnapshotApplier());
        if (markerWriter == null) {
            markerWriter = new ProblemMarkerWriter();
        }
        analyzer.start();
    }

    /**
     * Applies a snapshot in short UI-thread tasks: first what the author is looking at (the length ruler and the
     * views following the editor, the preview among them), then, each in its own task so that typing can slip in
     * between, folding, the outline and the problem markers.
     */
    private void snapshotArrived(DocumentSnapshot snapshot) {
        Display display = getSite().getShell().getDisplay();
        boolean onlyLintAdded = snapshot.linted() && lastApplied != null && lastApplied.version() == snapshot.version()
                && lastApplied.posts() == snapshot.posts();
        lastApplied = snapshot;
        if (onlyLintAdded) {
            if (snapshot.laidOutInfographic().isPresent()) {
                // an infographic's checks come with its laid-out page, which the Infographic Preview draws
                ActiveTweetorial.snapshotChanged(this, snapshot);
            }
            // the same posts as the snapshot shown a moment ago, now with the lint results: only markers change
            later(display, snapshot, "editor:markers", () -> {
                IFile file = file();
                if (file != null) {
                    markerWriter.update(file, snapshot);
                }
            });
            return;
        }
        UiTaskTimer.run("editor:ruler", () -> snapshotListeners.forEach(l -> l.accept(snapshot)));
        UiTaskTimer.run("editor:caret", this::updateCaretPost);
        ActiveTweetorial.snapshotChanged(this, snapshot);
        later(display, snapshot, "editor:folding", () -> {
            if (folding != null) {
                folding.update(snapshot);
            }
        });
        later(display, snapshot, "editor:outline", () -> {
            if (outlinePage != null) {
                outlinePage.setSnapshot(snapshot);
            }
        });
        later(display, snapshot, "editor:markers", () -> {
            IFile file = file();
            if (file != null) {
                markerWriter.update(file, snapshot);
            }
        });
    }

    /** Named so that the benchmark reports the editor's share of a refresh as "SnapshotApplier". */
    private final class SnapshotApplier implements Consumer<DocumentSnapshot> {
        @Override
        public void accept(DocumentSnapshot snapshot) {
            snapshotArrived(snapshot);
        }
    }

    /** Runs a step of applying a snapshot later on the UI thread, unless a newer snapshot arrived meanwhile. */
    private void later(Display display, DocumentSnapshot snapshot, String name, Runnable step) {
        display.asyncExec(() -> {
            // skipped when a newer text's snapshot came meanwhile; the linted twin of this one still counts
            if (analyzer != null && analyzer.current().version() == snapshot.version() && getSourceViewer() != null) {
                UiTaskTimer.run(name, step);
            }
        });
    }

    private CaretListener caretListener() {
        return event -> updateCaretPost();
    }

    private void updateCaretPost() {
        ISourceViewer viewer = getSourceViewer();
        if (viewer == null || analyzer == null) {
            return;
        }
        int offset = viewer instanceof ProjectionViewer projection
                ? projection.widgetOffset2ModelOffset(viewer.getTextWidget().getCaretOffset())
                : viewer.getTextWidget().getCaretOffset();
        int index = analyzer.current().postIndexAt(offset);
        if (index != caretPostIndex) {
            caretPostIndex = index;
            if (outlinePage != null) {
                outlinePage.showPost(index);
            }
            ActiveTweetorial.caretPostChanged(this, index);
        }
    }

    /** Called when the user changes preferences that change the analysis. */
    public void reanalyse() {
        startAnalysis();
    }

    public void addSnapshotListener(Consumer<DocumentSnapshot> listener) {
        snapshotListeners.add(listener);
    }

    public void removeSnapshotListener(Consumer<DocumentSnapshot> listener) {
        snapshotListeners.remove(listener);
    }

    @Override
    public DocumentAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public void revealPost(PostSummary post) {
        int start = post.post().range().startOffset();
        if (start >= 0) {
            selectAndReveal(start, post.post().range().length());
        }
    }

    @Override
    public int caretPostIndex() {
        return caretPostIndex;
    }

    @Override
    public Path baseDir() {
        IFile file = file();
        if (file != null && file.getLocation() != null) {
            return file.getLocation().toFile().toPath().toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public String name() {
        return getEditorInput() == null ? "" : getEditorInput().getName();
    }

    /** The edited file, null when the input is not a workspace file. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** The document being edited. */
    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The caret offset in the document. */
    public int caretOffset() {
        ISourceViewer viewer = getSourceViewer();
        return viewer == null ? -1 : viewer.getSelectedRange().x;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outlinePage == null) {
                outlinePage = new TweetorialOutlinePage(this);
                if (analyzer != null) {
                    outlinePage.setSnapshot(analyzer.current());
                }
            }
            return adapter.cast(outlinePage);
        }
        return super.getAdapter(adapter);
    }

    /** Forgets the outline page when the outline view closes. */
    public void outlinePageClosed(TweetorialOutlinePage page) {
        if (outlinePage == page) {
            outlinePage = null;
        }
    }

    @Override
    public void dispose() {
        if (isDirty() && file() != null) {
            // closed without saving: the markers describe text that is gone; check the saved file again
            ProblemMarkerWriter.recheckSaved(file(), baseDir());
        }
        ActiveTweetorial.deactivate(this);
        if (activationTracker != null) {
            activationTracker.dispose();
        }
        if (analyzer != null) {
            analyzer.dispose();
        }
        snapshotListeners.clear();
        super.dispose();
    }
}
