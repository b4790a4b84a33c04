package org.tweetorial.render.internal.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;

class ThemeLoaderTest {

    static final String GOOD = """
            label = Ward
            color.background = #FFFFFF
            color.surface = #F1F5F9
            color.text = #111111
            color.muted = #444444
            color.accent = #0B5394
            color.accent2 = #7A1F5C
            color.on-accent = #FFFFFF
            color.rule = #DDDDDD
            """;

    @TempDir
    Path project;

    private Path theme(String name, String props) throws IOException {
        Path dir = Files.createDirectories(project.resolve("themes").resolve(name));
        Files.writeString(dir.resolve("theme.properties"), props);
        return dir;
    }

    @Test
    void validUserThemeLoadsAndWinsOverBuiltInName() throws Exception {
        theme("ward", GOOD);
        Theme t = Themes.resolve("ward", project);
        assertEquals("Ward", t.label());
        assertEquals("#0B5394", t.palette().accent());
        theme("light", GOOD);
        assertEquals("Ward", Themes.resolve("light", project).label());
    }

    @Test
    void errorsNameTheFileAndWhatIsWrong() throws Exception {
        Path dir = theme("bad", GOOD.replace("#0B5394", "blue").replace("label", "lable") + "color.text = #000000\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        String msg = e.getMessage();
        assertTrue(msg.contains(dir.resolve("theme.properties").toString()), msg);
        assertTrue(msg.contains("'color.accent' must be a colour like #1A2B3C, got 'blue'"), msg);
        assertTrue(msg.contains("unknown key 'lable'"), msg);
        assertTrue(msg.contains("'color.text' is set twice"), msg);
    }

    @Test
    void lowContrastIsRejectedWithTheRatio() throws Exception {
        Path dir = theme("pale", GOOD.replace("color.muted = #444444", "color.muted = #AAAAAA"));
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        assertTrue(e.getMessage().contains("color.muted #AAAAAA on color.background #FFFFFF has contrast 2.32:1"),
                e.getMessage());
    }

    @Test
    void missingPropertiesFileAndUnknownThemeAreReported() throws Exception {
        Path dir = Files.createDirectories(project.resolve("themes").resolve("empty"));
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        assertTrue(e.getMessage().contains("theme.properties: missing"), e.getMessage());
        ThemeException unknown = assertThrows(ThemeException.class, () -> Themes.resolve("nope", project));
        assertTrue(unknown.getMessage().contains("no such theme 'nope'"), unknown.getMessage());
    }

    @Test
    void cssAndDecorAreValidated() throws Exception {
        Path dir = theme("css", GOOD);
        Files.writeString(dir.resolve("theme.css"), ".card-title { fill: #111111; }\n@import url(x.css);\n"
                + ".a { fill: url(https://example.org/p.svg#g); }\n.b { font-size: 90px; stroke: #000000 }\n");
        Files.writeString(dir.resolve("decor.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text>"
                + "<rect width=\"10\" height=\"10\" style=\"fill:red\"/></svg>");
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        String msg = e.getMessage();
        assertTrue(msg.contains("theme.css: line 2: at-rules"), msg);
        assertTrue(msg.contains("theme.css: line 3: url() may only reference local ids"), msg);
        assertTrue(msg.contains("theme.css: line 4: property 'font-size' is not allowed"), msg);
        assertTrue(!msg.contains("'stroke' is not allowed") && !msg.contains("'fill' is not allowed"), msg);
        assertTrue(msg.contains("decor.svg: element <text> is not allowed"), msg);
        assertTrue(msg.contains("decor.svg: <rect>: style attribute is not allowed"), msg);
    }

    @Test
    void symlinkedThemeFilesAreNotFollowed() throws Exception {
        Path dir = Files.createDirectories(project.resolve("themes").resolve("link"));
        Path outside = Files.writeString(project.resolve("outside.properties"), GOOD);
        Files.createSymbolicLink(dir.resolve("theme.properties"), outside);
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        assertTrue(e.getMessage().contains("symbolic links are not followed"), e.getMessage());
    }
}
