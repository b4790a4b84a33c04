package org.tweetorial.ui.internal.preview;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;
import org.tweetorial.core.platform.DisplayText;
import org.tweetorial.core.text.Entity;

/**
 * Wrapped, styled post texts (hashtags, mentions and links in the platform's link colour), reused between refreshes
 * while the text, width and colour stay the same, so that a keystroke relays out only the post being edited.
 */
final class TextLayoutCache {

    private final Display display;
    private Map<String, TextLayout> current = new HashMap<>();
    private Map<String, TextLayout> next = new HashMap<>();

    TextLayoutCache(Display display) {
        this.display = display;
    }

    /** Starts a relayout: layouts not asked for until {@link #endPass()} are disposed then. */
    void beginPass() {
        next = new HashMap<>();
    }

    TextLayout layout(DisplayText text, int width, Font font, Color link) {
        String key = width + "|" + link.getRGB() + "|" + font.hashCode() + "|" + text.text();
        TextLayout layout = current.remove(key);
        if (layout == null) {
            layout = next.get(key);
        }
        if (layout == null) {
            layout = create(text, width, font, link);
        }
        next.put(key, layout);
        return layout;
    }

    void endPass() {
        current.values().forEach(TextLayout::dispose);
        current = next;
        next = new HashMap<>();
    }

    private TextLayout create(DisplayText text, int width, Font font, Color link) {
        TextLayout layout = new TextLayout(display);
        layout.setText(text.text());
        layout.setFont(font);
        layout.setWidth(Math.max(40, width));
        layout.setWrapIndent(0);
        TextStyle linkStyle = new TextStyle(font, link, null);
        for (Entity e : text.entities()) {
            layout.setStyle(linkStyle, e.start(), e.end() - 1);
        }
        EmojiGlyphs.reserve(layout, new TextStyle(font, null, null), EmojiGlyphs.size(display, font));
        return layout;
    }

    void dispose() {
        current.values().forEach(TextLayout::dispose);
        next.values().forEach(TextLayout::dispose);
        current.clear();
        next.clear();
    }
}
