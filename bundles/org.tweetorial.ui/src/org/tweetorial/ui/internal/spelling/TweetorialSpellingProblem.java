package org.tweetorial.ui.internal.spelling;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.spelling.SpellingProblem;
import org.tweetorial.core.spelling.SpellChecker;
import org.tweetorial.core.spelling.WordLists;

/**
 * A word core's checker does not know, with its quick fixes: up to {@value #SUGGESTIONS} suggestions (worked out
 * in the background when the word is underlined, see {@link SuggestionPrefetch}), add to the project dictionary,
 * ignore in this file.
 */
public final class TweetorialSpellingProblem extends SpellingProblem {

    static final int SUGGESTIONS = 5;

    private final int offset;
    private final String word;
    private final SpellChecker checker;
    private final SpellingSession session;

    TweetorialSpellingProblem(int offset, String word, SpellChecker checker, SpellingSession session) {
        this.offset = offset;
        this.word = word;
        this.checker = checker;
        this.session = session;
    }

    @Override
    public int getOffset() {
        return offset;
    }

    @Override
    public int getLength() {
        return word.length();
    }

    /** The word as written. */
    public String word() {
        return word;
    }

    @Override
    public String getMessage() {
        return "'" + word + "' is not in the " + checker.dictionaryName() + " or medical dictionary (a right word: "
                + "add it to the project dictionary " + WordLists.PROJECT_DICTIONARY + ")";
    }

    @Override
    public ICompletionProposal[] getProposals() {
        return getProposals(null);
    }

    @Override
    public ICompletionProposal[] getProposals(IQuickAssistInvocationContext context) {
        ISourceViewer viewer = context == null ? null : context.getSourceViewer();
        List<ICompletionProposal> out = new ArrayList<>();
        for (String s : checker.suggest(word, SUGGESTIONS)) {
            out.add(new CompletionProposal(s, offset, word.length(), s.length(), null, "Change to '" + s + "'", null,
                    null));
        }
        if (session != null) {
            out.add(new WordListProposal.AddToProjectDictionary(word, session, viewer));
            out.add(new WordListProposal.IgnoreInFile(word, session, viewer));
        }
        return out.toArray(ICompletionProposal[]::new);
    }
}
