package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;
import org.eclipse.ui.texteditor.spelling.SpellingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.spelling.SpellChecker;
import org.tweetorial.core.spelling.WordLists;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.problems.TweetorialQuickAssistProcessor;
import org.tweetorial.ui.internal.spelling.TweetorialSpellingProblem;

/**
 * Spelling as you type: a misspelling typed into a tweetorial is underlined by the Eclipse spelling framework with
 * core's checker; its quick fixes change the word, add it to the project dictionary or ignore it in the file; the
 * Spelling preference turns it off. Saves target/screenshots/spelling.png.
 */
class SpellingEditorTest {

    private static final long TIMEOUT = 30_000;
    private static final String TEXT = """
            ---
            title: Spelling under test
            platforms: [x]
            language: en-US
            ---
            Heart failure with preserved ejection fraction is common.
            """;

    private IProject project;
    private IFile file;
    private TweetorialEditor editor;
    private ISourceViewer viewer;
    private IDocument document;

    @BeforeEach
    void open() throws Exception {
        project = UiTestSupport.examplesProject();
        Files.deleteIfExists(projectDictionary());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        file = UiTestSupport.writeFile(project, "spelling-under-test.md", TEXT);
        editor = UiTestSupport.open(file);
        viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        document = editor.document();
        assertTrue(EditorsUI.getPreferenceStore().getBoolean(SpellingService.PREFERENCE_SPELLING_ENABLED),
                "spelling is on by default");
    }

    @AfterEach
    void close() throws Exception {
        EditorsUI.getPreferenceStore().setToDefault(SpellingService.PREFERENCE_SPELLING_ENABLED);
        UiTestSupport.page().closeEditor(editor, false);
        file.delete(true, null);
        Files.deleteIfExists(projectDictionary());
    }

    @Test
    void aTypedMisspellingIsUnderlinedAndTheFirstSuggestionReplacesItExactly() throws Exception {
        int at = type("The pateint was breathless. ");
        int word = at + "The ".length();
        waitForUnderline("pateint");
        String before = document.get();
        ICompletionProposal[] proposals = proposals(word + 2);
        String first = SpellChecker.forLanguage("en-US").orElseThrow().suggest("pateint", 1).get(0);
        assertEquals("Change to '" + first + "'", proposals[0].getDisplayString(), labels(proposals).toString());
        assertTrue(labels(proposals).contains("Add 'pateint' to the project dictionary"), labels(proposals).toString());
        assertTrue(labels(proposals).contains("Ignore 'pateint' in this file"), labels(proposals).toString());
        System.out.println("[spelling] suggestions " + SpellChecker.forLanguage("en-US").orElseThrow()
                .suggest("pateint", 5).stream().map(w -> w + w.chars().boxed().toList()).toList());
        assertEquals(labels(proposals).size(), labels(proposals).stream().distinct().count(),
                "no proposal twice: " + labels(proposals));

        proposals[0].apply(document);

        assertEquals(before.substring(0, word) + first + before.substring(word + "pateint".length()), document.get());
        waitUntilNoUnderline("pateint");
    }

    @Test
    void quickFixFindsTheSuggestionsWorkedOutInTheBackground() throws Exception {
        SpellChecker checker = SpellChecker.forLanguage("en-US").orElseThrow();
        long before = checker.suggestionsWorkedOut();
        int at = type("The hypertenshun was treated. ");
        waitForUnderline("hypertenshun");
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(
                org.tweetorial.ui.internal.spelling.SuggestionPrefetch.FAMILY, null);
        long ready = checker.suggestionsWorkedOut();
        assertTrue(ready > before, "the underlined word's suggestions were worked out off the UI thread");
        ICompletionProposal[] proposals = proposals(at + "The ".length() + 2);
        assertTrue(proposals.length > 2, labels(proposals).toString());
        assertEquals(ready, checker.suggestionsWorkedOut(), "Quick Fix took them from the memo");
    }

