package org.tweetorial.ui.internal.outline;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/** The posts of the thread, numbered, with their first words and counts; selecting one reveals it. */
public final class TweetorialOutlinePage extends ContentOutlinePage {

    private final TweetorialEditor editor;
    private List<PostSummary> posts = List.of();
    private boolean updatingFromEditor;
    private final java.util.function.Consumer<org.tweetorial.core.platform.Platform> platformListener = p -> refresh();

    public TweetorialOutlinePage(TweetorialEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider(new PostLabelProvider()));
        viewer.setUseHashlookup(true);
        viewer.setInput(posts);
        PlatformChoice.addListener(platformListener);
    }

    /** Shows a new snapshot's posts. */
    public void setSnapshot(DocumentSnapshot snapshot) {
        posts = snapshot.posts();
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        updatingFromEditor = true;
        try {
            viewer.getControl().setRedraw(false);
            viewer.setInput(posts);
            selectIndex(editor.caretPostIndex());
        } finally {
            viewer.getControl().setRedraw(true);
            updatingFromEditor = false;
        }
    }

    /** Selects the post the caret is in without moving the caret. */
    public void showPost(int index) {
        if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
            return;
        }
        updatingFromEditor = true;
        try {
            selectIndex(index);
        } finally {
            updatingFromEditor = false;
        }
    }

    private void selectIndex(int index) {
        getTreeViewer().setSelection(index >= 0 && index < posts.size()
                ? new StructuredSelection(posts.get(index))
                : StructuredSelection.EMPTY, true);
    }

    /** The posts shown, for tests. */
    public List<PostSummary> posts() {
        return posts;
    }

    private void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh(true);
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (updatingFromEditor) {
            return;
        }
        if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof PostSummary post) {
            editor.revealPost(post);
        }
    }

    @Override
    public void dispose() {
        PlatformChoice.removeListener(platformListener);
        editor.outlinePageClosed(this);
        super.dispose();
    }
}
