package org.tweetorial.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.render.CardSettings;

/**
 * What to export and how.
 *
 * @param source       the tweetorial Markdown file
 * @param outputDir    the export folder; empty for {@code NAME-export/} next to the source
 * @param artifacts    which files to write
 * @param strict       refuse to export (and write nothing) when the tweetorial has lint errors
 * @param paper        handout page size; empty for the front matter's {@code paper}, else A4
 * @param cardChoices  theme, size and author chosen for this export; they win over the front matter
 * @param cardDefaults the user's preferred theme, size and author, used where the front matter is silent
 * @param cardFiles    format, scale, selection and place of the card files
 * @param slideNotes   where the slide deck puts the post text
 * @param fixedTime    the time stamped into files; set from {@code SOURCE_DATE_EPOCH} for reproducible output,
 *                     empty for now (and then PDF document ids are unique)
 */
public record ExportRequest(Path source, Optional<Path> outputDir, Set<ExportArtifact> artifacts, boolean strict,
        Optional<PaperSize> paper, CardSettings.Choices cardChoices, CardSettings.Choices cardDefaults,
        CardFiles cardFiles, SlideNotes slideNotes, Optional<Instant> fixedTime) {

    public ExportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cardChoices, "cardChoices");
        Objects.requireNonNull(cardDefaults, "cardDefaults");
        Objects.requireNonNull(cardFiles, "cardFiles");
        artifacts = artifacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(artifacts));
        if (artifacts.isEmpty()) {
            throw new IllegalArgumentException("nothing to export; choose at least one of " + ExportArtifact.idList());
        }
    }

    /** Everything, next to the source, with the front matter's settings. */
    public static ExportRequest of(Path source) {
        return new ExportRequest(source, Optional.empty(), EnumSet.allOf(ExportArtifact.class), false,
                Optional.empty(), CardSettings.Choices.none(), CardSettings.Choices.none(), CardFiles.defaults(),
                SlideNotes.ANNOTATION, Optional.empty());
    }

    /**
     * Parses a {@code SOURCE_DATE_EPOCH} value (seconds since 1970-01-01T00:00Z).
     *
     * @throws IllegalArgumentException when it is not a non-negative whole number
     */
    public static Instant parseSourceDateEpoch(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 0) {
                return Instant.ofEpochSecond(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a whole number of seconds, not '" + value + "'");
    }

    public ExportRequest withOutputDir(Path value) {
        return new ExportRequest(source, Optional.of(value), artifacts, strict, paper, cardChoices, cardDefaults,
                cardFiles, slideNotes, fixedTime);
    }

    public ExportRequest withArtifacts(Set<ExportArtifact> value) {
        return new ExportRequest(source, outputDir, value, strict, paper, cardChoices, cardDefaults, cardFiles,
                slideNotes, fixedTime);
    }

    public ExportRequest withStrict(boolean value) {
        return new ExportRequest(source, outputDir, artifacts, value, paper, cardChoices, cardDefaults, cardFiles,
                slideNotes, fixedTime);
    }

    public ExportRequest withPaper(PaperSize value) {
        return new ExportRequest(source, outputDir, artifacts, strict, Optional.of(value), cardChoices,
                cardDefaults, cardFiles, slideNotes, fixedTime);
    }

    /** Chooses the card size for this export (a preset or WIDTHxHEIGHT), over the front matter's. */
    public ExportRequest withCardSize(String value) {
        return withCardChoices(cardChoices.withSize(value));
    }

    /** Chooses the theme for this export, over the front matter's. */
    public ExportRequest withTheme(String value) {
        return withCardChoices(cardChoices.withTheme(value));
    }

    public ExportRequest withCardChoices(CardSettings.Choices value) {
        return new ExportRequest(source, outputDir, artifacts, strict, paper, value, cardDefaults, cardFiles,
                slideNotes, fixedTime);
    }

    public ExportRequest withCardDefaults(CardSettings.Choices value) {
        return new ExportRequest(source, outputDir, artifacts, strict, paper, cardChoices, value, cardFiles,
                slideNotes, fixedTime);
    }

    public ExportRequest withCardFiles(CardFiles value) {
        return new ExportRequest(source, outputDir, artifacts, strict, paper, cardChoices, cardDefaults, value,
                slideNotes, fixedTime);
    }

    public ExportRequest withSlideNotes(SlideNotes value) {
        return new ExportRequest(source, outputDir, artifacts, strict, paper, cardChoices, cardDefaults, cardFiles,
                value, fixedTime);
    }

    public ExportRequest withFixedTime(Instant value) {
        return new ExportRequest(source, outputDir, artifacts, strict, paper, cardChoices, cardDefaults, cardFiles,
                slideNotes, Optional.of(value));
    }
}
