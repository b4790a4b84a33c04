package org.tweetorial.ui.internal.problems;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;

/** Applies a fix's edits to a document as one undoable change. */
public final class DocumentEdits {

    private DocumentEdits() {
    }

    public static void apply(IDocument document, Fix fix) throws BadLocationException {
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            List<TextEdit> edits = fix.edits().stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
                    .toList();
            for (TextEdit edit : edits) {
                document.replace(edit.offset(), edit.length(), edit.replacement());
            }
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }
}
