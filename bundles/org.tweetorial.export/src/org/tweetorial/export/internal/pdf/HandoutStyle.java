package org.tweetorial.export.internal.pdf;

import java.awt.Color;

/** The handout's typography and colours: dark text on white, one accent, contrast at least 4.5:1 throughout. */
final class HandoutStyle {

    static final Color TEXT = new Color(0x1A, 0x1D, 0x21);
    static final Color MUTED = new Color(0x4A, 0x52, 0x5C);
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);
    static final Color RULE = new Color(0xC9, 0xD1, 0xDA);
    static final Color POST_BAR = new Color(0xC9, 0xD1, 0xDA);
    static final Color NOTES_BAR = new Color(0xE0, 0x8E, 0x1B);
    static final Color PLACEHOLDER = new Color(0xF1, 0xF3, 0xF5);

    static final TextStyle TITLE = TextStyle.of(26, true, TEXT).withLeading(34);
    static final TextStyle KICKER = TextStyle.of(9, true, ACCENT);
    static final TextStyle META = TextStyle.of(11, false, MUTED).withLeading(17);
    static final TextStyle SECTION = TextStyle.of(15, true, TEXT).withLeading(21);
    static final TextStyle POST_LABEL = TextStyle.of(8.5f, true, ACCENT);
    static final TextStyle HEADING = TextStyle.of(14, true, TEXT).withLeading(19);
    static final TextStyle BODY = TextStyle.of(10.5f, false, TEXT).withLeading(15);
    static final TextStyle SMALL_LABEL = TextStyle.of(8, true, MUTED);
    static final TextStyle CAPTION = TextStyle.of(9, false, MUTED).withLeading(13);
    static final TextStyle SUBHEADING = TextStyle.of(10.5f, true, TEXT).withLeading(16);
    static final TextStyle FOOTER = TextStyle.of(8, false, MUTED);

    private HandoutStyle() {
    }
}
