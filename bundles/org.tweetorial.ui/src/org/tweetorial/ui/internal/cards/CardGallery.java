package org.tweetorial.ui.internal.cards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.tweetorial.render.Card;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.ui.internal.editor.TweetorialColors;

/** Card thumbnails in a wrapping grid, with selection (click, Ctrl+click) and double-click to open. */
final class CardGallery extends Canvas {

    private static final int GAP = 16;
    private static final int LABEL = 22;
    private static final RGB SELECTION = new RGB(0x1D, 0x6F, 0xD8);
    private static final RGB PLACEHOLDER = new RGB(0xF0, 0xF2, 0xF5);
    private static final RGB MUTED = new RGB(0x53, 0x64, 0x71);

    private final CardImages images;
    private List<Card> cards = List.of();
    private final List<Rectangle> boxes = new ArrayList<>();
    private final Set<Integer> selected = new LinkedHashSet<>();
    private RenderOptions options;
    private int thumbnailWidth = 320;
    private Consumer<Card> onOpen = c -> {
    };

    CardGallery(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        images = new CardImages(getDisplay());
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, this::select);
        addListener(SWT.MouseDoubleClick, this::open);
        addDisposeListener(e -> images.dispose());
    }

    void setOnOpen(Consumer<Card> listener) {
        onOpen = listener;
    }

    void show(List<Card> newCards, RenderOptions newOptions, int width) {
        if (!newOptions.equals(options) || newCards.size() != cards.size()) {
            selected.clear();
        }
        cards = List.copyOf(newCards);
        options = newOptions;
        thumbnailWidth = width;
    }

    int relayout(int width) {
        boxes.clear();
        if (options == null) {
            return 0;
        }
        int height = thumbnailWidth * options.size().height() / options.size().width();
        int columns = Math.max(1, (width - GAP) / (thumbnailWidth + GAP));
        for (int i = 0; i < cards.size(); i++) {
            int x = GAP + (i % columns) * (thumbnailWidth + GAP);
            int y = GAP + (i / columns) * (height + LABEL + GAP);
            boxes.add(new Rectangle(x, y, thumbnailWidth, height));
        }
        redraw();
        int rows = (cards.size() + columns - 1) / columns;
        return GAP + rows * (height + LABEL + GAP);
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        if (cards.isEmpty()) {
            gc.setForeground(TweetorialColors.color(MUTED));
            gc.drawText("No cards: open a tweetorial in the editor.", GAP, GAP, true);
            return;
        }
        for (int i = 0; i < cards.size() && i < boxes.size(); i++) {
            paintCard(gc, cards.get(i), boxes.get(i), selected.contains(i));
        }
    }

    private void paintCard(GC gc, Card card, Rectangle box, boolean isSelected) {
        Object pixels = CardThumbnails.get(card, options, box.width, this::redrawIfAlive);
        if (pixels instanceof ImageData data) {
            Image image = images.image(data);
            gc.drawImage(image, box.x, box.y);
        } else {
            gc.setBackground(TweetorialColors.color(PLACEHOLDER));
            gc.fillRectangle(box);
            gc.setForeground(TweetorialColors.color(MUTED));
            String text = pixels instanceof CardThumbnails.Failure f ? f.message() : "rendering\u2026";
            gc.drawText(text, box.x + 12, box.y + 12, true);
        }
        if (isSelected) {
            gc.setForeground(TweetorialColors.color(SELECTION));
            gc.setLineWidth(4);
            gc.drawRectangle(box.x - 2, box.y - 2, box.width + 3, box.height + 3);
            gc.setLineWidth(1);
        }
        gc.setForeground(TweetorialColors.color(MUTED));
        gc.drawText(label(card), box.x, box.y + box.height + 4, true);
    }

    static String label(Card card) {
        String post = card.numbering() == null ? "Post" : "Post " + card.numbering().index();
        return post + " \u00b7 " + card.layout().id();
    }

    private int indexAt(int x, int y) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    private void select(Event event) {
        int index = indexAt(event.x, event.y);
        if ((event.stateMask & SWT.MOD1) == 0) {
            selected.clear();
        }
        if (index >= 0 && !selected.remove(index)) {
            selected.add(index);
        }
        redraw();
    }

    private void open(Event event) {
        int index = indexAt(event.x, event.y);
        if (index >= 0) {
            onOpen.accept(cards.get(index));
        }
    }

    List<Card> selection() {
        return selected.stream().filter(i -> i < cards.size()).map(cards::get).toList();
    }

    int cardCount() {
        return cards.size();
    }

    int renderedCount() {
        int count = 0;
        for (int i = 0; i < cards.size() && i < boxes.size(); i++) {
            if (CardThumbnails.get(cards.get(i), options, boxes.get(i).width, this::redrawIfAlive) instanceof ImageData) {
                count++;
            }
        }
        return count;
    }

    private void redrawIfAlive() {
        if (!isDisposed()) {
            redraw();
        }
    }
}
