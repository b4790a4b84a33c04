package org.tweetorial.ui.internal.spelling;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.tweetorial.core.spelling.SpellChecker;

/**
 * Works out the suggestions of the words just underlined in a low-priority background job, so that Quick Fix (on the
 * UI thread) finds them in the checker's memo instead of computing them (tens of milliseconds a word, more for an
 * odd one).
 */
public final class SuggestionPrefetch extends Job {

    /** The job family, for tests that wait for the suggestions. */
    public static final Object FAMILY = SuggestionPrefetch.class;

    private final SpellChecker checker;
    private final List<String> words;

    private SuggestionPrefetch(SpellChecker checker, List<String> words) {
        super("Spelling suggestions");
        this.checker = checker;
        this.words = words;
        setSystem(true);
        setPriority(DECORATE);
    }

    static void schedule(SpellChecker checker, Collection<String> words) {
        if (!words.isEmpty()) {
            new SuggestionPrefetch(checker, List.copyOf(words)).schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        for (String word : words) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            checker.suggest(word, TweetorialSpellingProblem.SUGGESTIONS);
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
