package org.tweetorial.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A course export: a folder of tweetorials with a broken file among them gives a folder per good tweetorial and an
 * index page that is strict XHTML, links every file and has the basics of accessibility; the broken one is reported
 * and does not stop the others; with a fixed time the output does not depend on the number of workers.
 */
class CourseExportTest {

    private static final List<String> EXAMPLES = List.of("frank-starling.md", "sglt2-visual-abstract.md",
            "case-quiz-anion-gap.md");
    /** Placeholder alt text: the safety check refuses it, so this file cannot be exported. */
    private static final String BROKEN = "---\ntitle: \"Broken\"\nplatforms: [x]\n---\n# One\n\n"
            + "![image](images/nowhere.png)\n";

    @TempDir
    static Path dir;
    private static CourseResult result;
    private static final ConcurrentLinkedQueue<String> progress = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void exportCourse() throws Exception {
        Path library = library(dir.resolve("library"), EXAMPLES);
        Files.writeString(library.resolve("broken.md"), BROKEN);
        Files.writeString(library.resolve("README.md"), "# Not a tweetorial\n");
        CourseRequest request = CourseRequest.of(List.of(library), dir.resolve("course")).withWorkers(2)
                .withTitle("Cardiology & renal <course>")
                .withOptions(r -> r.withFixedTime(ExampleProject.FIXED_TIME));
        result = CourseExporter.export(request, (source, ok, done, total) -> progress.add(done + "/" + total + " "
                + source.getFileName() + " " + ok));
    }

    /** A folder with copies of the named examples and their images. */
    static Path library(Path folder, List<String> names) throws IOException {
        Path examples = ExampleProject.repoRoot().resolve("examples");
        Files.createDirectories(folder.resolve("images"));
        try (Stream<Path> images = Files.list(examples.resolve("images"))) {
            for (Path image : images.toList()) {
                Files.copy(image, folder.resolve("images").resolve(image.getFileName()));
            }
        }
        for (String name : names) {
            Files.copy(examples.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    @Test
    void theBrokenFileIsReportedAndTheOthersAreExported() {
        assertEquals(4, result.entries().size(), "README.md has no front matter and is left out");
        assertEquals(1, result.failed().size());
        CourseEntry broken = result.failed().get(0);
        assertEquals("broken.md", broken.source().getFileName().toString());
        assertEquals(ExportException.Reason.UNSAFE, broken.failure().get().reason());
        assertEquals(3, result.exported().size());
        assertTrue(result.hasErrors());
        assertEquals(4, progress.size(), progress.toString());
        for (int done = 1; done <= 4; done++) {
            String prefix = done + "/4 ";
            assertEquals(1, progress.stream().filter(p -> p.startsWith(prefix)).count(), progress.toString());
        }
        assertEquals(1, progress.stream().filter(p -> p.endsWith(" broken.md false")).count(), progress.toString());
        for (CourseEntry e : result.exported()) {
            Path folder = result.folder().resolve(e.folderName());
            for (String file : List.of("handout.pdf", "slides.pdf", "slides.pptx", "thread.json")) {
                assertTrue(Files.isRegularFile(folder.resolve(file)), folder.resolve(file).toString());
            }
        }
        assertFalse(Files.exists(result.folder().resolve("broken")), "nothing written for the broken file");
    }

    @Test
    void theIndexListsEveryTweetorialWithThumbnailCountDateAndLinks() throws Exception {
        String html = Files.readString(result.folder().resolve("index.html"), StandardCharsets.UTF_8);
        Document doc = StrictXhtml.parse(html);
        Element root = doc.getDocumentElement();
        assertEquals("en", root.getAttribute("lang"));
        assertEquals("Cardiology &amp; renal &lt;course&gt;", between(html, "<title>", "</title>"));
        List<String> headings = texts(doc, "h2");
        assertEquals(List.of("Case quiz: the anion gap", "The Frank–Starling law in 10 posts",
                "DAPA-HF: a visual abstract", "Not exported"), headings, "sorted by file, the failures last");
        assertTrue(html.contains("12 posts · <time datetime=\""), html);
        NodeList images = doc.getElementsByTagNameNS(StrictXhtml.NS, "img");
        assertEquals(3, images.getLength());
        for (int i = 0; i < images.getLength(); i++) {
            Element img = (Element) images.item(i);
            assertFalse(img.getAttribute("alt").isBlank(), "alt text on " + img.getAttribute("src"));
            assertTrue(Files.isRegularFile(result.folder().resolve(img.getAttribute("src"))), img.getAttribute("src"));
            assertTrue(img.getAttribute("src").contains("/cards/01-"), "the first card: " + img.getAttribute("src"));
        }
        NodeList links = doc.getElementsByTagNameNS(StrictXhtml.NS, "a");
        assertEquals(3 * 6, links.getLength(), "handout, slides, deck, cards, thread text, alt text for each");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            assertTrue(Files.exists(result.folder().resolve(a.getAttribute("href"))), a.getAttribute("href"));
            assertTrue(a.getAttribute("aria-label").startsWith(a.getTextContent() + ": "),
                    "the accessible name starts with the visible text");
        }
        assertTrue(html.contains("<strong>broken.md</strong>: broken.md: not exported: the safety check found"),
                html);
        assertFalse(html.contains(dir.toString()), "no folder of this machine on the page");
        assertFalse(html.contains("<script"), "a plain static page");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("url("),
                "nothing from the network");
    }

    @Test
    void withAFixedTimeTheCourseIsTheSameWhateverTheNumberOfWorkers() throws Exception {
        List<String> two = List.of("frank-starling.md", "sglt2-visual-abstract.md");
        Path library = library(dir.resolve("small"), two);
        CourseRequest base = CourseRequest.of(List.of(library), dir.resolve("one")).withTitle("Small course")
                .withOptions(r -> r.withFixedTime(ExampleProject.FIXED_TIME).withArtifacts(Set.of(
                        ExportArtifact.TEXT, ExportArtifact.PPTX, ExportArtifact.HANDOUT)));
        CourseResult one = CourseExporter.export(base.withWorkers(1), CourseListener.SILENT);
        CourseResult parallel = CourseExporter.export(new CourseRequest(base.inputs(), dir.resolve("two"),
                base.options(), 2, base.title()), CourseListener.SILENT);
        List<Path> a = files(one.folder());
        List<Path> b = files(parallel.folder());
        assertEquals(a.stream().map(one.folder()::relativize).toList(),
                b.stream().map(parallel.folder()::relativize).toList());
        assertTrue(a.stream().anyMatch(p -> p.endsWith("slides.pptx")));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i) + " differs");
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(StrictXhtml.NS, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
