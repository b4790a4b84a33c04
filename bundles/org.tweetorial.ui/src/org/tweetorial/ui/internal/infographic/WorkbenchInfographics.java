package org.tweetorial.ui.internal.infographic;

import java.nio.file.Path;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.export.InfographicSettings;
import org.tweetorial.render.CardRenderException;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.LaidOutInfographic;

/**
 * The workbench's route to infographics: one shared headless {@link InfographicRenderer}, and the page laid out as
 * export lays out {@code infographic.png} ({@link InfographicSettings#screen()}: the file's size and theme). The
 * analysis lays the page out once to check it; the Infographic Preview draws that same layout.
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

    /**
     * Lays out the page {@code export} writes as {@code infographic.png}, with images and themes resolved in
     * {@code baseDir}; its problems are the file's checks.
     */
    public static LaidOutInfographic layOut(Infographic infographic, Path baseDir) throws CardRenderException {
        return renderer().layOut(infographic, InfographicSettings.of(infographic, baseDir).screen());
    }

    /** The bundled icon set's names, sorted (for content assist). */
    public static synchronized List<String> iconNames() {
        if (iconNames == null) {
            iconNames = List.copyOf(renderer().iconNames());
        }
        return iconNames;
    }
}
