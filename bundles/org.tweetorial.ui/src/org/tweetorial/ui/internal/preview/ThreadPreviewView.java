package org.tweetorial.ui.internal.preview;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.OpenViews;
import org.tweetorial.ui.internal.analysis.ActiveTweetorial;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.analysis.RefreshTimings;
import org.tweetorial.ui.internal.analysis.SnapshotBuilder;
import org.tweetorial.render.CardSettings;
import org.tweetorial.ui.internal.cards.WorkbenchCards;

/**
 * The live thread preview: follows the active tweetorial editor and draws its thread as the chosen platform shows
 * it. Clicking a post selects it in the editor; the caret's post is highlighted here.
 */
public final class ThreadPreviewView implements ActiveTweetorial.Listener {

    public static final String ID = "org.tweetorial.ui.preview";

    private ScrolledComposite scroller;
    private ThreadCanvas canvas;
    private Label summary;
    private ActiveTweetorial.Source source;
    private final Consumer<Platform> platformListener = p -> platformChanged();
    private ToolBar toolBar;
    private Combo platformCombo;
    private long shownVersion = -1;
    private long shownAtNanos;

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout barLayout = new GridLayout(4, false);
        barLayout.marginWidth = 8;
        barLayout.marginHeight = 4;
        barLayout.horizontalSpacing = 10;
        bar.setLayout(barLayout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("Platform:");
        platformCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Platform platform : SnapshotBuilder.PREVIEW_PLATFORMS) {
            platformCombo.add(platform.displayName());
        }
        platformCombo.setToolTipText("Preview the thread as it appears on this platform");
        platformCombo.select(SnapshotBuilder.PREVIEW_PLATFORMS.indexOf(PlatformChoice.current()));
        platformCombo.addListener(SWT.Selection, e -> {
            int index = platformCombo.getSelectionIndex();
            if (index >= 0) {
                PlatformChoice.choose(SnapshotBuilder.PREVIEW_PLATFORMS.get(index));
            }
        });
        toolBar = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        addPush(toolBar, "Copy Post", "Copy the highlighted post's text", this::copyPost);
        new ToolItem(toolBar, SWT.SEPARATOR);
        addPush(toolBar, "Copy All", "Copy every post's text, ready to paste; posts are separated by a line"
                + " holding only " + POST_SEPARATOR.strip() + ", which no post can contain", this::copyAll);
        summary = new Label(bar, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Label line = new Label(parent, SWT.SEPARATOR | SWT.HORIZONTAL);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new ThreadCanvas(scroller);
        canvas.setMenu(contextMenu());
        canvas.setOnPostClicked(this::postClicked);
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, e -> relayout());
        PlatformChoice.addListener(platformListener);
        ActiveTweetorial.addListener(this);
    }

    private static void addPush(ToolBar bar, String text, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private Menu contextMenu() {
        Menu menu = new Menu(canvas);
        MenuItem copyPost = new MenuItem(menu, SWT.PUSH);
        copyPost.setText("Copy Post Text");
        copyPost.addListener(SWT.Selection, e -> copyPost());
        MenuItem copyAll = new MenuItem(menu, SWT.PUSH);
        copyAll.setText("Copy All Posts");
        copyAll.addListener(SWT.Selection, e -> copyAll());
        return menu;
    }

    @Override
    public void snapshotChanged(ActiveTweetorial.Source newSource, DocumentSnapshot snapshot) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        long start = System.nanoTime();
        source = newSource;
        canvas.show(snapshot, newSource == null ? null : newSource.baseDir(), cardSettings(snapshot));
        relayout();
        updateSummary(snapshot);
        shownVersion = snapshot.version();
        shownAtNanos = System.nanoTime();
        RefreshTimings.record(RefreshTimings.PREVIEW, shownAtNanos - start);
    }

    @Override
    public void caretPostChanged(ActiveTweetorial.Source changed, int postIndex) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.highlight(postIndex);
        reveal(postIndex);
    }

    private void reveal(int index) {
        if (index < 0 || index >= canvas.blocks().size()) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle bounds = canvas.blocks().get(index).bounds();
        int top = scroller.getOrigin().y;
        int visible = scroller.getClientArea().height;
        if (bounds.y < top || bounds.y + Math.min(bounds.height, visible) > top + visible) {
            scroller.setOrigin(0, bounds.y);
        }
    }

    /** The thread's card settings: front matter, then preferences, as the Cards view and export resolve them. */
    private static CardSettings cardSettings(DocumentSnapshot snapshot) {
        return snapshot.tweetorial().map(t -> WorkbenchCards.settings(t, CardSettings.Choices.none()).settings())
                .orElse(CardSettings.defaults());
    }

    private void relayout() {
        int width = scroller.getClientArea().width;
        int height = canvas.relayout(width);
        scroller.setMinSize(width, height);
    }

    private void platformChanged() {
        int index = SnapshotBuilder.PREVIEW_PLATFORMS.indexOf(PlatformChoice.current());
        if (platformCombo.getSelectionIndex() != index) {
            platformCombo.select(index);
        }
        relayout();
        updateSummary(canvas.snapshot());
    }

    private void updateSummary(DocumentSnapshot snapshot) {
        Platform platform = PlatformChoice.current();
        long over = snapshot.posts().stream().filter(p -> p.count(platform) != null && !p.count(platform).fits())
                .count();
        String text = snapshot.posts().isEmpty() ? ""
                : snapshot.posts().size() + " posts" + (over > 0 ? " \u00b7 " + over + " over the limit" : "");
        if (!text.equals(summary.getText())) {
            // a layout only when the text changed: most refreshes keep the count
            summary.setText(text);
            summary.getParent().layout(new org.eclipse.swt.widgets.Control[] { summary });
        }
    }

    private void postClicked(int index) {
        if (source != null && index >= 0 && index < canvas.snapshot().posts().size()) {
            source.revealPost(canvas.snapshot().posts().get(index));
        }
    }

    /** Copies the highlighted post (or the first) to the clipboard; returns the text copied. */
    public String copyPost() {
        var posts = canvas.snapshot().posts();
        if (posts.isEmpty()) {
            return "";
        }
        int index = canvas.highlighted() >= 0 && canvas.highlighted() < posts.size() ? canvas.highlighted() : 0;
        String text = posts.get(index).post().postedText();
        copy(text);
        return text;
    }

    /**
     * Between posts in "Copy All": a line of its own that no post can hold (a line of only {@code ---} ends a post
     * in the source), so the posts can be told from paragraphs.
     */
    public static final String POST_SEPARATOR = "\n\n---\n\n";

    /** Copies every post, separated by {@link #POST_SEPARATOR}, to the clipboard; returns the text copied. */
    public String copyAll() {
        String text = canvas.snapshot().posts().stream().map(PostSummary::post).map(p -> p.postedText())
                .collect(Collectors.joining(POST_SEPARATOR));
        if (!text.isEmpty()) {
            copy(text);
        }
        return text;
    }

    private void copy(String text) {
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** The version of the snapshot shown last, for tests and benchmarks. */
    public long shownVersion() {
        return shownVersion;
    }

    /** When the last snapshot was shown, in {@link System#nanoTime()} units. */
    public long shownAtNanos() {
        return shownAtNanos;
    }

    /** How many cards still show a placeholder; asks for them to be rendered. For tests and screenshots. */
    /** The text of post {@code index} as the preview shows it (links shortened as the platform shows them). */
    public String shownText(int index) {
        return canvas.blocks().get(index).text().getText();
    }

    /** Where the preview draws post {@code index}'s pictures, in the platform's grid. */
    public org.eclipse.swt.graphics.Rectangle[] imageBoxes(int index) {
        return canvas.blocks().get(index).imageBoxes().clone();
    }

    public int missingCards() {
        return canvas.missingCards();
    }

    /** The card of a post as this view draws it, empty if none; for tests. */
    public java.util.Optional<org.tweetorial.render.Card> card(int index) {
        return canvas.card(index);
    }

    /** The full-size options of the cards drawn here; for tests. */
    public org.tweetorial.render.RenderOptions cardOptions() {
        return canvas.cardOptions();
    }

    /** What the card of a post shows now (pixels, a failure, or null while rendering); for tests. */
    public Object cardPixels(int index) {
        return canvas.cardPixels(index);
    }

    /** The author's name and handle shown on the posts; for tests. */
    public String authorShown() {
        return canvas.author().name() + " " + canvas.author().handle();
    }

    /** The posts drawn, for tests. */
    public int postCount() {
        return canvas.blocks().size();
    }

    /** The highlighted post's index, for tests. */
    public int highlightedPost() {
        return canvas.highlighted();
    }

    /** Simulates a click on a post, for tests. */
    public void clickPost(int index) {
        canvas.highlight(index);
        postClicked(index);
    }

    @Focus
    public void setFocus() {
        canvas.setFocus();
    }

    @PreDestroy
    public void dispose() {
        OpenViews.closed(this);
        ActiveTweetorial.removeListener(this);
        PlatformChoice.removeListener(platformListener);
    }
}
