package org.tweetorial.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.FrontMatter;
import org.tweetorial.core.model.ThemeNames;
import org.tweetorial.core.model.Tweetorial;

/**
 * The theme, size and author of a thread's cards, decided in one place for every route (Thread Preview, Cards view,
 * {@code cards}, {@code export}). Each value comes from, in order: an explicit choice for this run (a command
 * option, the export dialog), the front matter, the user's preferences, the built-in default. A value that cannot be
 * used (an unknown theme, a size out of range) is reported and the next source is used, so every route falls back
 * alike.
 *
 * @param theme  the card theme
 * @param size   the card size in CSS pixels
 * @param byline   the author shown in the footer; null shows none
 * @param language the front matter's BCP 47 language tag (line breaking follows it), empty when none
 */
public record CardSettings(Theme theme, CardSize size, Card.Byline byline, String language) {

    /**
     * Values one source offers; empty where it says nothing.
     *
     * @param theme  a theme name (built-in, or a folder {@code themes/NAME/} of the project)
     * @param size   a size preset or {@code WIDTHxHEIGHT}
     * @param author the author's display name
     * @param handle the author's handle, with or without {@code @}
     */
    public record Choices(Optional<String> theme, Optional<String> size, Optional<String> author,
            Optional<String> handle) {

        public Choices {
            theme = nonBlank(theme);
            size = nonBlank(size);
            author = nonBlank(author);
            handle = nonBlank(handle);
        }

        public static Choices none() {
            return new Choices(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** What the front matter says. */
        public static Choices of(FrontMatter fm) {
            return new Choices(fm.theme(), fm.card(), fm.author(), fm.handle());
        }

        public Choices withTheme(String value) {
            return new Choices(Optional.ofNullable(value), size, author, handle);
        }

        public Choices withSize(String value) {
            return new Choices(theme, Optional.ofNullable(value), author, handle);
        }

        public Choices withAuthor(String name, String newHandle) {
            return new Choices(theme, size, Optional.ofNullable(name), Optional.ofNullable(newHandle));
        }

        private static Optional<String> nonBlank(Optional<String> value) {
            return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
        }
    }

    /**
     * Settings with what could not be used on the way.
     *
     * @param problems one message per value that was skipped, naming it and what was used instead
     */
    public record Resolution(CardSettings settings, List<String> problems) {
        public Resolution {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Resolves the settings of a thread's cards.
     *
     * @param explicit   choices made for this run (command options, export dialog); they win
     * @param frontMatter the thread's front matter
     * @param preferences the user's defaults, used where the front matter is silent
     * @param projectDir the folder user themes are looked up in ({@code themes/NAME/}); null for built-in only
     */
    public static Resolution resolve(Choices explicit, FrontMatter frontMatter, Choices preferences,
            Path projectDir) {
        List<String> problems = new ArrayList<>();
        List<Optional<String>> themes = List.of(explicit.theme(), frontMatter.theme(), preferences.theme());
        List<Optional<String>> sizes = List.of(explicit.size(), frontMatter.card(), preferences.size());
        Theme theme = firstTheme(themes, frontMatter.theme(), projectDir, problems);
        CardSize size = firstSize(sizes, problems);
        String author = first(explicit.author(), frontMatter.author(), preferences.author());
        String handle = first(explicit.handle(), frontMatter.handle(), preferences.handle());
        return new Resolution(new CardSettings(theme, size, byline(author, handle),
                frontMatter.language().orElse("")), problems);
    }

    /** What the thread's front matter asks for, with the built-in defaults where it is silent or wrong. */
    public static CardSettings of(Tweetorial tweetorial) {
        return resolve(Choices.none(), tweetorial.frontMatter(), Choices.none(), tweetorial.baseDir()).settings();
    }

    /** The built-in defaults: light theme, 1200x675, no author. */
    public static CardSettings defaults() {
        return new CardSettings(Themes.builtIn(Themes.DEFAULT).orElseThrow(), CardSize.X, null, "");
    }

    /** PNG options at scale 1 for these settings, images confined to {@code projectDir}. */
    public RenderOptions renderOptions(Path projectDir) {
        return new RenderOptions(size, 1, OutputFormat.PNG, theme, projectDir, false, language);
    }

    /** The first usable theme of {@code names} (explicit, front matter, preferences), else the default. */
    private static Theme firstTheme(List<Optional<String>> names, Optional<String> frontMatterName, Path projectDir,
            List<String> problems) {
        for (Optional<String> name : names) {
            if (name.isPresent()) {
                try {
                    return Themes.resolve(name.get(), projectDir);
                } catch (ThemeException e) {
                    // A front matter naming no theme at all is the theme-unknown lint finding, on its line.
                    boolean lintSaysSo = name.equals(frontMatterName) && !ThemeNames.exists(name.get(), projectDir);
                    if (!lintSaysSo) {
                        problems.add("theme '" + name.get() + "' cannot be used (" + e.getMessage() + ")");
                    }
                }
            }
        }
        return Themes.builtIn(Themes.DEFAULT).orElseThrow();
    }

    private static CardSize firstSize(List<Optional<String>> sizes, List<String> problems) {
        for (Optional<String> size : sizes) {
            if (size.isPresent()) {
                try {
                    return CardSize.parse(size.get());
                } catch (IllegalArgumentException e) {
                    problems.add("card size: " + e.getMessage());
                }
            }
        }
        return CardSize.X;
    }

    @SafeVarargs
    private static String first(Optional<String>... values) {
        for (Optional<String> value : values) {
            if (value.isPresent()) {
                return value.get();
            }
        }
        return "";
    }

    private static Card.Byline byline(String name, String handle) {
        if (name.isEmpty() && handle.isEmpty()) {
            return null;
        }
        return new Card.Byline(name, handle.isEmpty() || handle.startsWith("@") ? handle : "@" + handle, "");
    }
}
