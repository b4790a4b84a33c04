package org.tweetorial.ui.internal.spelling;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.spelling.ISpellingEngine;
import org.eclipse.ui.texteditor.spelling.ISpellingProblemCollector;
import org.eclipse.ui.texteditor.spelling.SpellingContext;
import org.eclipse.ui.texteditor.spelling.SpellingEngineDescriptor;
import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Post;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.core.spelling.Misspelling;
import org.tweetorial.core.spelling.SpellChecker;
import org.tweetorial.core.spelling.WordLists;

/**
 * The "Tweetorial (English and medical)" spelling engine: checks the posts of a tweetorial document (not its front
 * matter) with core's checker in the front matter's language, minus the project's and user's dictionaries and the
 * words ignored in the file. Core memoizes the unknown words per post, so a keystroke re-checks one post. Documents of
 * other content types (in an IDE with another engine, e.g. JDT's) are passed to the first other engine, so choosing
 * this one takes spelling from no other editor.
 */
public final class TweetorialSpellingEngine implements ISpellingEngine {

    /** The engine's id (plugin.xml). */
    public static final String ID = "org.tweetorial.ui.spellingEngine";

    @Override
    public void check(IDocument document, IRegion[] regions, SpellingContext context,
            ISpellingProblemCollector collector, IProgressMonitor monitor) {
        if (!isTweetorial(context.getContentType())) {
            delegate(document, regions, context, collector, monitor);
            return;
        }
        SpellingSession session = context instanceof SpellingSession s ? s : null;
        Path baseDir = session != null ? session.baseDir() : Path.of(".");
        Tweetorial tweetorial;
        try {
            tweetorial = Tweetorials.parse(document.get(), baseDir);
        } catch (TweetorialException | RuntimeException e) {
            return; // the editor's markers say what is wrong with the file
        }
        Optional<SpellChecker> checker = SpellChecker.forLanguage(tweetorial.frontMatter().language().orElse(""));
        if (checker.isEmpty()) {
            return;
        }
        Predicate<String> accepted = WordLists.accepted(baseDir, session != null ? session.ignored() : Set.of());
        Set<String> underlined = new LinkedHashSet<>();
        for (Post post : tweetorial.posts()) {
            if (monitor != null && monitor.isCanceled()) {
                return;
            }
            if (!post.generated() && inRegions(post, regions)) {
                List<Misspelling> found = checker.get().check(post.markdown(), accepted);
                report(post, found, checker.get(), session, collector);
                found.forEach(m -> underlined.add(m.word()));
            }
        }
        SuggestionPrefetch.schedule(checker.get(), underlined);
    }

    private static void report(Post post, Iterable<Misspelling> misspellings, SpellChecker checker,
            SpellingSession session, ISpellingProblemCollector collector) {
        int base = post.range().startOffset();
        for (Misspelling m : misspellings) {
            collector.accept(new TweetorialSpellingProblem(base + m.start(), m.word(), checker, session));
        }
    }

    private static boolean inRegions(Post post, IRegion[] regions) {
        int start = post.range().startOffset();
        int end = start + post.markdown().length();
        for (IRegion r : regions) {
            if (start <= r.getOffset() + r.getLength() && r.getOffset() <= end) {
                return true;
            }
        }
        return false;
    }

    private static void delegate(IDocument document, IRegion[] regions, SpellingContext context,
            ISpellingProblemCollector collector, IProgressMonitor monitor) {
        for (SpellingEngineDescriptor other : EditorsUI.getSpellingService().getSpellingEngineDescriptors()) {
            if (!ID.equals(other.getId())) {
                try {
                    other.createEngine().check(document, regions, context, collector, monitor);
                } catch (CoreException e) {
                    // that engine cannot be created: nothing is reported, as with no engine
                }
                return;
            }
        }
    }

    private static boolean isTweetorial(IContentType type) {
        for (IContentType t = type; t != null; t = t.getBaseType()) {
            if (SpellingSession.CONTENT_TYPE.equals(t.getId())) {
                return true;
            }
        }
        return false;
    }
}
