package org.tweetorial.ui.internal.spelling;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;

/** The quick fixes (Ctrl+1, hover) of the misspelling at the caret. */
public final class SpellingFixes {

    private SpellingFixes() {
    }

    /** The proposals of the spelling annotations that touch the invocation offset, in document order. */
    public static List<ICompletionProposal> at(IAnnotationModel model, IQuickAssistInvocationContext context) {
        List<ICompletionProposal> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        int offset = context.getOffset();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            Position p = model.getPosition(a);
            if (a instanceof SpellingAnnotation spelling && !a.isMarkedDeleted() && p != null
                    && p.getOffset() <= offset && offset <= p.getOffset() + p.getLength()) {
                out.addAll(List.of(spelling.getSpellingProblem().getProposals(context)));
            }
        }
        return out;
    }
}
