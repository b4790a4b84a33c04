package org.tweetorial.ui.internal.outline;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/**
 * The posts of the thread, numbered, with their first words and counts; selecting one reveals it. A refresh that
 * keeps the number of posts relabels only the rows whose label changed.
 */
public final class TweetorialOutlinePage extends ContentOutlinePage {

    /** A row: the post at an index of the latest snapshot. Equal by index, so rows and selection survive. */
    record Row(int index) {
    }

    /** A flat tree (a tree viewer needs a tree content provider): the rows, without children. */
    private static final class RowsContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            if (input instanceof Row[] rows) {
                return rows;
            }
            return input instanceof PanelRows.PanelRow[] panels ? panels : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }

    private final TweetorialEditor editor;
    private List<PostSummary> posts = List.of();
    /** The panels shown instead of posts while the editor holds an infographic. */
    private List<PanelRows.PanelRow> panels = List.of();
    private boolean updatingFromEditor;
    private PostLabelProvider labels;
    private final java.util.function.Consumer<org.tweetorial.core.platform.Platform> platformListener = p -> refresh();

    public TweetorialOutlinePage(TweetorialEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new RowsContentProvider());
        labels = new PostLabelProvider(this::post);
        viewer.setLabelProvider(new org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider(labels));
        viewer.setUseHashlookup(true);
        viewer.setInput(rows(posts.size()));
        PlatformChoice.addListener(platformListener);
        dragToMove(viewer);
    }

    /** Dragging a post onto another moves it there (one undoable change in the editor). */
    private void dragToMove(TreeViewer viewer) {
        int[] dragged = { -1 };
        Transfer[] types = { org.eclipse.swt.dnd.TextTransfer.getInstance() };
        viewer.addDragSupport(DND.DROP_MOVE, types, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                Object first = viewer.getStructuredSelection().getFirstElement();
                dragged[0] = first instanceof Row row ? row.index() : -1;
                event.doit = dragged[0] >= 0 && !posts.get(dragged[0]).post().generated();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = String.valueOf(dragged[0]);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, types, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return target instanceof Row row && dragged[0] >= 0 && row.index() != dragged[0];
            }

            @Override
            public boolean performDrop(Object data) {
                return getCurrentTarget() instanceof Row row && movePost(dragged[0], row.index());
            }
        });
    }

    /** Moves a post to another's place in the editor, as a drag and drop in this page does. */
    public boolean movePost(int from, int to) {
        return org.tweetorial.ui.internal.editor.PostMover.move(editor, from, to);
    }

    /** Shows a new snapshot's posts. */
    public void setSnapshot(DocumentSnapshot snapshot) {
        List<PostSummary> old = posts;
        posts = snapshot.posts();
        List<PanelRows.PanelRow> oldPanels = panels;
        panels = snapshot.infographic().map(i -> PanelRows.of(i, snapshot.text())).orElse(List.of());
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (snapshot.infographic().isPresent()) {
            if (!panels.equals(oldPanels)) {
                viewer.setInput(panels.toArray(PanelRows.PanelRow[]::new));
            }
            return;
        }
        if (old.size() == posts.size() && viewer.getInput() instanceof Row[]) {
            for (int i = 0; i < posts.size(); i++) {
                if (!labels.getText(old.get(i)).equals(labels.getText(posts.get(i)))) {
                    viewer.update(new Row(i), null);
                }
            }
            return;
        }
        updatingFromEditor = true;
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(rows(posts.size()));
            selectIndex(editor.caretPostIndex());
        } finally {
            viewer.getControl().setRedraw(true);
            updatingFromEditor = false;
        }
    }

    private static Row[] rows(int count) {
        Row[] rows = new Row[count];
        for (int i = 0; i < count; i++) {
            rows[i] = new Row(i);
        }
        return rows;
    }

    private PostSummary post(int index) {
        return index >= 0 && index < posts.size() ? posts.get(index) : null;
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
                ? new StructuredSelection(new Row(index))
                : StructuredSelection.EMPTY, true);
    }

    /** How many rows the outline's tree shows, -1 before it has a control; for tests. */
    public int shownRows() {
        TreeViewer viewer = getTreeViewer();
        return viewer == null || viewer.getControl().isDisposed() ? -1 : viewer.getTree().getItemCount();
    }

    /** The infographic's panels shown, as labelled; for tests. */
    public List<String> panelLabels() {
        return panels.stream().map(PanelRows.PanelRow::label).toList();
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
        Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
        if (first instanceof PanelRows.PanelRow panel && panel.range().startOffset() >= 0) {
            editor.selectAndReveal(panel.range().startOffset(), 0);
            return;
        }
        if (first instanceof Row row
                && post(row.index()) != null) {
            editor.revealPost(post(row.index()));
        }
    }

    @Override
    public void dispose() {
        PlatformChoice.removeListener(platformListener);
        editor.outlinePageClosed(this);
        super.dispose();
    }
}
