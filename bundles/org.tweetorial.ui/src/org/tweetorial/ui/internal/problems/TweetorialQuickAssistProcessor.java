package org.tweetorial.ui.internal.problems;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;
import org.tweetorial.core.internal.lint.rules.SplitFixer;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.spelling.SpellingFixes;

/**
 * Ctrl+1 in the editor: the spelling fixes of the word at the caret, the core fixes of the problems on the caret's
 * line, and core's "split the post here".
 * Fixes with the same edits are offered once (a post too long for two platforms has one split fix).
 */
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
        return annotation instanceof SpellingAnnotation
                || annotation instanceof MarkerAnnotation marker && resolutions.hasResolutions(marker.getMarker());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return true;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IDocument document = context.getSourceViewer().getDocument();
        String text = document.get();
        DocumentSnapshot latest = editor.analyzer() == null ? null : editor.analyzer().current();
        Map<List<TextEdit>, FixProposal> byEdits = new LinkedHashMap<>();
        IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
        IRegion line = lineAt(document, context.getOffset());
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                Position position = model.getPosition(annotation);
                if (annotation instanceof MarkerAnnotation markerAnnotation && position != null
                        && position.overlapsWith(line.getOffset(), Math.max(1, line.getLength()))) {
                    IMarker marker = markerAnnotation.getMarker();
                    String ruleId = marker.getAttribute(ProblemMarkers.RULE_ID, "");
                    FixLocator.locate(text, latest, editor.baseDir(), ruleId, position.getOffset(),
                            marker.getAttribute(IMarker.LINE_NUMBER, 1)).forEach(fix -> add(byEdits, fix));
                }
            }
        }
        splitHere(latest, text, context.getOffset()).ifPresent(fix -> add(byEdits, fix));
        List<ICompletionProposal> out = new ArrayList<>(SpellingFixes.at(model, context));
        out.addAll(byEdits.values());
        return out.toArray(ICompletionProposal[]::new);
    }

    private static void add(Map<List<TextEdit>, FixProposal> byEdits, Fix fix) {
        byEdits.putIfAbsent(fix.edits(), new FixProposal(fix));
    }

    private static Optional<Fix> splitHere(DocumentSnapshot snapshot, String text, int offset) {
        if (snapshot == null || !snapshot.text().equals(text)) {
            return Optional.empty();
        }
        int index = snapshot.postIndexAt(offset);
        return index < 0 ? Optional.empty()
                : SplitFixer.at(text, snapshot.posts().get(index).post(), offset);
    }

    private static IRegion lineAt(IDocument document, int offset) {
        try {
            return document.getLineInformationOfOffset(offset);
        } catch (BadLocationException e) {
            return new Region(offset, 1);
        }
    }
}
