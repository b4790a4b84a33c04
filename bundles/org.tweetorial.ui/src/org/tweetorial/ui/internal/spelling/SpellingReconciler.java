package org.tweetorial.ui.internal.spelling;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.spelling.SpellingService;

/**
 * The tweetorial editor's spelling reconciler. Like Eclipse's {@code SpellingReconcileStrategy} it asks the
 * {@link SpellingService}, which reads General &gt; Editors &gt; Text Editors &gt; Spelling at every check (turned
 * off: the underlines go at the next edit; another engine chosen: that engine checks, told the tweetorial content
 * type); unlike it, the context is the editor's {@link SpellingSession} (project dictionary, words ignored in the
 * file). The whole document is checked in the reconciler's thread half a second after typing stops; core's memo
 * makes that one post's work.
 */
public final class SpellingReconciler {

    private static final int DELAY_MILLIS = 500;

    private SpellingReconciler() {
    }

    /** A reconciler for one editor's viewer; {@code baseDir} gives the edited file's folder. */
    public static IReconciler create(ISourceViewer viewer, Supplier<Path> baseDir) {
        MonoReconciler reconciler = new MonoReconciler(new Strategy(viewer, new SpellingSession(baseDir)), false);
        reconciler.setDelay(DELAY_MILLIS);
        return reconciler;
    }

    private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

        private final ISourceViewer viewer;
        private final SpellingSession session;
        private IDocument document;
        private IProgressMonitor monitor;

        Strategy(ISourceViewer viewer, SpellingSession session) {
            this.viewer = viewer;
            this.session = session;
        }

        @Override
        public void setDocument(IDocument newDocument) {
            document = newDocument;
        }

        @Override
        public void setProgressMonitor(IProgressMonitor newMonitor) {
            monitor = newMonitor;
        }

        @Override
        public void initialReconcile() {
            reconcile(new Region(0, document.getLength()));
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            reconcile(new Region(0, document.getLength()));
        }

        @Override
        public void reconcile(IRegion partition) {
            IAnnotationModel model = viewer.getAnnotationModel();
            if (model == null || document == null) {
                return;
            }
            EditorsUI.getSpellingService().check(document, new IRegion[] { new Region(0, document.getLength()) },
                    session, new SpellingAnnotations(model), monitor);
        }
    }
}
