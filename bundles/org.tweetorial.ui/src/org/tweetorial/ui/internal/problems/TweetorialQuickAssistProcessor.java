package org.tweetorial.ui.internal.problems;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/** Ctrl+1 in the editor: the fixes of the problems at the caret, and "Split the post here". */
public final class TweetorialQuickAssistProcessor implements IQuickAssistProcessor {

    private final TweetorialEditor editor;
    private final TweetorialMarkerResolutions resolutions = new TweetorialMarkerResolutions();

    public TweetorialQuickAssistProcessor(TweetorialEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof MarkerAnnotation marker && resolutions.hasResolutions(marker.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return true;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        List<ICompletionProposal> proposals = new ArrayList<>();
        int offset = context.getOffset();
        IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                Position position = model.getPosition(annotation);
                if (annotation instanceof MarkerAnnotation markerAnnotation && position != null
                        && position.overlapsWith(lineStart(context, offset), lineLength(context, offset))) {
                    IMarker marker = markerAnnotation.getMarker();
                    for (IMarkerResolution resolution : resolutions.getResolutions(marker)) {
                        proposals.add(new MarkerResolutionProposal(marker, resolution));
                    }
                }
            }
        }
        SplitPostHereProposal.at(editor, context.getSourceViewer().getDocument(), offset).ifPresent(proposals::add);
        return proposals.toArray(ICompletionProposal[]::new);
    }

    private static int lineStart(IQuickAssistInvocationContext context, int offset) {
        try {
            return context.getSourceViewer().getDocument().getLineInformationOfOffset(offset).getOffset();
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return offset;
        }
    }

    private static int lineLength(IQuickAssistInvocationContext context, int offset) {
        try {
            return Math.max(1, context.getSourceViewer().getDocument().getLineInformationOfOffset(offset).getLength());
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return 1;
        }
    }
}
