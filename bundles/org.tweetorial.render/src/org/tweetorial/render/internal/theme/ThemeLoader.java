package org.tweetorial.render.internal.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.tweetorial.core.model.ThemeNames;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.ThemeException.Problem;
import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.svg.SvgSanitizer;
import org.tweetorial.render.internal.svg.SvgWriter;
import org.w3c.dom.Document;

/**
 * Reads a theme folder: {@code theme.properties} (colour tokens and limits), optional {@code theme.css} and
 * optional {@code decor.svg}. Every problem is reported with its file; nothing unknown is silently accepted.
 */
public final class ThemeLoader {

    public static final List<String> BUILT_IN = ThemeNames.BUILT_IN;
    public static final String PROPERTIES = ThemeNames.PROPERTIES_FILE;
    public static final String CSS = "theme.css";
    public static final String DECOR = "decor.svg";

    static final String[] COLOUR_KEYS = {"background", "surface", "text", "muted", "accent", "accent2",
        "on-accent", "rule"};
    private static final Set<String> OTHER_KEYS = Set.of("label", "font.min-size");
    private static final long MAX_FILE = 256 * 1024;
    private static final Map<String, Theme> BUILT_IN_CACHE = new ConcurrentHashMap<>();

    private ThemeLoader() {
    }

    public static boolean isSafeName(String name) {
        return ThemeNames.isSafeName(name);
    }

    public static Optional<Theme> builtIn(String name) {
        if (!ThemeNames.isBuiltIn(name)) {
            return Optional.empty();
        }
        String id = name.strip().toLowerCase(Locale.ROOT);
        return Optional.of(BUILT_IN_CACHE.computeIfAbsent(id, ThemeLoader::loadBuiltIn));
    }

    private static Theme loadBuiltIn(String id) {
        String base = "themes/" + id + "/";
        try {
            String props = resource(base + PROPERTIES);
            if (props == null) {
                throw new IllegalStateException("built-in theme resource missing: " + base + PROPERTIES);
            }
            return parse(id, Path.of(base), props, resource(base + CSS), resource(base + DECOR));
        } catch (ThemeException e) {
            throw new IllegalStateException("built-in theme " + id + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        ClassLoader cl = ThemeLoader.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Theme load(Path folder) throws ThemeException {
        Path dir = folder.toAbsolutePath().normalize();
        String id = dir.getFileName() == null ? "theme" : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new ThemeException(List.of(new Problem(dir, "theme folder does not exist")));
        }
        List<Problem> problems = new ArrayList<>();
        String props = read(dir, PROPERTIES, true, problems);
        String css = read(dir, CSS, false, problems);
        String decor = read(dir, DECOR, false, problems);
        if (!problems.isEmpty()) {
            throw new ThemeException(problems);
        }
        return parse(id, dir, props, css, decor);
    }

    private static String read(Path dir, String name, boolean required, List<Problem> problems) {
        Path file = dir.resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (required) {
                problems.add(new Problem(file, "missing; a theme folder needs a " + name + " file"));
            }
            return null;
        }
        try {
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(file, "must be a regular file (symbolic links are not followed)"));
                return null;
            }
            if (Files.size(file) > MAX_FILE) {
                problems.add(new Problem(file, "larger than " + MAX_FILE / 1024 + " KiB"));
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(file, "cannot be read as UTF-8 text: " + e.getMessage()));
            return null;
        }
    }

    static Theme parse(String id, Path dir, String props, String css, String decor) throws ThemeException {
        List<Problem> problems = new ArrayList<>();
        Path propsFile = dir.resolve(PROPERTIES);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = props.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem(propsFile, "line " + (i + 1) + ": expected 'key = value', got '" + line
                        + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!isKnownKey(key)) {
                problems.add(new Problem(propsFile, "line " + (i + 1) + ": unknown key '" + key + "'; known keys: "
                        + knownKeys()));
                continue;
            }
            if (values.containsKey(key)) {
                problems.add(new Problem(propsFile, "line " + (i + 1) + ": '" + key + "' is set twice (first on line "
                        + lineOf.get(key) + ")"));
                continue;
            }
            values.put(key, value);
            lineOf.put(key, i + 1);
        }
        String[] colours = new String[COLOUR_KEYS.length];
        for (int k = 0; k < COLOUR_KEYS.length; k++) {
            String key = "color." + COLOUR_KEYS[k];
            String v = values.get(key);
            if (v == null) {
                problems.add(new Problem(propsFile, "missing '" + key + "' (a colour like #1A2B3C)"));
            } else if (!Contrast.isColour(v)) {
                problems.add(new Problem(propsFile, "line " + lineOf.get(key) + ": '" + key
                        + "' must be a colour like #1A2B3C, got '" + v + "'"));
            } else {
                colours[k] = v.toUpperCase(Locale.ROOT);
            }
        }
        double minFont = 20;
        String minText = values.get("font.min-size");
        if (minText != null) {
            try {
                minFont = Double.parseDouble(minText);
                if (minFont < 14 || minFont > 48) {
                    problems.add(new Problem(propsFile, "line " + lineOf.get("font.min-size")
                            + ": 'font.min-size' must be between 14 and 48 pixels, got " + minText));
                    minFont = 20;
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(propsFile, "line " + lineOf.get("font.min-size")
                        + ": 'font.min-size' must be a number of pixels, got '" + minText + "'"));
            }
        }
        String cssText = css == null ? "" : css;
        for (String p : CssValidator.check(cssText)) {
            problems.add(new Problem(dir.resolve(CSS), p));
        }
        String decorText = "";
        if (decor != null) {
            try {
                Document doc = SafeXml.parse(decor);
                for (String p : SvgSanitizer.sanitize(doc.getDocumentElement())) {
                    problems.add(new Problem(dir.resolve(DECOR), p));
                }
                decorText = SvgWriter.toString(doc.getDocumentElement());
            } catch (SafeXml.XmlException e) {
                problems.add(new Problem(dir.resolve(DECOR), "not a well-formed SVG file: " + e.getMessage()));
            }
        }
        Theme theme = null;
        if (problems.isEmpty()) {
            theme = new Theme(id, values.get("label"), new Theme.Palette(colours[0], colours[1], colours[2],
                    colours[3], colours[4], colours[5], colours[6], colours[7]), minFont, cssText, decorText);
            for (Theme.TextPair pair : theme.textPairs()) {
                double ratio = Contrast.ratio(pair.foreground(), pair.background());
                if (ratio < Contrast.AA) {
                    problems.add(new Problem(propsFile, String.format(Locale.ROOT,
                            "color.%s %s on color.%s %s has contrast %.2f:1; text needs at least 4.5:1 (WCAG AA)",
                            pair.foregroundToken(), pair.foreground(), pair.backgroundToken(), pair.background(),
                            ratio)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ThemeException(problems);
        }
        return theme;
    }

    private static boolean isKnownKey(String key) {
        if (OTHER_KEYS.contains(key)) {
            return true;
        }
        for (String c : COLOUR_KEYS) {
            if (key.equals("color." + c)) {
                return true;
            }
        }
        return false;
    }

    private static String knownKeys() {
        StringBuilder sb = new StringBuilder("label, font.min-size");
        for (String c : COLOUR_KEYS) {
            sb.append(", color.").append(c);
        }
        return sb.toString();
    }
}
