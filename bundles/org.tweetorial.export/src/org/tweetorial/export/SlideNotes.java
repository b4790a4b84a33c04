package org.tweetorial.export;

/** Where the slide deck puts each post's text for the presenter. */
public enum SlideNotes {
    /** A PDF text annotation (a "sticky note") on each slide. */
    ANNOTATION,
    /** A notes page after each slide. */
    PAGE
}
