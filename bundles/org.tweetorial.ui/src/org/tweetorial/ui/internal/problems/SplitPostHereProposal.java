package org.tweetorial.ui.internal.problems;

import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/** "Split the post here": ends the post at the caret with a separator line, trimming the spaces around it. */
final class SplitPostHereProposal implements ICompletionProposal {

    static final String SEPARATOR = "\n\n---\n\n";

    private final Fix fix;

    private SplitPostHereProposal(Fix fix) {
        this.fix = fix;
    }

    /** The proposal when the caret is inside a written post, not at its very start or end. */
    static Optional<ICompletionProposal> at(TweetorialEditor editor, IDocument document, int offset) {
        DocumentSnapshot snapshot = editor.analyzer() == null ? null : editor.analyzer().current();
        if (snapshot == null || !snapshot.text().equals(document.get())) {
            return Optional.empty();
        }
        int index = snapshot.postIndexAt(offset);
        if (index < 0) {
            return Optional.empty();
        }
        var range = snapshot.posts().get(index).post().range();
        String text = document.get();
        int start = offset;
        while (start > range.startOffset() && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < range.endOffset() && end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (start <= range.startOffset() || end >= range.endOffset()) {
            return Optional.empty();
        }
        int number = snapshot.posts().get(index).post().number();
        return Optional.of(new SplitPostHereProposal(
                new Fix("Split post " + number + " here", java.util.List.of(new TextEdit(start, end - start,
                        SEPARATOR)))));
    }

    @Override
    public void apply(IDocument document) {
        try {
            DocumentEdits.apply(document, fix);
        } catch (BadLocationException e) {
            // the document changed under the proposal; nothing to split
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        TextEdit edit = fix.edits().get(0);
        return new Point(edit.offset() + SEPARATOR.length(), 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return "Ends the post at the caret: the rest becomes a new post.";
    }

    @Override
    public String getDisplayString() {
        return fix.label();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
