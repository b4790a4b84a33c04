package org.tweetorial.ui.internal.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.tweetorial.core.model.ImageRef;
import org.tweetorial.core.platform.DisplayText;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.ui.internal.analysis.DocumentSnapshot;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.cards.CardImages;
import org.tweetorial.ui.internal.cards.CardThumbnails;
import org.tweetorial.ui.internal.cards.WorkbenchCards;
import org.tweetorial.ui.internal.editor.TweetorialColors;

/**
 * Draws a thread the way a platform shows it, natively: avatar, name and handle, the post text with hashtags,
 * mentions and links highlighted, images, the card (a placeholder until it is rendered), and count badges.
 */
final class ThreadCanvas extends Canvas {

    static final int PAD = 14;
    static final int AVATAR = 40;
    private static final int GAP = 8;
    private static final int BADGE_HEIGHT = 20;
    private static final RGB HIGHLIGHT = new RGB(0xEA, 0xF4, 0xFF);
    private static final RGB OVER_TINT = new RGB(0xFF, 0xF1, 0xF0);
    private static final RGB DIVIDER = new RGB(0xE6, 0xE8, 0xEB);
    private static final RGB MUTED = new RGB(0x53, 0x64, 0x71);
    private static final RGB PLACEHOLDER = new RGB(0xF0, 0xF2, 0xF5);

    private final TextLayoutCache layouts;
    private final EmojiGlyphs emoji;
    private final ImageThumbnails thumbnails;
    private final AvatarPainter avatar;
    private final CardImages cardImages;
    private final Font textFont;
    private final Font boldFont;
    private final Font smallFont;
    private DocumentSnapshot snapshot = DocumentSnapshot.empty();
    private Path baseDir;
    private CardSettings cardSettings = CardSettings.defaults();
    private RenderOptions cardOptions = RenderOptions.defaults();
    private List<Card> cards = List.of();
    private int imageGeneration = CardThumbnails.generation();
    private List<PostBlock> blocks = List.of();
    private int highlighted = -1;
    private IntConsumer onPostClicked = i -> {
    };

    ThreadCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        FontData base = JFaceResources.getDefaultFont().getFontData()[0];
        textFont = new Font(getDisplay(), base.getName(), base.getHeight() + 1, SWT.NORMAL);
        boldFont = new Font(getDisplay(), base.getName(), base.getHeight() + 1, SWT.BOLD);
        smallFont = new Font(getDisplay(), base.getName(), Math.max(7, base.getHeight() - 1), SWT.NORMAL);
        layouts = new TextLayoutCache(getDisplay());
        emoji = new EmojiGlyphs(getDisplay(), this::redrawIfAlive);
        thumbnails = new ImageThumbnails(getDisplay(), this::redrawIfAlive);
        avatar = new AvatarPainter(thumbnails);
        cardImages = new CardImages(getDisplay());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
        addListener(SWT.MouseDown, e -> clicked(e.y));
        addDisposeListener(e -> disposeResources());
    }

    void setOnPostClicked(IntConsumer listener) {
        onPostClicked = listener;
    }

    /** Shows a snapshot; the caller lays it out ({@link #relayout(int)}) once. */
    /** Shows a snapshot with its cards drawn as {@code settings} say (the route every other view and export take). */
    void show(DocumentSnapshot newSnapshot, Path newBaseDir, CardSettings settings) {
        snapshot = newSnapshot;
        baseDir = newBaseDir;
        cardSettings = settings;
        cardOptions = WorkbenchCards.options(settings, newBaseDir);
        cards = newSnapshot.tweetorial().map(t -> WorkbenchCards.cards(t, settings)).orElse(List.of());
        if (imageGeneration != CardThumbnails.generation()) {
            // an image of the project changed: load the posts' pictures again
            imageGeneration = CardThumbnails.generation();
            thumbnails.dispose();
        }
    }

    /** How many cards are not rendered yet; asks for the missing ones (for tests and screenshots). */
    int missingCards() {
        int missing = 0;
        for (PostBlock block : blocks) {
            if (block.card().isPresent() && !(CardThumbnails.get(block.card().get(), cardOptions,
                    block.cardBox().width, this::redrawIfAlive) instanceof ImageData)) {
                missing++;
            }
        }
        return missing;
    }

    /** The full-size options every card here is drawn with. */
    RenderOptions cardOptions() {
        return cardOptions;
    }

    /** The card of the post at an index as drawn, empty if none. */
    Optional<Card> card(int index) {
        return index >= 0 && index < cards.size() ? Optional.of(cards.get(index)) : Optional.empty();
    }

    /** What the card box of a post shows now: pixels, a failure, or null while it renders. */
    Object cardPixels(int index) {
        if (index < 0 || index >= blocks.size() || blocks.get(index).card().isEmpty()) {
            return null;
        }
        PostBlock block = blocks.get(index);
        return CardThumbnails.get(block.card().get(), cardOptions, block.cardBox().width, this::redrawIfAlive);
    }

    List<PostBlock> blocks() {
        return blocks;
    }

    DocumentSnapshot snapshot() {
        return snapshot;
    }

    int highlighted() {
        return highlighted;
    }

    void highlight(int index) {
        if (index != highlighted) {
            highlighted = index;
            redraw();
        }
    }

    /** Lays the posts out for a width; returns the height they need. */
    int relayout(int width) {
        if (width <= 0) {
            return 0;
        }
        Platform platform = PlatformChoice.current();
        PlatformLook look = PlatformLook.of(platform);
        Color link = TweetorialColors.color(look.link());
        int contentX = PAD + AVATAR + 10;
        int contentWidth = Math.max(80, width - contentX - PAD);
        List<PostBlock> laidOut = new ArrayList<>();
        layouts.beginPass();
        int y = 0;
        for (int i = 0; i < snapshot.posts().size(); i++) {
            PostBlock block = block(i, snapshot.posts().get(i), y, width, contentX, contentWidth, look, link);
            laidOut.add(block);
            y += block.bounds().height;
        }
        layouts.endPass();
        blocks = laidOut;
        redraw();
        return y + PAD;
    }

    private PostBlock block(int index, PostSummary summary, int top, int width, int contentX, int contentWidth,
            PlatformLook look, Color link) {
        int y = top + PAD + 20 + 4;
        TextLayout text = layouts.layout(DisplayText.of(summary.post().postedText(), PlatformChoice.current()),
                contentWidth, textFont, link);
        int textTop = y;
        y += text.getBounds().height + GAP;
        List<ImageRef> images = summary.post().images();
        Rectangle[] imageBoxes = images.isEmpty() ? new Rectangle[0]
                : look.grid().boxes(Math.min(4, images.size()), contentX, y, contentWidth);
        if (imageBoxes.length > 0) {
            y = Arrays.stream(imageBoxes).mapToInt(r -> r.y + r.height).max().getAsInt() + GAP;
        }
        Optional<Card> card = index < cards.size() ? Optional.of(cards.get(index)) : Optional.empty();
        Rectangle cardBox = null;
        if (card.isPresent()) {
            int height = contentWidth * cardSettings.size().height() / cardSettings.size().width();
            cardBox = new Rectangle(contentX, y, contentWidth, height);
            y += height + GAP;
        }
        int badgeTop = y;
        y += BADGE_HEIGHT + PAD;
        return new PostBlock(index, summary, new Rectangle(0, top, width, y - top), text, textTop, imageBoxes,
                cardBox, card, badgeTop);
    }

    private void paint(GC gc, Rectangle clip) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (blocks.isEmpty()) {
            paintEmpty(gc);
            return;
        }
        for (PostBlock block : blocks) {
            if (block.bounds().intersects(clip)) {
                paintBlock(gc, block);
            }
        }
    }

    private void paintEmpty(GC gc) {
        gc.setForeground(TweetorialColors.color(MUTED));
        gc.setFont(textFont);
        String message = snapshot.failure().orElse(snapshot.infographic().isPresent()
                ? "An infographic: the Infographic Preview shows it."
                : "Open a tweetorial (.md) to see its thread here.");
        gc.drawText(message, PAD, PAD, true);
    }

    private void paintBlock(GC gc, PostBlock block) {
        Rectangle b = block.bounds();
        Platform platform = PlatformChoice.current();
        boolean over = !block.summary().count(platform).fits();
        if (block.index() == highlighted || over) {
            gc.setBackground(TweetorialColors.color(block.index() == highlighted ? HIGHLIGHT : OVER_TINT));
            gc.fillRectangle(b);
        }
        if (over) {
            gc.setBackground(TweetorialColors.color(TweetorialColors.OVER_LIMIT));
            gc.fillRectangle(b.x, b.y, 4, b.height);
        }
        paintConnector(gc, block);
        avatar.paint(gc, PAD, b.y + PAD, AVATAR, author(), boldFont,
                PlatformLook.of(PlatformChoice.current()).squareAvatar());
        paintHeader(gc, block);
        block.text().draw(gc, PAD + AVATAR + 10, block.textTop());
        emoji.paint(gc, block.text(), PAD + AVATAR + 10, block.textTop(), EmojiGlyphs.size(getDisplay(), textFont));
        paintImages(gc, block);
        paintCard(gc, block);
        BadgePainter.paint(gc, PAD + AVATAR + 10, block.badgeTop(), block.summary(), platforms(), platform,
                smallFont);
        gc.setForeground(TweetorialColors.color(DIVIDER));
        gc.drawLine(b.x, b.y + b.height - 1, b.x + b.width, b.y + b.height - 1);
    }

    private void paintConnector(GC gc, PostBlock block) {
        if (block.index() + 1 >= blocks.size()) {
            return;
        }
        gc.setForeground(TweetorialColors.color(DIVIDER));
        gc.setLineWidth(2);
        int x = PAD + AVATAR / 2;
        Rectangle b = block.bounds();
        gc.drawLine(x, b.y + PAD + AVATAR + 4, x, b.y + b.height + PAD - 4);
        gc.setLineWidth(1);
    }

    private void paintHeader(GC gc, PostBlock block) {
        Author author = author();
        PlatformLook look = PlatformLook.of(PlatformChoice.current());
        int x = PAD + AVATAR + 10;
        int y = block.bounds().y + PAD;
        gc.setFont(boldFont);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String name = look.nameIsHandle() ? author.handle().replaceFirst("^@", "") : author.name();
        gc.drawText(name, x, y, true);
        x += gc.textExtent(name).x + 6;
        gc.setFont(textFont);
        gc.setForeground(TweetorialColors.color(MUTED));
        gc.drawText(look.meta(author.handle(), block.summary().post().number(), blocks.size()), x, y, true);
    }

    private void paintImages(GC gc, PostBlock block) {
        List<ImageRef> images = block.summary().post().images();
        for (int i = 0; i < block.imageBoxes().length; i++) {
            Rectangle box = block.imageBoxes()[i];
            Image image = baseDir == null ? null : thumbnails.get(baseDir.resolve(images.get(i).path()),
                    Math.max(box.width, box.height * 2)); // wide enough to crop a landscape picture into a tall cell
            if (image != null) {
                paintCropped(gc, box, image);
            } else {
                paintPicture(gc, box, null, images.get(i).alt().isBlank() ? "image (no alt text)" : "image");
            }
        }
    }

    private void paintCard(GC gc, PostBlock block) {
        if (block.card().isEmpty()) {
            return;
        }
        Rectangle box = block.cardBox();
        Object pixels = CardThumbnails.get(block.card().get(), cardOptions, box.width, this::redrawIfAlive);
        Image image = pixels instanceof ImageData data ? cardImages.image(data) : null;
        paintPicture(gc, box, image, pixels instanceof CardThumbnails.Failure f ? f.message()
                : "rendering " + block.card().get().layout().id() + " card\u2026");
    }

    /** A picture in the platform's grid: cropped around its centre to fill its cell, as the timelines show it. */
    private void paintCropped(GC gc, Rectangle box, Image image) {
        Rectangle size = image.getBounds();
        double scale = Math.max(box.width / (double) size.width, box.height / (double) size.height);
        int srcWidth = Math.min(size.width, (int) Math.round(box.width / scale));
        int srcHeight = Math.min(size.height, (int) Math.round(box.height / scale));
        gc.drawImage(image, (size.width - srcWidth) / 2, (size.height - srcHeight) / 2, srcWidth, srcHeight, box.x,
                box.y, box.width, box.height);
        gc.setForeground(TweetorialColors.color(DIVIDER));
        gc.drawRoundRectangle(box.x, box.y, box.width - 1, box.height - 1, 12, 12);
    }

    private void paintPicture(GC gc, Rectangle box, Image image, String placeholder) {
        if (image != null) {
            Rectangle size = image.getBounds();
            double fit = Math.min(box.width / (double) size.width, box.height / (double) size.height);
            int w = (int) (size.width * fit);
            int h = (int) (size.height * fit);
            gc.drawImage(image, 0, 0, size.width, size.height, box.x + (box.width - w) / 2, box.y, w, h);
            gc.setForeground(TweetorialColors.color(DIVIDER));
            gc.drawRoundRectangle(box.x + (box.width - w) / 2, box.y, w - 1, h - 1, 12, 12);
            return;
        }
        gc.setBackground(TweetorialColors.color(PLACEHOLDER));
        gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 12, 12);
        gc.setForeground(TweetorialColors.color(MUTED));
        gc.setFont(smallFont);
        int textWidth = gc.textExtent(placeholder).x;
        gc.drawText(placeholder, box.x + (box.width - textWidth) / 2, box.y + box.height / 2 - 8, true);
    }

    private List<Platform> platforms() {
        return snapshot.tweetorial().map(t -> t.frontMatter().platforms()).orElse(List.of(PlatformChoice.current()));
    }

    Author author() {
        return Author.of(cardSettings);
    }

    private void clicked(int y) {
        for (PostBlock block : blocks) {
            if (block.contains(y)) {
                highlight(block.index());
                onPostClicked.accept(block.index());
                return;
            }
        }
    }

    private void redrawIfAlive() {
        if (!isDisposed()) {
            redraw();
        }
    }

    private void disposeResources() {
        layouts.dispose();
        thumbnails.dispose();
        cardImages.dispose();
        emoji.dispose();
        textFont.dispose();
        boldFont.dispose();
        smallFont.dispose();
    }
}