    @Test
    void addToTheProjectDictionaryWritesTheSortedFileAndTheUnderlineGoes() throws Exception {
        int at = type("Start zorbafloxin today. ");
        waitForUnderline("zorbafloxin");

        apply(at + 7, "Add 'zorbafloxin' to the project dictionary");

        assertEquals("zorbafloxin\n", Files.readString(projectDictionary(), StandardCharsets.UTF_8));
        IFile dictionary = project.getFile(WordLists.PROJECT_DICTIONARY);
        assertTrue(dictionary.exists(), "the workspace sees the new dictionary");
        assertFalse(underlined().contains("zorbafloxin"));
        type("Then recieve the bloods. ");
        waitForUnderline("recieve");
        assertFalse(underlined().contains("zorbafloxin"), "the next check accepts the word: " + underlined());
    }

    @Test
    void ignoreInThisFileKeepsTheWordAcceptedForTheEditorSessionWithoutWritingAnything() throws Exception {
        int at = type("A blorptastic sign. ");
        waitForUnderline("blorptastic");

        apply(at + 4, "Ignore 'blorptastic' in this file");

        assertFalse(underlined().contains("blorptastic"));
        type("Then recieve the bloods. ");
        waitForUnderline("recieve");
        assertFalse(underlined().contains("blorptastic"), "the next check ignores the word: " + underlined());
        assertFalse(Files.exists(projectDictionary()), "ignoring writes no dictionary");
    }

    @Test
    void turningSpellingOffInThePreferencesRemovesTheUnderlines() throws Exception {
        type("The pateint was breathless. ");
        waitForUnderline("pateint");
        IPreferenceStore store = EditorsUI.getPreferenceStore();

        store.setValue(SpellingService.PREFERENCE_SPELLING_ENABLED, false);
        type("More text. ");

        UiTestSupport.waitUntil("the underlines go", TIMEOUT, () -> underlined().isEmpty());
        store.setToDefault(SpellingService.PREFERENCE_SPELLING_ENABLED);
        type("Even more. ");
        waitForUnderline("pateint");
    }

    @Test
    void screenshotOfTheQuickFixes() throws Exception {
        int at = type("The pateint had hyponatremia and dispnea after empaglifozin. ");
        waitForUnderline("empaglifozin");
        Shell shell = editor.getSite().getShell();
        UiTestSupport.fillScreen(shell);
        editor.setFocus();
        editor.selectAndReveal(at + "The pate".length(), 0);
        viewer.getTextWidget().setFocus();
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.QUICK_ASSIST);
        UiTestSupport.settle(shell.getDisplay(), 500);
        UiTestSupport.screenshot(shell, "spelling.png");
    }

    private int type(String text) throws Exception {
        int at = document.getLength();
        document.replace(at, 0, text);
        return at;
    }

    private void waitForUnderline(String word) {
        UiTestSupport.waitUntil("'" + word + "' is underlined", TIMEOUT, () -> underlined().contains(word));
    }

    private void waitUntilNoUnderline(String word) {
        UiTestSupport.waitUntil("'" + word + "' is no longer underlined", TIMEOUT,
                () -> !underlined().contains(word));
    }

    private void apply(int offset, String label) {
        ICompletionProposal proposal = Arrays.stream(proposals(offset))
                .filter(p -> p.getDisplayString().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + labels(proposals(offset))));
        proposal.apply(document);
    }

    private List<String> underlined() {
        IAnnotationModel model = viewer.getAnnotationModel();
        List<String> words = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof SpellingAnnotation a && !a.isMarkedDeleted()
                    && a.getSpellingProblem() instanceof TweetorialSpellingProblem p) {
                words.add(p.word());
            }
        }
        return words;
    }

    private ICompletionProposal[] proposals(int offset) {
        return new TweetorialQuickAssistProcessor(editor)
                .computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0));
    }

    private static List<String> labels(ICompletionProposal[] proposals) {
        return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
    }

    private Path projectDictionary() {
        return Path.of(project.getLocation().toOSString()).resolve(WordLists.PROJECT_DICTIONARY);
    }
}
