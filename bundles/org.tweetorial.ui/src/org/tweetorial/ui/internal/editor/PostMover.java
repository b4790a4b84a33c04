package org.tweetorial.ui.internal.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.edit.PostMoves;
import org.tweetorial.core.lint.Fix;
import org.tweetorial.core.lint.TextEdit;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.ui.internal.problems.DocumentEdits;

/**
 * Moves a post of the editor's thread (core's {@link PostMoves}) as one undoable change and keeps the caret in the
 * moved post. Also the handler of "Move Post Up" and "Move Post Down".
 */
public final class PostMover extends AbstractHandler {

    public static final String UP = "org.tweetorial.ui.movePostUp";
    public static final String DOWN = "org.tweetorial.ui.movePostDown";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof TweetorialEditor editor) {
            int from = editor.caretPostIndex();
            if (from >= 0) {
                move(editor, from, from + (DOWN.equals(event.getCommand().getId()) ? 1 : -1));
            }
        }
        return null;
    }

    /** Moves the post at index {@code from} to the place of the one at {@code to}; false when nothing moved. */
    public static boolean move(TweetorialEditor editor, int from, int to) {
        IDocument document = editor.document();
        Optional<Tweetorial> thread = parse(editor, document.get());
        Optional<TextEdit> edit = thread.flatMap(t -> PostMoves.move(t, from, to));
        if (edit.isEmpty()) {
            return false;
        }
        try {
            DocumentEdits.apply(document, new Fix("Move post", List.of(edit.get())));
        } catch (BadLocationException e) {
            return false;
        }
        parse(editor, document.get()).filter(t -> to < t.posts().size())
                .ifPresent(t -> editor.selectAndReveal(t.posts().get(to).range().startOffset(), 0));
        return true;
    }

    private static Optional<Tweetorial> parse(TweetorialEditor editor, String text) {
        try {
            return Optional.of(Tweetorials.parse(text, editor.baseDir()));
        } catch (TweetorialException e) {
            return Optional.empty();
        }
    }
}
