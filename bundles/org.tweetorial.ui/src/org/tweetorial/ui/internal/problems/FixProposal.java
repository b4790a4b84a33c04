package org.tweetorial.ui.internal.problems;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.tweetorial.core.internal.lint.rules.AltMissingRule;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;

/** A core fix in the Ctrl+1 list, applied to the editor's document as one undoable change. */
final class FixProposal implements ICompletionProposal {

    private final Fix fix;

    FixProposal(Fix fix) {
        this.fix = fix;
    }

    Fix fix() {
        return fix;
    }

    @Override
    public void apply(IDocument document) {
        try {
            DocumentEdits.apply(document, fix);
        } catch (BadLocationException e) {
            // the document changed under the proposal; the next analysis offers the fix again
        }
    }

    /** The caret goes after the last edit's new text; an inserted alt text placeholder is selected to type over. */
    @Override
    public Point getSelection(IDocument document) {
        int shift = 0;
        TextEdit last = null;
        for (TextEdit edit : fix.edits().stream().sorted(java.util.Comparator.comparingInt(TextEdit::offset))
                .toList()) {
            last = edit;
            shift += edit.replacement().length() - edit.length();
        }
        if (last == null) {
            return null;
        }
        int end = Math.min(last.offset() + shift + last.length(), document.getLength());
        if (last.replacement().equals(AltMissingRule.PLACEHOLDER)) {
            return new Point(end - last.replacement().length(), last.replacement().length());
        }
        return new Point(end, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return fix.label() + ". Undo with Ctrl+Z.";
    }

    @Override
    public String getDisplayString() {
        return fix.label();
    }

    @Override
    public Image getImage() {
        return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
