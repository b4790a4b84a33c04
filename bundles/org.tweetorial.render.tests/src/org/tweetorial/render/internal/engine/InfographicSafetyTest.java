package org.tweetorial.render.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.Infographics;
import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.lint.Problem;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.infographic.InfographicRenderer;
import org.tweetorial.render.infographic.InfographicSize;
import org.tweetorial.render.infographic.RenderedInfographic;

/**
 * Infographic files are untrusted like cards: image panels and text may not make the renderer fetch anything
 * (a live local server must see no request), read files outside the project, or put scripts into the output.
 */
class InfographicSafetyTest {

    private static final String SECRET = "TOP-SECRET-INFOGRAPHIC-7";

    private LocalServer server;
    private Path secret;

    @TempDir
    Path project;

    @TempDir
    Path outside;

    @BeforeEach
    void setUp() throws Exception {
        server = new LocalServer();
        secret = Files.writeString(outside.resolve("secret.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><text>"
                + SECRET + "</text></svg>");
    }

    @AfterEach
    void tearDown() throws Exception {
        assertEquals(1, server.probe(), () -> "server saw requests: " + server.requests);
        server.close();
    }

    private String hostile() {
        return "---\nkind: infographic\ntitle: \"<script>alert(1)</script>\"\n---\n"
                + "# <script>fetch('" + server.url("/title") + "')</script> <img src=x onerror=alert(1)>\n\n---\n\n"
                + "![remote](" + server.url("/remote.png") + ")\n\nCredit: " + server.url("/credit") + "\n\n---\n\n"
                + "![outside](" + secret + ")\n\n---\n\n"
                + "![up](../" + outside.getFileName() + "/secret.svg)\n\n---\n\n"
                + "![file](file://" + secret + ")\n\n---\n\n"
                + "<!-- panel: points -->\n- :../../etc/passwd: path as icon\n- :javascript-alert: <a href=\"javascript:x\">"
                + "link</a>\n\n---\n\n"
                + "<!-- panel: icon-array icon=\"" + server.url("/icon.svg") + "\" total=10 -->\n- 3 x\n";
    }

    @Test
    void hostileInfographicRendersWithoutFetchingLeakingOrScripts() throws Exception {
        Infographic info = Infographics.parse(hostile());
        InfographicRenderer renderer = InfographicRenderer.create();
        RenderOptions options = RenderOptions.defaults().withSize(InfographicSize.PORTRAIT.layout())
                .withProjectDir(project);
        for (OutputFormat format : OutputFormat.values()) {
            RenderedInfographic r = renderer.render(info, options.withFormat(format));
            String text = new String(r.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(SECRET), "secret leaked");
            assertFalse(text.contains(Base64.getEncoder().encodeToString(SECRET.getBytes())), "secret leaked");
            if (format == OutputFormat.SVG) {
                assertFalse(text.contains("<script"), "a script element");
                assertFalse(text.contains("onerror=\""), "an event handler attribute");
                assertFalse(text.contains("<img"), "an HTML element");
                assertFalse(text.contains("xlink:href=\"http"), "a remote reference");
                assertFalse(text.contains("xlink:href=\"file"), "a file reference");
                assertTrue(text.contains("&lt;script&gt;"), "the title's markup is shown as text");
            }
        }
        List<Problem> problems = renderer.check(info, options);
        assertEquals(4, problems.stream().filter(p -> p.ruleId().equals("infographic-image"))
                .map(p -> p.range().startLine()).distinct().count(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("infographic-icon-unknown")),
                problems.toString());
        assertTrue(server.requests.isEmpty(), () -> "renderer made requests: " + server.requests);
    }
}
