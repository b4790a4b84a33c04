package org.tweetorial.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to render.
 *
 * @param size              card size in CSS pixels
 * @param scale             1 or 2 (pixel density of the PNG)
 * @param format            PNG or SVG
 * @param theme             theme to use
 * @param projectDir        folder images and logos are resolved in (and confined to); null refuses all images
 * @param allowRemoteImages allow {@code https:} image URLs (off by default)
 * @param language          BCP 47 tag whose line-break rules text wraps by (the front matter's {@code language});
 *                          empty for the untailored Unicode rules
 */
public record RenderOptions(CardSize size, int scale, OutputFormat format, Theme theme, Path projectDir,
        boolean allowRemoteImages, String language) {

    public RenderOptions {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(theme, "theme");
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("scale must be 1 or 2, got " + scale);
        }
        language = language == null ? "" : language.strip();
    }

    /** Options with the untailored line-break rules. */
    public RenderOptions(CardSize size, int scale, OutputFormat format, Theme theme, Path projectDir,
            boolean allowRemoteImages) {
        this(size, scale, format, theme, projectDir, allowRemoteImages, "");
    }

    /** 1200x675 PNG at 1x with the light theme and no project folder. */
    public static RenderOptions defaults() {
        return new RenderOptions(CardSize.X, 1, OutputFormat.PNG, Themes.builtIn(Themes.DEFAULT).orElseThrow(),
                null, false);
    }

    public RenderOptions withSize(CardSize value) {
        return new RenderOptions(value, scale, format, theme, projectDir, allowRemoteImages, language);
    }

    public RenderOptions withScale(int value) {
        return new RenderOptions(size, value, format, theme, projectDir, allowRemoteImages, language);
    }

    public RenderOptions withFormat(OutputFormat value) {
        return new RenderOptions(size, scale, value, theme, projectDir, allowRemoteImages, language);
    }

    public RenderOptions withTheme(Theme value) {
        return new RenderOptions(size, scale, format, value, projectDir, allowRemoteImages, language);
    }

    public RenderOptions withProjectDir(Path value) {
        return new RenderOptions(size, scale, format, theme, value, allowRemoteImages, language);
    }

    public RenderOptions withRemoteImages(boolean value) {
        return new RenderOptions(size, scale, format, theme, projectDir, value, language);
    }

    public RenderOptions withLanguage(String value) {
        return new RenderOptions(size, scale, format, theme, projectDir, allowRemoteImages, value);
    }

    /** Pixel width of the output. */
    public int pixelWidth() {
        return size.width() * scale;
    }

    /** Pixel height of the output. */
    public int pixelHeight() {
        return size.height() * scale;
    }
}
