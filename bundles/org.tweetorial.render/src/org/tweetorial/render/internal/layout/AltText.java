package org.tweetorial.render.internal.layout;

import java.util.List;

import org.tweetorial.render.internal.text.DisplayText;

/** Alt text being written: sentences of cleaned text, each ending with a full stop unless it has other punctuation. */
final class AltText {

    private final StringBuilder sb = new StringBuilder();

    /** Adds the text as a sentence; empty text adds nothing. */
    AltText sentence(String text) {
        String t = DisplayText.clean(text);
        if (t.isEmpty()) {
            return this;
        }
        sb.append(t);
        if (".!?:\u201D\u3002".indexOf(t.charAt(t.length() - 1)) < 0) {
            sb.append('.');
        }
        sb.append(' ');
        return this;
    }

    /** "Label: value", or nothing when the value is empty. */
    AltText labelled(String label, String value) {
        return value.isEmpty() ? this : sentence(label + ": " + value);
    }

    AltText sentences(List<String> texts) {
        texts.forEach(this::sentence);
        return this;
    }

    /** "1. first. 2. second." */
    AltText numbered(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            sentence((i + 1) + ". " + texts.get(i));
        }
        return this;
    }

    @Override
    public String toString() {
        return sb.toString().strip();
    }
}
