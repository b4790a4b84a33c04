package org.tweetorial.ui.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.tweetorial.ui.internal.assist.TweetorialContentAssistProcessor;
import org.tweetorial.ui.internal.problems.TweetorialQuickAssistProcessor;
import org.tweetorial.ui.internal.spelling.SpellingReconciler;

/**
 * Colouring, content assist and quick assist of the tweetorial editor. Parsing and linting are not done by a JFace
 * reconciler but by the editor's {@link org.tweetorial.ui.internal.analysis.DocumentAnalyzer} job, which also feeds
 * the views.
 */
final class TweetorialSourceViewerConfiguration extends TextSourceViewerConfiguration {

    private final TweetorialEditor editor;

    TweetorialSourceViewerConfiguration(TweetorialEditor editor, IPreferenceStore store) {
        super(store);
        this.editor = editor;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return TweetorialPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return TweetorialPartitions.CONTENT_TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(TweetorialPartitions.PARTITIONING);
        add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, TweetorialHighlighting.markdown());
        add(reconciler, TweetorialPartitions.FRONT_MATTER, TweetorialHighlighting.frontMatter());
        add(reconciler, TweetorialPartitions.COMMENT, TweetorialHighlighting.comment());
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
        DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(damagerRepairer, contentType);
        reconciler.setRepairer(damagerRepairer, contentType);
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        // spelling only (lint runs in DocumentAnalyzer): core's checker through the Eclipse spelling service
        return SpellingReconciler.create(sourceViewer, editor::baseDir);
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant(true);
        assistant.setDocumentPartitioning(TweetorialPartitions.PARTITIONING);
        for (String type : TweetorialPartitions.CONTENT_TYPES) {
            assistant.setContentAssistProcessor(new TweetorialContentAssistProcessor(editor, type), type);
        }
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(150);
        assistant.enableAutoInsert(true);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new TweetorialQuickAssistProcessor(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }
}
