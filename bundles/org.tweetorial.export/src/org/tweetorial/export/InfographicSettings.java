package org.tweetorial.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;
import org.tweetorial.render.infographic.InfographicSize;

/**
 * The page size and theme of an infographic, decided in one place for every route ({@code export},
 * {@code tweetorial infographic}, the workbench's Infographic Preview and problem markers). Each comes from an
 * explicit choice for this run (a command option), else the front matter, else portrait and the default theme. A
 * value that cannot be used is reported and the fallback is used, so every route falls back alike.
 *
 * @param size       the page size asked for (a screen or a paper size)
 * @param theme      the theme
 * @param language   the infographic's BCP 47 language (line breaking follows it), empty for none
 * @param projectDir the folder images and project themes are resolved in
 * @param problems   one message per value that could not be used, naming it and what is used instead
 */
public record InfographicSettings(InfographicSize size, Theme theme, String language, Path projectDir,
        List<String> problems) {

    public InfographicSettings {
        problems = List.copyOf(problems);
    }

    /** The settings the file itself asks for (its front matter, else the defaults). */
    public static InfographicSettings of(Infographic infographic, Path projectDir) {
        return resolve(infographic, Optional.empty(), Optional.empty(), projectDir);
    }

    /**
     * The settings for one run.
     *
     * @param size  a size preset or WIDTHxHEIGHT chosen for this run; empty for the front matter's
     * @param theme a theme name chosen for this run; empty for the front matter's
     */
    public static InfographicSettings resolve(Infographic infographic, Optional<String> size, Optional<String> theme,
            Path projectDir) {
        List<String> problems = new ArrayList<>();
        InfographicSize pageSize = size(size.orElse(infographic.size()), problems);
        Theme pageTheme = theme(theme.orElse(infographic.theme()), projectDir, problems);
        return new InfographicSettings(pageSize, pageTheme, infographic.language(), projectDir, problems);
    }

    /**
     * How the page is drawn for screens ({@code infographic.png}, {@code .svg}, the workbench's preview and checks):
     * at the size asked for, or portrait when that is a paper size; PNG at 1x.
     */
    public RenderOptions screen() {
        InfographicSize screen = size.isPaper() ? InfographicSize.PORTRAIT : size;
        return new RenderOptions(screen.layout(), 1, OutputFormat.PNG, theme, projectDir, false, language);
    }

    /** The PDF's page: the paper size asked for, or A4 for a screen size. */
    public InfographicSize printSize() {
        return size.isPaper() ? size : InfographicSize.A4;
    }

    /** How the page is laid out for the PDF: at the {@linkplain #printSize() print size}. */
    public RenderOptions print() {
        return screen().withSize(printSize().layout());
    }

    private static InfographicSize size(String wanted, List<String> problems) {
        try {
            return InfographicSize.parse(wanted);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + "; portrait is used");
            return InfographicSize.PORTRAIT;
        }
    }

    private static Theme theme(String name, Path projectDir, List<String> problems) {
        if (!name.isBlank()) {
            try {
                return Themes.resolve(name, projectDir);
            } catch (ThemeException e) {
                problems.add(e.getMessage() + "; the default theme is used");
            }
        }
        return Themes.builtIn(Themes.DEFAULT).orElseThrow();
    }
}
