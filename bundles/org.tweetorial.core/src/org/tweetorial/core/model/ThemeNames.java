package org.tweetorial.core.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a front matter's {@code theme:} may take: a built-in theme, or a folder {@code themes/NAME/} of the
 * project holding a {@code theme.properties} file. The renderer draws the themes; lint and the renderer share these
 * names so that they agree on which values are themes.
 */
public final class ThemeNames {

    /** The built-in themes, in the order they are offered. */
    public static final List<String> BUILT_IN = List.of("light", "dark", "high-contrast", "clinical");

    /** The theme used when none is named, or when the named one cannot be used. */
    public static final String DEFAULT = "light";

    /** The file that makes a folder {@code themes/NAME/} a theme. */
    public static final String PROPERTIES_FILE = "theme.properties";

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ThemeNames() {
    }

    /** Whether the name is a built-in theme (case does not matter). */
    public static boolean isBuiltIn(String name) {
        return name != null && BUILT_IN.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the name is a theme: a built-in one, or a folder {@code themes/NAME/} of the project holding
     * {@link #PROPERTIES_FILE}. Whether such a folder's theme is valid only the renderer can tell.
     *
     * @param projectDir the folder holding {@code themes/}; null for built-in themes only
     */
    public static boolean exists(String name, Path projectDir) {
        if (isBuiltIn(name)) {
            return true;
        }
        return projectDir != null && isSafeName(name.strip())
                && Files.isRegularFile(projectDir.resolve("themes").resolve(name.strip()).resolve(PROPERTIES_FILE));
    }

    /** Whether the name can be a folder under {@code themes/}: one path segment, no {@code ..}. */
    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
    }
}
