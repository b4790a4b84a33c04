package org.tweetorial.core.model;

import java.util.List;
import java.util.Optional;

import org.tweetorial.core.platform.Platform;

/**
 * The thread's settings from the YAML front matter, with defaults for what is absent.
 *
 * @param hashtags   tags with their leading {@code #}
 * @param card       the card size: a preset name ({@code x}, {@code square}, ...) or WIDTHxHEIGHT
 * @param range      where the front matter is in the file, empty without front matter
 * @param paper      the handout's paper size, empty for the default
 * @param date       the date printed on the handout's title page, as written; empty for the export date
 * @param mastodonLimitDeclared true when the file sets {@code mastodon_limit}: it then wins over an instance limit
 *                   from elsewhere (the workbench's preference), see {@link #mastodonLimitOr(int)}
 * @param breaks     true (the default): a single newline inside a paragraph is a line break in the posted text, as
 *                   composers and Marp do; false ({@code breaks: false}): CommonMark's soft break, a space
 */
public record FrontMatter(Optional<String> title, Optional<String> author, Optional<String> handle,
        List<Platform> platforms, Numbering numbering, List<String> hashtags, HashtagPosition hashtagsPosition,
        Optional<String> theme, Optional<String> card, Optional<String> language, int mastodonLimit,
        ReferencesStyle references, SplitMode split, Optional<SourceRange> range,
        Optional<Paper> paper, Optional<String> date, boolean mastodonLimitDeclared, boolean breaks) {

    public static final int DEFAULT_MASTODON_LIMIT = 500;

    /** The handout's paper size. */
    public enum Paper { A4, LETTER }

    /** Where front matter hashtags are added. */
    public enum HashtagPosition { FIRST, LAST }

    /** Whether a references post is added and how it lists the sources. */
    public enum ReferencesStyle {
        /** "[1] Source text" lines (the default). */
        NUMBERED,
        /** Only the links: DOIs as https://doi.org/..., PMIDs as PubMed links, else the text. */
        LINKS,
        /** No references post; citations stay on the posts for the handout. */
        NONE
    }

    /** What happens to posts over a platform's limit. */
    public enum SplitMode {
        /** They are errors with a fix that splits them in the source (the default). */
        OFF,
        /** They are split when the thread is built. */
        AUTO
    }

    public FrontMatter {
        platforms = List.copyOf(platforms);
        hashtags = List.copyOf(hashtags);
    }

    public static FrontMatter defaults() {
        return new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(), List.of(Platform.X),
                Numbering.counted(Numbering.Position.START), List.of(), HashtagPosition.LAST, Optional.empty(),
                Optional.empty(), Optional.empty(), DEFAULT_MASTODON_LIMIT, ReferencesStyle.NUMBERED, SplitMode.OFF,
                Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }

    /** The Mastodon limit in effect: the file's {@code mastodon_limit} when it sets one, else {@code instanceLimit}. */
    public int mastodonLimitOr(int instanceLimit) {
        return mastodonLimitDeclared ? mastodonLimit : instanceLimit;
    }
}
