package org.tweetorial.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.texteditor.rulers.AbstractContributedRulerColumn;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.LengthState;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;

/**
 * A ruler column showing each post's length for the chosen platform ({@code 212/280}) beside its first line, with a
 * bar along the post in the colour of its state: green when it fits, amber near the limit, red over it.
 */
public final class PostLengthRulerColumn extends AbstractContributedRulerColumn {

    /** Space between the line numbers on the left and the counts, so that they never touch. */
    private static final int LEFT_GAP = 12;
    private static final int BAR_WIDTH = 3;
    private static final int FALLBACK_WIDTH = 96;

    private int width = -1;

    private Canvas canvas;
    private ITextViewer viewer;
    private TweetorialEditor editor;
    private DocumentSnapshot snapshot = DocumentSnapshot.empty();
    private final Consumer<DocumentSnapshot> snapshotListener = this::snapshotChanged;
    private final Consumer<Platform> platformListener = p -> redraw();

    @Override
    public Control createControl(CompositeRuler parentRuler, Composite parentControl) {
        viewer = parentRuler.getTextViewer();
        canvas = new Canvas(parentControl, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, this::revealPostAt);
        viewer.addViewportListener(offset -> redraw());
        if (getEditor() instanceof TweetorialEditor tweetorialEditor) {
            editor = tweetorialEditor;
            editor.addSnapshotListener(snapshotListener);
            if (editor.analyzer() != null) {
                snapshot = editor.analyzer().current();
            }
        }
        PlatformChoice.addListener(platformListener);
        canvas.addDisposeListener(e -> {
            PlatformChoice.removeListener(platformListener);
            if (editor != null) {
                editor.removeSnapshotListener(snapshotListener);
            }
        });
        return canvas;
    }

    private void snapshotChanged(DocumentSnapshot newSnapshot) {
        snapshot = newSnapshot;
        redraw();
    }

    private void paint(GC gc) {
        StyledText text = viewer.getTextWidget();
        IDocument document = viewer.getDocument();
        gc.setBackground(text.getBackground());
        gc.fillRectangle(canvas.getClientArea());
        if (document == null) {
            return;
        }
        // while typing, the snapshot is a keystroke or two old: still paint it (the counts catch up after the
        // pause) rather than blank the column on every keystroke

        Platform platform = PlatformChoice.current();
        Font font = text.getFont();
        gc.setFont(font);
        for (PostSummary summary : snapshot.posts()) {
            if (!summary.post().generated()) {
                paintPost(gc, text, document, summary, platform);
            }
        }
    }

    private void paintPost(GC gc, StyledText text, IDocument document, PostSummary summary, Platform platform) {
        Count count = summary.count(platform);
        if (count == null) {
            return;
        }
        if (summary.post().range().startOffset() < 0 || summary.post().range().endOffset() > document.getLength()) {
            return;
        }
        try {
            int firstLine = document.getLineOfOffset(summary.post().range().startOffset());
            int lastLine = document.getLineOfOffset(
                    Math.max(summary.post().range().startOffset(), summary.post().range().endOffset() - 1));
            int firstWidgetLine = JFaceTextUtil.modelLineToWidgetLine(viewer, firstLine);
            if (firstWidgetLine < 0) {
                return;
            }
            int lastWidgetLine = Math.max(firstWidgetLine, JFaceTextUtil.modelLineToWidgetLine(viewer, lastLine));
            int top = text.getLinePixel(firstWidgetLine);
            // with word wrap a line may take several rows: end the bar where the next line starts
            int bottom = lastWidgetLine + 1 < text.getLineCount() ? text.getLinePixel(lastWidgetLine + 1)
                    : text.getLinePixel(lastWidgetLine) + text.getLineHeight(text.getOffsetAtLine(lastWidgetLine));
            RGB rgb = PostLengthColours.rgb(LengthState.of(count));
            gc.setBackground(TweetorialColors.color(rgb));
            int columnWidth = getWidth();
            gc.fillRectangle(columnWidth - BAR_WIDTH - 2, top, BAR_WIDTH, bottom - top);
            String label = count.length() + "/" + count.limit();
            Point extent = gc.textExtent(label);
            gc.setForeground(TweetorialColors.color(rgb));
            gc.drawText(label, Math.max(LEFT_GAP, columnWidth - BAR_WIDTH - 8 - extent.x), top, true);
        } catch (BadLocationException e) {
            // stale snapshot: the next one repaints
        }
    }

    private void revealPostAt(Event event) {
        StyledText text = viewer.getTextWidget();
        int widgetLine = text.getLineIndex(event.y);
        int modelLine = JFaceTextUtil.widgetLine2ModelLine(viewer, widgetLine);
        try {
            int offset = viewer.getDocument().getLineOffset(modelLine);
            int index = snapshot.postIndexAt(offset);
            if (index >= 0 && editor != null) {
                editor.revealPost(snapshot.posts().get(index));
            }
        } catch (BadLocationException e) {
            // clicked below the text
        }
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    /** Wide enough for "9999/9999" in the editor's font, with a gap on the left and the bar on the right. */
    @Override
    public int getWidth() {
        if (width < 0 && viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            GC gc = new GC(viewer.getTextWidget());
            try {
                gc.setFont(viewer.getTextWidget().getFont());
                width = LEFT_GAP + gc.textExtent("9999/9999").x + 8 + BAR_WIDTH + 2;
            } finally {
                gc.dispose();
            }
        }
        return width < 0 ? FALLBACK_WIDTH : width;
    }

    @Override
    public void redraw() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    @Override
    public void setFont(Font font) {
        // paints with the text widget's font so that labels line up with the text; measure again
        width = -1;
    }

    @Override
    public void setModel(IAnnotationModel model) {
        // counts come from the editor's snapshots, not from annotations
    }
}
