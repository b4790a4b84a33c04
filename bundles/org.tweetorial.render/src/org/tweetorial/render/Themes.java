package org.tweetorial.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tweetorial.core.model.ThemeNames;
import org.tweetorial.render.internal.theme.ThemeLoader;

/** Built-in themes and user themes from {@code themes/NAME/} folders of a project. */
public final class Themes {

    /** The theme used when none is named. */
    public static final String DEFAULT = ThemeNames.DEFAULT;

    private Themes() {
    }

    /** Names of the built-in themes: light, dark, high-contrast, clinical. */
    public static List<String> builtInNames() {
        return ThemeLoader.BUILT_IN;
    }

    /** A built-in theme, if one has this name. */
    public static Optional<Theme> builtIn(String name) {
        return ThemeLoader.builtIn(name);
    }

    /**
     * Loads a user theme folder containing {@code theme.properties} and optionally {@code theme.css} and
     * {@code decor.svg}.
     *
     * @throws ThemeException naming the file and what is wrong with it
     */
    public static Theme load(Path folder) throws ThemeException {
        return ThemeLoader.load(folder);
    }

    /**
     * Resolves a theme name: {@code PROJECT/themes/NAME/} when that folder exists, else the built-in theme.
     *
     * @throws ThemeException when the user theme is invalid or no theme has that name
     */
    public static Theme resolve(String name, Path projectDir) throws ThemeException {
        String n = name == null || name.isBlank() ? DEFAULT : name.strip();
        if (projectDir != null && ThemeLoader.isSafeName(n)) {
            Path folder = projectDir.resolve("themes").resolve(n);
            if (Files.isDirectory(folder)) {
                return load(folder);
            }
        }
        return builtIn(n).orElseThrow(() -> new ThemeException(List.of(new ThemeException.Problem(
                projectDir == null ? Path.of("themes", n) : projectDir.resolve("themes").resolve(n),
                "no such theme '" + n + "'; built-in themes are " + String.join(", ", builtInNames())
                        + ", or create the folder themes/" + n + "/ with a theme.properties file"))));
    }
}
