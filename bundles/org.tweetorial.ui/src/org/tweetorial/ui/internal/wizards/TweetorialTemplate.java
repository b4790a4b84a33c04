package org.tweetorial.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The starting points offered by the new file and new project wizards; their text ships in {@code templates/}. */
public enum TweetorialTemplate {
    EXPLAINER("Tweetorial explainer", "One idea explained in five posts, with title, key-point, stat and closing "
            + "cards.", "explainer.md"),
    VISUAL_ABSTRACT("Visual abstract of a study", "A study's question, design and result, with a visual abstract "
            + "card.", "visual-abstract.md"),
    JOURNAL_CLUB("Journal club", "Background, methods, results, limitations and the bottom line of a paper.",
            "journal-club.md"),
    CONFERENCE_LIVE_THREAD("Conference live-thread", "Session highlights posted as they happen, with quote cards.",
            "conference-live-thread.md"),
    CASE_QUIZ("Case-based quiz", "A fictional case, the question, the answer and the teaching point.",
            "case-quiz.md");

    private final String label;
    private final String description;
    private final String resource;

    TweetorialTemplate(String label, String description, String resource) {
        this.label = label;
        this.description = description;
        this.resource = resource;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** A file name suggestion, e.g. {@code journal-club.md}. */
    public String suggestedFileName() {
        return resource;
    }

    /** The template's Markdown. */
    public String text() {
        try (InputStream in = TweetorialTemplate.class.getResourceAsStream("/templates/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("template " + resource + " cannot be read", e);
        }
    }
}
