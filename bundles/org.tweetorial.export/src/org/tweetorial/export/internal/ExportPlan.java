package org.tweetorial.export.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.CardFiles;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportException;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.PaperSize;
import org.tweetorial.export.SlideNotes;
import org.tweetorial.render.CardSettings;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;

/**
 * A request resolved against the parsed tweetorial: every setting decided, nothing left optional.
 *
 * @param time          the time stamped into files (fixed for reproducible builds)
 * @param reproducible  true when {@code time} came from {@code SOURCE_DATE_EPOCH}
 * @param displayDate   the date shown on the handout's title page
 * @param language      BCP 47 tag for the PDFs
 */
public record ExportPlan(Tweetorial tweetorial, Path source, Path folder, Set<ExportArtifact> artifacts,
        CardSettings cards, List<String> cardProblems, CardFiles cardFiles, PaperSize paper, SlideNotes slideNotes,
        Instant time, boolean reproducible, String displayDate, String language) {

    public static ExportPlan resolve(ExportRequest request, Tweetorial t) throws ExportException {
        Path folder = request.outputDir().map(p -> p.toAbsolutePath().normalize())
                .orElse(OutputFolderPolicy.defaultFolder(request.source()));
        OutputFolderPolicy.check(request.source(), folder);
        Instant time = request.fixedTime().orElse(Instant.now());
        checkExplicit(request.cardChoices(), t.baseDir());
        CardSettings.Resolution cards = CardSettings.resolve(request.cardChoices(), t.frontMatter(),
                request.cardDefaults(), t.baseDir());
        return new ExportPlan(t, request.source(), folder, request.artifacts(), cards.settings(), cards.problems(),
                request.cardFiles(), paper(request, t), request.slideNotes(), time, request.fixedTime().isPresent(),
                displayDate(t, time), t.frontMatter().language().orElse("en"));
    }

    public boolean wants(ExportArtifact artifact) {
        return artifacts.contains(artifact);
    }

    /** True when a step needs rendered cards. */
    public boolean needsCards() {
        return wants(ExportArtifact.CARDS) || wants(ExportArtifact.HANDOUT) || wants(ExportArtifact.SLIDES)
                || wants(ExportArtifact.PPTX) || wants(ExportArtifact.ALT) || wants(ExportArtifact.JSON);
    }

    public CardSize cardSize() {
        return cards.size();
    }

    public Theme theme() {
        return cards.theme();
    }

    public String title() {
        return tweetorial.frontMatter().title().or(() -> tweetorial.posts().stream().findFirst()
                .flatMap(p -> p.heading())).orElse(stem());
    }

    /** The source's file name without extension. */
    public String stem() {
        return OutputFolderPolicy.stem(source);
    }

    /** A theme or size asked for on this export (not read from the file) must be usable: it is the user's command. */
    private static void checkExplicit(CardSettings.Choices explicit, Path baseDir) throws ExportException {
        try {
            if (explicit.size().isPresent()) {
                CardSize.parse(explicit.size().get());
            }
        } catch (IllegalArgumentException e) {
            throw new ExportException(ExportException.Reason.BAD_REQUEST, "card size: " + e.getMessage());
        }
        try {
            if (explicit.theme().isPresent()) {
                Themes.resolve(explicit.theme().get(), baseDir);
            }
        } catch (ThemeException e) {
            throw new ExportException(ExportException.Reason.BAD_REQUEST, "theme: " + e.getMessage());
        }
    }

    /** The request's paper, else the front matter's (core reports a bad value as a lint finding), else A4. */
    private static PaperSize paper(ExportRequest request, Tweetorial t) {
        return request.paper().orElseGet(() -> t.frontMatter().paper()
                .map(p -> p == FrontMatter.Paper.LETTER ? PaperSize.LETTER : PaperSize.A4).orElse(PaperSize.A4));
    }

    private static String displayDate(Tweetorial t, Instant time) {
        return t.frontMatter().date().orElse(LocalDate.ofInstant(time, ZoneOffset.UTC).toString());
    }
}
