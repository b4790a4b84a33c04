package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.render.CardSize;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.Themes;
import org.tweetorial.render.infographic.InfographicSize;

/**
 * An infographic's size and theme are read once, here, for export and the workbench alike: a choice for the run, else
 * the front matter, else portrait and the default theme; a value that cannot be used is named and the fallback used.
 */
class InfographicSettingsTest {

    @TempDir
    Path project;

    private static Infographic infographic(String frontMatter) {
        return Infographics.parse("---\nkind: infographic\ntitle: T\nlanguage: en-GB\n" + frontMatter
                + "---\n# Title\n\n---\n\n- a point\n");
    }

    @Test
    void theFrontMatterSizeAndThemeAreUsed() {
        InfographicSettings s = InfographicSettings.of(infographic("size: square\ntheme: dark\n"), project);
        assertEquals(List.of(), s.problems());
        RenderOptions screen = s.screen();
        assertEquals(new CardSize(1080, 1080), screen.size());
        assertEquals("dark", screen.theme().id());
        assertEquals(1, screen.scale());
        assertEquals(OutputFormat.PNG, screen.format());
        assertEquals(project, screen.projectDir());
        assertEquals("en-GB", screen.language());
    }

    @Test
    void withoutSizeOrThemeThePageIsPortraitWithTheDefaultTheme() {
        InfographicSettings s = InfographicSettings.of(infographic(""), project);
        assertEquals(List.of(), s.problems());
        assertEquals(InfographicSize.PORTRAIT.layout(), s.screen().size());
        assertEquals(Themes.DEFAULT, s.theme().id());
        assertEquals(InfographicSize.A4, s.printSize(), "a screen size prints on A4");
        assertEquals(InfographicSize.A4.layout(), s.print().size());
    }

    @Test
    void aChoiceForTheRunWinsOverTheFrontMatter() {
        InfographicSettings s = InfographicSettings.resolve(infographic("size: square\ntheme: dark\n"),
                Optional.of("story"), Optional.of("clinical"), project);
        assertEquals(new CardSize(1080, 1920), s.screen().size());
        assertEquals("clinical", s.theme().id());
    }

    @Test
    void aPaperSizeIsPrintedAtItsSizeAndShownOnScreensAsPortrait() {
        InfographicSettings s = InfographicSettings.of(infographic("size: a3\n"), project);
        assertEquals("a3", s.size().name());
        assertEquals(InfographicSize.PORTRAIT.layout(), s.screen().size(), "infographic.png and the preview");
        assertEquals("a3", s.printSize().name());
        assertEquals(s.size().layout(), s.print().size());
    }

    @Test
    void anUnknownSizeOrThemeIsNamedAndTheFallbackUsed() {
        InfographicSettings s = InfographicSettings.of(infographic("size: huge\ntheme: nope\n"), project);
        assertEquals(InfographicSize.PORTRAIT, s.size());
        assertEquals(Themes.DEFAULT, s.theme().id());
        assertEquals(2, s.problems().size(), s.problems().toString());
        assertTrue(s.problems().get(0).contains("'huge'") && s.problems().get(0).endsWith("portrait is used"),
                s.problems().get(0));
        assertTrue(s.problems().get(1).contains("'nope'") && s.problems().get(1).endsWith(
                "the default theme is used"), s.problems().get(1));
    }
}
