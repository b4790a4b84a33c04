package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.lint.LintOptions;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.problems.ProblemMarkers;
import org.tweetorial.ui.internal.problems.TweetorialQuickAssistProcessor;

/** Ctrl+1 offers each distinct core fix once and applies exactly the core's edit. */
class QuickAssistTest {

    private static final long TIMEOUT = 20_000;
    private static final String SENTENCE = "Preload is the stretch of the ventricle at the end of diastole. ";

    private IFile file;
    private TweetorialEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        file = UiTestSupport.examplesProject().getFile("frank-starling.md");
        editor = UiTestSupport.open(file);
    }

    @AfterEach
    void closeWithoutSaving() {
        UiTestSupport.page().closeEditor(editor, false);
    }

    @Test
    void aPostTooLongForTwoPlatformsHasOneSplitProposalThatAppliesTheCoreFix() throws Exception {
        IDocument document = editor.document();
        int postStart = document.getLength() + "\n---\n\n".length();
        document.replace(document.getLength(), 0, "\n---\n\n" + SENTENCE.repeat(6).strip() + "\n");
        UiTestSupport.waitUntil("X and Bluesky each mark the post too long", TIMEOUT,
                () -> tooLongMarkers().size() == 2);
        String before = document.get();
        Problem problem = Tweetorials.check(Tweetorials.parse(before, editor.baseDir()), LintOptions.defaults())
                .stream().filter(p -> p.ruleId().equals("post-too-long")).findFirst().orElseThrow();

        ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
        String splitLabel = problem.fix().orElseThrow().label();
        UiTestSupport.waitUntil("the editor's markers offer the split", TIMEOUT,
                () -> labels(proposals(viewer, postStart + 3)).contains(splitLabel));
        ICompletionProposal[] proposals = proposals(viewer, postStart + 3);
        List<String> labels = labels(proposals);
        assertEquals(1, labels.stream().filter(splitLabel::equals).count(), labels.toString());
        assertEquals(labels.size(), labels.stream().distinct().count(), "no label twice: " + labels);

        ICompletionProposal split = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals(splitLabel))
                .findFirst().orElseThrow();
        split.apply(document);
        assertEquals(problem.fix().orElseThrow().applyTo(before), document.get());
    }

    private static List<String> labels(ICompletionProposal[] proposals) {
        return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
    }

    private ICompletionProposal[] proposals(ISourceViewer viewer, int offset) {
        return new TweetorialQuickAssistProcessor(editor)
                .computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0));
    }

    private List<IMarker> tooLongMarkers() {
        try {
            return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
                    .filter(m -> "post-too-long".equals(m.getAttribute(ProblemMarkers.RULE_ID, ""))).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
