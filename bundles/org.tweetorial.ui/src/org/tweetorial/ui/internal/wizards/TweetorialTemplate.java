package org.tweetorial.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The starting points offered by the new file and new project wizards. A thread template's text ships in
 * {@code templates/}; an infographic template is one of the project's {@code examples/infographic-*.md}, which the
 * build copies into the bundle's {@code examples/} (see the bundle's {@code pom.xml}), so each has one source.
 */
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
            "case-quiz.md"),
    INFOGRAPHIC_VISUAL_ABSTRACT("Infographic: visual abstract of a trial", "A one-page visual abstract "
            + "(population, N, design, arms, outcome) with a forest plot of the subgroups.",
            "infographic-visual-abstract.md", "infographic-dapa-hf.md"),
    INFOGRAPHIC_DRUG_CARD("Infographic: drug card", "A drug on one page: key points with icons, doses as a bar "
            + "chart and when to give it again.", "infographic-drug-card.md", "infographic-adrenaline-anaphylaxis.md"),
    INFOGRAPHIC_ALGORITHM("Infographic: diagnostic algorithm", "Numbered steps with yes/no branches, the formula "
            + "as a big number and the key points.", "infographic-algorithm.md", "infographic-anion-gap-algorithm.md"),
    INFOGRAPHIC_ONE_IN_N("Infographic: \"1 in N\" risk", "A big \"1 in N\" number, an icon array of 100 and a "
            + "forest plot of the result.", "infographic-one-in-n.md", "infographic-recovery-dexamethasone.md"),
    INFOGRAPHIC_FIVE_FACTS("Infographic: five facts", "A comparison of two conditions and five facts with icons.",
            "infographic-five-facts.md", "infographic-dka-vs-hhs.md");

    private final String label;
    private final String description;
    private final String fileName;
    /** Where the text is in the bundle. */
    private final String resource;

    /** A thread template: {@code templates/FILE_NAME}. */
    TweetorialTemplate(String label, String description, String fileName) {
        this.label = label;
        this.description = description;
        this.fileName = fileName;
        this.resource = "/templates/" + fileName;
    }

    /** An infographic template: the project's {@code examples/EXAMPLE}, suggested as {@code fileName}. */
    TweetorialTemplate(String label, String description, String fileName, String example) {
        this.label = label;
        this.description = description;
        this.fileName = fileName;
        this.resource = "/examples/" + example;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** A file name suggestion, e.g. {@code journal-club.md}. */
    public String suggestedFileName() {
        return fileName;
    }

    /** The template's Markdown. */
    public String text() {
        try (InputStream in = TweetorialTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("template " + resource + " cannot be read", e);
        }
    }
}
