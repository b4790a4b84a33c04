package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tweetorial.ui.internal.OpenViews;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;

/**
 * A gallery of the document's cards in the chosen theme and size, zoomable. Double-click opens a card full size;
 * cards can be copied as images and the selected ones exported as PNG files.
 */
public final class CardsView implements ActiveTweetorial.Listener {

    public static final String ID = "org.tweetorial.ui.cards";

    private Combo themeCombo;
    private Combo sizeCombo;
    private Scale zoom;
    private ScrolledComposite scroller;
    private CardGallery gallery;
    private ActiveTweetorial.Source source;
    private DocumentSnapshot snapshot = DocumentSnapshot.empty();

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        GridLayout layout = new GridLayout(7, false);
        layout.marginHeight = 2;
        parent.setLayout(layout);
        new Label(parent, SWT.NONE).setText("Theme:");
        themeCombo = combo(parent, CardStyles.themes().keySet().stream().toList(), TweetorialPreferences.theme());
        new Label(parent, SWT.NONE).setText("Size:");
        sizeCombo = combo(parent, new ArrayList<>(CardStyles.sizes()), TweetorialPreferences.cardSize());
        new Label(parent, SWT.NONE).setText("Zoom:");
        zoom = new Scale(parent, SWT.HORIZONTAL);
        zoom.setMinimum(160);
        zoom.setMaximum(720);
        zoom.setIncrement(40);
        zoom.setSelection(320);
        zoom.setLayoutData(new GridData(140, SWT.DEFAULT));
        zoom.addListener(SWT.Selection, e -> refresh());
        ToolBar actions = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        actions.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        push(actions, "Copy Image", "Copy the selected card as an image", this::copySelected);
        new ToolItem(actions, SWT.SEPARATOR);
        push(actions, "Export Selected\u2026", "Save the selected cards as PNG files", this::exportSelected);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        gallery = new CardGallery(scroller);
        gallery.setOnOpen(this::openFullSize);
        scroller.setContent(gallery);
        scroller.addListener(SWT.Resize, e -> relayout());
        ActiveTweetorial.addListener(this);
    }

    private Combo combo(Composite parent, List<String> items, String selected) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.max(0, items.indexOf(selected)));
        combo.addListener(SWT.Selection, e -> refresh());
        return combo;
    }

    private static void push(ToolBar bar, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private List<Object> lastShown = List.of();

    @Override
    public void snapshotChanged(ActiveTweetorial.Source newSource, DocumentSnapshot newSnapshot) {
        source = newSource;
        snapshot = newSnapshot;
        if (gallery != null && !gallery.isDisposed()) {
            refresh();
        }
    }

    /** The chosen theme and size. */
    public CardStyle style() {
        return new CardStyle(themeCombo.getText(), sizeCombo.getText());
    }

    /** Chooses a theme and size, as the toolbar does. */
    public void choose(String theme, String size) {
        themeCombo.select(Math.max(0, List.of(themeCombo.getItems()).indexOf(theme)));
        sizeCombo.select(Math.max(0, List.of(sizeCombo.getItems()).indexOf(size)));
        refresh();
    }

    /** The cards of the thread, in order. */
    public List<CardContent> cards() {
        List<CardContent> cards = new ArrayList<>();
        String handle = snapshot.tweetorial().flatMap(t -> t.frontMatter().handle()).orElse("");
        for (PostSummary summary : snapshot.posts()) {
            if (summary.post().card().isPresent()) {
                cards.add(CardContent.of(summary.post(), snapshot.posts().size(), snapshot.title(), handle));
            }
        }
        return cards;
    }

    private void refresh() {
        List<Object> shown = List.of(cards(), style(), zoom.getSelection(), String.valueOf(baseDir()));
        if (shown.equals(lastShown)) {
            return; // typing that changes no card repaints nothing here
        }
        lastShown = shown;
        gallery.show(cards(), style(), zoom.getSelection(), baseDir());
        relayout();
    }

    private void relayout() {
        int width = scroller.getClientArea().width;
        scroller.setMinSize(width, gallery.relayout(width));
    }

    private Path baseDir() {
        return source == null ? null : source.baseDir();
    }

    private void openFullSize(CardContent card) {
        new CardFullSizeDialog(gallery.getShell(), card, style(), baseDir()).open();
    }

    private void copySelected() {
        List<CardContent> selected = gallery.selection();
        if (selected.isEmpty()) {
            return;
        }
        CardStyle style = style();
        org.eclipse.swt.graphics.ImageData data = CardThumbnails.renderNow(selected.get(0), style, style.width(),
                baseDir());
        Clipboard clipboard = new Clipboard(gallery.getDisplay());
        try {
            clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void exportSelected() {
        List<CardContent> selected = gallery.selection().isEmpty() ? cards() : gallery.selection();
        DirectoryDialog dialog = new DirectoryDialog(gallery.getShell());
        dialog.setMessage("Folder for " + selected.size() + " card image(s)");
        String folder = dialog.open();
        if (folder != null) {
            new CardExportJob(selected, style(), baseDir(), Path.of(folder)).schedule();
        }
    }

    /** The number of cards drawn, for tests. */
    /** Shows the thumbnails at a width (the zoom slider's value, 160 to 720 pixels). */
    public void zoom(int width) {
        zoom.setSelection(width);
        refresh();
    }

    public int cardCount() {
        return gallery.cardCount();
    }

    /** How many cards have their rendered image (not a placeholder), for tests. */
    public int renderedCount() {
        return gallery.renderedCount();
    }

    @Focus
    public void setFocus() {
        gallery.setFocus();
    }

    @PreDestroy
    public void dispose() {
        OpenViews.closed(this);
        ActiveTweetorial.removeListener(this);
    }
}
