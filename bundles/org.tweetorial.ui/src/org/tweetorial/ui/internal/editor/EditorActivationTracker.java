package org.tweetorial.ui.internal.editor;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;

/** Makes a tweetorial editor the one the views follow whenever it is activated. */
final class EditorActivationTracker implements IPartListener2 {

    private final TweetorialEditor editor;
    private final IWorkbenchPage page;

    EditorActivationTracker(TweetorialEditor editor) {
        this.editor = editor;
        this.page = editor.getSite().getPage();
        page.addPartListener(this);
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == editor) {
            ActiveTweetorial.activate(editor);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        partActivated(reference);
    }

    void dispose() {
        page.removePartListener(this);
    }
}
