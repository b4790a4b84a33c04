package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.ImageTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.CardFiles;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.ui.internal.OpenViews;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.export.ExportJob;

/**
 * A gallery of every post's card, as the thread's settings say (front matter, then preferences) unless a theme or
 * size is chosen here; zoomable. Double-click opens a card full size; cards can be copied as images and the selected
 * ones exported by the exporter (the same files as {@code export}'s {@code cards/}).
 */
public final class CardsView implements ActiveTweetorial.Listener {

    public static final String ID = "org.tweetorial.ui.cards";

    private Combo themeCombo;
    private Combo sizeCombo;
    private Scale zoom;
    private Label settingsLabel;
    private ScrolledComposite scroller;
    private CardGallery gallery;
    private ActiveTweetorial.Source source;
    private DocumentSnapshot snapshot = DocumentSnapshot.empty();
    private List<Object> lastShown = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        GridLayout layout = new GridLayout(8, false);
        layout.marginHeight = 2;
        parent.setLayout(layout);
        new Label(parent, SWT.NONE).setText("Theme:");
        themeCombo = combo(parent, CardChoiceLists.themes());
        new Label(parent, SWT.NONE).setText("Size:");
        sizeCombo = combo(parent, CardChoiceLists.sizes());
        new Label(parent, SWT.NONE).setText("Zoom:");
        zoom = new Scale(parent, SWT.HORIZONTAL);
        zoom.setMinimum(160);
        zoom.setMaximum(720);
        zoom.setIncrement(40);
        zoom.setSelection(320);
        zoom.setLayoutData(new GridData(140, SWT.DEFAULT));
        zoom.addListener(SWT.Selection, e -> refresh());
        settingsLabel = new Label(parent, SWT.NONE);
        settingsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar actions = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        actions.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        push(actions, "Copy Image", "Copy the selected card as an image", this::copySelected);
        new ToolItem(actions, SWT.SEPARATOR);
        push(actions, "Export Selected\u2026", "Write the selected cards (or all) as PNG files with their alt text",
                this::exportSelected);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        gallery = new CardGallery(scroller);
        gallery.setOnOpen(this::openFullSize);
        scroller.setContent(gallery);
        scroller.addListener(SWT.Resize, e -> relayout());
        ActiveTweetorial.addListener(this);
    }

    private Combo combo(Composite parent, List<String> values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        values.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> refresh());
        return combo;
    }

    private static void push(ToolBar bar, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    public void snapshotChanged(ActiveTweetorial.Source newSource, DocumentSnapshot newSnapshot) {
        source = newSource;
        snapshot = newSnapshot;
        if (gallery != null && !gallery.isDisposed()) {
            refresh();
        }
    }

    /** Chooses a theme and size for this view ({@link CardChoiceLists#AS_THE_FILE_SAYS} or null for the file's). */
    public void choose(String theme, String size) {
        select(themeCombo, theme);
        select(sizeCombo, size);
        refresh();
    }

    private static void select(Combo combo, String value) {
        int index = value == null ? 0 : List.of(combo.getItems()).indexOf(value);
        combo.select(Math.max(0, index));
    }

    /** This view's explicit choices: none while the lists say "As the file says". */
    CardSettings.Choices choices() {
        return CardChoiceLists.choices(themeCombo, sizeCombo);
    }

    /** The settings the gallery shows, empty without a parsed thread. */
    public Optional<CardSettings> settings() {
        return snapshot.tweetorial().map(t -> WorkbenchCards.settings(t, choices()).settings());
    }

    /** Every post's card, in order. */
    public List<Card> cards() {
        return snapshot.tweetorial().map(t -> WorkbenchCards.cards(t, settings().orElseThrow())).orElse(List.of());
    }

    /** The full-size render options of the cards shown, null without a thread. */
    public RenderOptions options() {
        return settings().map(s -> WorkbenchCards.options(s, baseDir())).orElse(null);
    }

    private void refresh() {
        RenderOptions options = options();
        List<Card> cards = cards();
        List<Object> shown = List.of(cards, String.valueOf(options), zoom.getSelection(),
                CardThumbnails.generation());
        if (shown.equals(lastShown)) {
            return; // typing that changes no card repaints nothing here
        }
        lastShown = shown;
        showSettings();
        gallery.show(cards, options == null ? RenderOptions.defaults() : options, zoom.getSelection());
        relayout();
    }

    private void showSettings() {
        String text = snapshot.tweetorial().map(t -> {
            CardSettings.Resolution r = WorkbenchCards.settings(t, choices());
            String settings = r.settings().theme().id() + " \u00b7 " + r.settings().size();
            return r.problems().isEmpty() ? settings : settings + " \u00b7 " + String.join("; ", r.problems());
        }).orElse("");
        if (!text.equals(settingsLabel.getText())) {
            settingsLabel.setText(text);
            settingsLabel.setToolTipText(text);
            settingsLabel.getParent().layout(new org.eclipse.swt.widgets.Control[] { settingsLabel });
        }
    }

    private void relayout() {
        int width = scroller.getClientArea().width;
        scroller.setMinSize(width, gallery.relayout(width));
    }

    private Path baseDir() {
        return source != null ? source.baseDir() : snapshot.tweetorial().map(Tweetorial::baseDir).orElse(null);
    }

    private void openFullSize(Card card) {
        RenderOptions options = options();
        if (options != null) {
            new CardFullSizeDialog(gallery.getShell(), card, options).open();
        }
    }

    private void copySelected() {
        List<Card> selected = gallery.selection();
        RenderOptions options = options();
        if (selected.isEmpty() || options == null) {
            return;
        }
        Card card = selected.get(0);
        Display display = gallery.getDisplay();
        Job.create("Copying the card of " + CardGallery.label(card), monitor -> {
            try {
                ImageData data = CardThumbnails.toImageData(javax.imageio.ImageIO.read(
                        new java.io.ByteArrayInputStream(CardThumbnails.renderNow(card, options).bytes())));
                display.asyncExec(() -> copy(display, data));
                return Status.OK_STATUS;
            } catch (CardRenderException | java.io.IOException e) {
                return Status.error("The card could not be copied: " + e.getMessage(), e);
            }
        }).schedule();
    }

    private static void copy(Display display, ImageData data) {
        if (display.isDisposed()) {
            return;
        }
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { data }, new Transfer[] { ImageTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void exportSelected() {
        Optional<Path> file = snapshot.tweetorial().flatMap(Tweetorial::source);
        if (file.isEmpty()) {
            return;
        }
        List<Card> selected = gallery.selection().isEmpty() ? cards() : gallery.selection();
        DirectoryDialog dialog = new DirectoryDialog(gallery.getShell());
        dialog.setMessage("Choose where to put the folder " + stem(file.get()) + "-cards with " + selected.size()
                + " card image(s) and their alt text");
        dialog.setFilterPath(file.get().toAbsolutePath().getParent().toString());
        String parent = dialog.open();
        if (parent != null) {
            exportCards(file.get(), selected, Path.of(parent).resolve(stem(file.get()) + "-cards")).schedule();
        }
    }

    /** The export job writing these cards into {@code folder}, as the exporter names and draws them. */
    public ExportJob exportCards(Path file, List<Card> selected, Path folder) {
        Set<Integer> posts = selected.stream().filter(c -> c.numbering() != null).map(c -> c.numbering().index())
                .collect(Collectors.toSet());
        ExportRequest request = ExportRequest.of(file).withOutputDir(folder)
                .withArtifacts(Set.of(ExportArtifact.CARDS, ExportArtifact.ALT))
                .withCardChoices(choices()).withCardDefaults(WorkbenchCards.preferences())
                .withCardFiles(new CardFiles(OutputFormat.PNG, 1, Optional.of(posts), true));
        return new ExportJob(request, result -> ILog.of(CardsView.class).info("Cards written to "
                + result.folder()));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Shows the thumbnails at a width (the zoom slider's value, 160 to 720 pixels). */
    public void zoom(int width) {
        zoom.setSelection(width);
        refresh();
    }

    /** The number of cards drawn, for tests. */
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
