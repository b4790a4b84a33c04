package org.tweetorial.ui.internal.spelling;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.texteditor.spelling.SpellingContext;

/**
 * The spelling context of one tweetorial editor: the tweetorial content type, the folder whose project dictionary
 * applies, and the words ignored in this file. Ignored words live as long as the editor (they are not saved: a word
 * worth keeping belongs in the project dictionary).
 */
public final class SpellingSession extends SpellingContext {

    /** The tweetorial content type's id (plugin.xml). */
    public static final String CONTENT_TYPE = "org.tweetorial.ui.tweetorial";

    private final Supplier<Path> baseDir;
    private final Set<String> ignored = ConcurrentHashMap.newKeySet();

    public SpellingSession(Supplier<Path> baseDir) {
        this.baseDir = baseDir;
        IContentType type = Platform.getContentTypeManager().getContentType(CONTENT_TYPE);
        setContentType(type);
    }

    /** The folder of the edited file (its project dictionary is found from there). */
    public Path baseDir() {
        return baseDir.get();
    }

    /** Words ignored in this file for this editor session. */
    public Set<String> ignored() {
        return Set.copyOf(ignored);
    }

    /** Ignores a word in this file until the editor closes. */
    public void ignore(String word) {
        ignored.add(word);
    }
}
