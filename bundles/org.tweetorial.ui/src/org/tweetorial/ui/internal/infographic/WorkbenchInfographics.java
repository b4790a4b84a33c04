package org.tweetorial.ui.internal.infographic;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.InfographicSize;

/**
 * The workbench's route to infographics: one shared headless {@link InfographicRenderer}, and the page the file asks
 * for (its {@code size} and {@code theme}, as {@code export} reads them; an unknown size or theme falls back to
 * portrait and the default theme, and the renderer's checks report it).
 */
public final class WorkbenchInfographics {

    private static InfographicRenderer renderer;
    private static List<String> iconNames;

    private WorkbenchInfographics() {
    }

    /** The renderer every view shares (it renders on the card renderer's worker thread). */
    public static synchronized InfographicRenderer renderer() {
        if (renderer == null) {
            renderer = InfographicRenderer.create();
        }
        return renderer;
    }

    /** The bundled icon set's names, sorted (for content assist). */
    public static synchronized List<String> iconNames() {
        if (iconNames == null) {
            iconNames = List.copyOf(renderer().iconNames());
        }
        return iconNames;
    }

    /** How an infographic file is rendered on screen at 1x, with images resolved in {@code baseDir}. */
    public static RenderOptions options(Infographic infographic, Path baseDir) {
        return new RenderOptions(size(infographic).layout(), 1, OutputFormat.PNG, theme(infographic, baseDir),
                baseDir, false, infographic.language());
    }

    /** The page size the file asks for; portrait when it names none or an unknown one. */
    public static InfographicSize size(Infographic infographic) {
        try {
            return InfographicSize.parse(infographic.size());
        } catch (IllegalArgumentException e) {
            return InfographicSize.PORTRAIT;
        }
    }

    private static Theme theme(Infographic infographic, Path baseDir) {
        if (!infographic.theme().isBlank()) {
            try {
                return Themes.resolve(infographic.theme(), baseDir);
            } catch (ThemeException e) {
                // the default theme, as export uses
            }
        }
        return Themes.builtIn(Themes.DEFAULT).orElseThrow();
    }
}
