package org.tweetorial.ui.internal.analysis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tweetorial editor the views follow (the last one activated), with its snapshots and caret. Views register a
 * {@link Listener}; all calls happen on the UI thread.
 */
public final class ActiveTweetorial {

    /** What a view needs from the editor it follows. */
    public interface Source {

        DocumentAnalyzer analyzer();

        /** Selects a post's Markdown in the editor and reveals it. */
        void revealPost(PostSummary post);

        /** The index of the post the caret is in, -1 if none. */
        int caretPostIndex();

        /** The folder images and themes are resolved in. */
        java.nio.file.Path baseDir();

        String name();
    }

    /** Told when the followed editor, its snapshot or its caret's post changes. */
    public interface Listener {

        void snapshotChanged(Source source, DocumentSnapshot snapshot);

        default void caretPostChanged(Source source, int postIndex) {
        }
    }

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static Source active;

    private ActiveTweetorial() {
    }

    public static Source active() {
        return active;
    }

    /** Follows a source; listeners get its current snapshot at once. */
    public static void activate(Source source) {
        if (active == source) {
            return;
        }
        active = source;
        DocumentSnapshot snapshot = source.analyzer().current();
        for (Listener listener : LISTENERS) {
            listener.snapshotChanged(source, snapshot);
            listener.caretPostChanged(source, source.caretPostIndex());
        }
    }

    public static void deactivate(Source source) {
        if (active != source) {
            return;
        }
        active = null;
        for (Listener listener : LISTENERS) {
            listener.snapshotChanged(null, DocumentSnapshot.empty());
        }
    }

    public static void snapshotChanged(Source source, DocumentSnapshot snapshot) {
        if (active != source) {
            return;
        }
        for (Listener listener : LISTENERS) {
            UiTaskTimer.run("view:" + listener.getClass().getSimpleName(),
                    () -> listener.snapshotChanged(source, snapshot));
        }
    }

    public static void caretPostChanged(Source source, int postIndex) {
        if (active != source) {
            return;
        }
        for (Listener listener : LISTENERS) {
            listener.caretPostChanged(source, postIndex);
        }
    }

    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
        if (active != null) {
            listener.snapshotChanged(active, active.analyzer().current());
        }
    }

    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }
}
