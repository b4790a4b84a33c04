package org.tweetorial.render.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.render.Card;
import org.tweetorial.render.CardRenderer;
import org.tweetorial.render.OutputFormat;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.RenderedCard;
import org.tweetorial.render.Theme;
import org.tweetorial.render.ThemeException;
import org.tweetorial.render.Themes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Themes, SVG fragments and images are untrusted: none of them may make the renderer fetch anything (checked
 * against a live local HTTP server that must see no request) or leak a local file into the output.
 */
class SafeRenderingTest {

    private static final String SECRET = "TOP-SECRET-PAYLOAD-42";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private static CardRenderer renderer;
    private LocalServer server;

    @TempDir
    Path project;

    @TempDir
    Path outside;

    private Path secretFile;

    @BeforeAll
    static void start() {
        renderer = CardRenderer.create(0);
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        server = new LocalServer();
        secretFile = Files.writeString(outside.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void tearDown() throws Exception {
        assertEquals(1, server.probe(), () -> "server saw requests: " + server.requests);
        server.close();
    }

    private void assertNoRequest() {
        assertTrue(server.requests.isEmpty(), () -> "renderer made requests: " + server.requests);
    }

    private static void assertNoSecret(byte[] output) {
        String text = new String(output, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains(SECRET), "secret leaked");
        assertFalse(text.contains(Base64.getEncoder().encodeToString(SECRET.getBytes())), "secret leaked (base64)");
        assertFalse(text.contains("root:x:0:0"), "/etc/passwd leaked");
    }

    private String hostileDecor() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " onload=\"fetch('" + server.url("/onload") + "')\" viewBox=\"0 0 100 100\">"
                + "<script>location='" + server.url("/script") + "'</script>"
                + "<image xlink:href=\"" + server.url("/decor.png") + "\" width=\"10\" height=\"10\"/>"
                + "<image href=\"file://" + secretFile + "\" width=\"10\" height=\"10\"/>"
                + "<use xlink:href=\"jar:file:" + secretFile + "!/x.svg#a\"/>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(" + server.url("/fill.svg") + "#p)\""
                + " onclick=\"x()\" style=\"fill:url(" + server.url("/style.svg") + "#q)\"/>"
                + "<foreignObject><iframe src=\"" + server.url("/iframe") + "\"/></foreignObject>"
                + "</svg>";
    }

    @Test
    void hostileThemeFolderIsRejectedWithoutAnyRequest() throws Exception {
        Path dir = Files.createDirectories(project.resolve("themes").resolve("evil"));
        Files.writeString(dir.resolve("theme.properties"), resource("/themes/light/theme.properties"));
        Files.writeString(dir.resolve("decor.svg"), hostileDecor());
        Files.writeString(dir.resolve("theme.css"), "@import url(" + server.url("/import.css") + ");\n"
                + "rect { fill: url(" + server.url("/css.svg") + "#a); }\n");
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        String msg = e.getMessage();
        for (String expected : new String[] {"element <script> is not allowed", "event handler attribute onload",
            "element <image> is not allowed", "element <use> is not allowed", "element <foreignObject> is not allowed",
            "style attribute is not allowed", "references something other than url(#id)", "line 1: at-rules",
            "line 2: url() may only reference local ids"}) {
            assertTrue(msg.contains(expected), () -> "missing '" + expected + "' in:\n" + msg);
        }
        assertNoRequest();
    }

    @Test
    void externalEntitiesInThemeDecorAreRefused() throws Exception {
        Path dir = Files.createDirectories(project.resolve("themes").resolve("xxe"));
        Files.writeString(dir.resolve("theme.properties"), resource("/themes/dark/theme.properties"));
        Files.writeString(dir.resolve("decor.svg"), "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n"
                + "<!ENTITY net SYSTEM \"" + server.url("/entity") + "\">\n"
                + "<!ENTITY file SYSTEM \"file://" + secretFile + "\">\n"
                + "<!ENTITY % dtd SYSTEM \"" + server.url("/dtd") + "\"> %dtd;\n]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>&net;&file;</desc></svg>");
        ThemeException e = assertThrows(ThemeException.class, () -> Themes.load(dir));
        assertTrue(e.getMessage().contains("DOCTYPE declarations (and so entities) are not allowed"),
                e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertNoRequest();
    }

    @Test
    void hostileThemeObjectRendersWithoutFetchingOrLeaking() throws Exception {
        Theme light = Themes.builtIn("light").orElseThrow();
        Theme evil = new Theme("evil", "Evil", light.palette(), 20,
                "@import url(" + server.url("/import.css") + ");\nrect { fill: url(" + server.url("/css.svg")
                        + "#a); }\n", hostileDecor());
        Card card = Card.builder(new Card.KeyPoint("", "Hello", List.of())).numbering(1, 1).build();
        for (OutputFormat format : OutputFormat.values()) {
            RenderedCard r = renderer.render(card, RenderOptions.defaults().withTheme(evil).withFormat(format)
                    .withProjectDir(project));
            assertNoSecret(r.bytes());
            if (format == OutputFormat.SVG) {
                String svg = new String(r.bytes(), StandardCharsets.UTF_8);
                assertFalse(svg.contains("127.0.0.1"), svg);
                assertFalse(svg.contains("<script"), svg);
                assertFalse(svg.contains("onload"), svg);
                assertFalse(svg.contains("@import"), svg);
            }
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("CSS ignored")), r.warnings()::toString);
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("removed from decor.svg")),
                    r.warnings()::toString);
        }
        assertNoRequest();
    }

    @Test
    void postImagesOutsideTheProjectOrRemoteAreRefused() throws Exception {
        Files.createDirectories(project.resolve("img"));
        Files.createSymbolicLink(project.resolve("img/link.png"), secretFile);
        Files.createSymbolicLink(project.resolve("img/dirlink"), outside);
        Files.writeString(project.resolve("img/xxe.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM"
                + " \"file://" + secretFile + "\"><!ENTITY n SYSTEM \"" + server.url("/xxe") + "\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><desc>&s;&n;</desc></svg>");
        Files.writeString(project.resolve("img/active.svg"), hostileDecor());
        String[] refs = {server.url("/remote.png"), "file://" + secretFile, "jar:file:" + secretFile + "!/a.png",
            "../" + outside.getFileName() + "/secret.txt", secretFile.toString(), "img/link.png",
            "img/dirlink/secret.txt", "img/xxe.svg", "data:image/png;base64,AAAA",
            "img/../../" + outside.getFileName() + "/secret.txt"};
        for (String ref : refs) {
            Card card = Card.builder(new Card.Figure("t", ref, "caption", "credit", ""))
                    .byline("A", "@a", ref).build();
            for (OutputFormat format : OutputFormat.values()) {
                RenderedCard r = renderer.render(card, RenderOptions.defaults().withFormat(format)
                        .withProjectDir(project));
                assertNoSecret(r.bytes());
                assertFalse(r.warnings().isEmpty(), ref);
                assertTrue(r.warnings().get(0).startsWith("image "), r.warnings()::toString);
            }
        }
        Card active = Card.builder(new Card.Figure("", "img/active.svg", "c", "", "")).build();
        RenderedCard r = renderer.render(active, RenderOptions.defaults().withFormat(OutputFormat.SVG)
                .withProjectDir(project));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("removed unsafe SVG content")),
                r.warnings()::toString);
        String svg = new String(r.bytes(), StandardCharsets.UTF_8);
        String embedded = svg.substring(svg.indexOf("data:image/svg+xml;base64,") + 26);
        String decoded = new String(Base64.getDecoder().decode(embedded.substring(0, embedded.indexOf('"'))),
                StandardCharsets.UTF_8);
        assertFalse(decoded.contains("script") || decoded.contains("onload") || decoded.contains("127.0.0.1"),
                decoded);
        renderer.render(active, RenderOptions.defaults().withProjectDir(project));
        assertNoRequest();
    }

    private static Element el(Document doc, String name, String... attrs) {
        Element e = doc.createElementNS(SVGDOMImplementation.SVG_NAMESPACE_URI, name);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i].startsWith("xlink:")) {
                e.setAttributeNS(XLINK, attrs[i], attrs[i + 1]);
            } else {
                e.setAttributeNS(null, attrs[i], attrs[i + 1]);
            }
        }
        doc.getDocumentElement().appendChild(e);
        return e;
    }

    private static Document emptyDoc() {
        Document doc = SVGDOMImplementation.getDOMImplementation()
                .createDocument(SVGDOMImplementation.SVG_NAMESPACE_URI, "svg", null);
        doc.getDocumentElement().setAttributeNS(null, "width", "200");
        doc.getDocumentElement().setAttributeNS(null, "height", "200");
        return doc;
    }

    /** Each hostile construct alone, in a DOM that bypasses the sanitiser: refused (warning or error), no request. */
    @Test
    void userAgentRefusesScriptsAndExternalResourcesEvenInUnsanitisedDom() throws Exception {
        List<java.util.function.Consumer<Document>> hostile = List.of(
            d -> el(d, "image", "width", "50", "height", "50", "xlink:href", server.url("/image.png")),
            d -> el(d, "image", "width", "50", "height", "50", "xlink:href", server.url("/image.svg")),
            d -> el(d, "image", "width", "50", "height", "50", "xlink:href", "file://" + secretFile),
            d -> el(d, "image", "width", "50", "height", "50", "xlink:href", "jar:file:" + secretFile + "!/a.png"),
            d -> el(d, "image", "width", "50", "height", "50", "xlink:href", "relative.png"),
            d -> el(d, "use", "xlink:href", server.url("/use.svg#a")),
            d -> el(d, "rect", "width", "50", "height", "50", "fill", "url(" + server.url("/paint.svg") + "#p)"),
            d -> el(d, "rect", "width", "50", "height", "50", "filter", "url(" + server.url("/f.svg") + "#f)"),
            d -> el(d, "style").setTextContent("@import url(" + server.url("/import.css") + ");"),
            d -> el(d, "style").setTextContent("rect { fill: url(" + server.url("/css.svg") + "#p) }"),
            d -> el(d, "script", "xlink:href", server.url("/script.js")),
            d -> {
                d.getDocumentElement().setAttributeNS(null, "onload", "fetch('" + server.url("/onload") + "')");
                el(d, "script").setTextContent("fetch('" + server.url("/inline-script") + "')");
            });
        DefaultCardRenderer direct = new DefaultCardRenderer(0);
        try {
            int i = 0;
            for (var build : hostile) {
                i++;
                Document doc = emptyDoc();
                build.accept(doc);
                el(doc, "rect", "width", "10", "height", "10");
                List<String> warnings = new ArrayList<>();
                try {
                    assertNotNull(direct.rasterize(doc, RenderOptions.defaults().withSize(
                            new org.tweetorial.render.CardSize(200, 200)), warnings));
                } catch (org.tweetorial.render.CardRenderException e) {
                    warnings.add(e.getMessage());
                }
                assertNoRequest();
                boolean scriptCase = i >= 11;
                if (!scriptCase) {
                    int n = i;
                    assertTrue(warnings.stream().anyMatch(w -> w.contains("refused")),
                            () -> "case " + n + ": " + warnings);
                }
            }
            Document ok = emptyDoc();
            el(ok, "image", "width", "10", "height", "10", "xlink:href", "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(("<svg xmlns='http://www.w3.org/2000/svg' width='10'"
                            + " height='10'><rect width='10' height='10' fill='#FF0000'/></svg>")
                            .getBytes(StandardCharsets.UTF_8)));
            List<String> warnings = new ArrayList<>();
            BufferedImage img = direct.rasterize(ok, RenderOptions.defaults().withSize(
                    new org.tweetorial.render.CardSize(200, 200)), warnings);
            assertEquals(0xFF0000, img.getRGB(5, 5) & 0xFFFFFF, "data: images are allowed");
        } finally {
            direct.close();
        }
        assertFalse(SafeUserAgent.isAllowed(new org.apache.batik.util.ParsedURL(server.url("/x"))));
        assertFalse(SafeUserAgent.isAllowed(new org.apache.batik.util.ParsedURL("file:///etc/passwd")));
        assertTrue(SafeUserAgent.isAllowed(new org.apache.batik.util.ParsedURL("data:text/plain,hi")));
        assertNoRequest();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SafeRenderingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
