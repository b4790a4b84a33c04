package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tweetorial.cli.internal.commands.CardsCommand;
import org.tweetorial.cli.internal.commands.CommandContext;
import org.tweetorial.export.ExportArtifact;
import org.tweetorial.export.ExportListener;
import org.tweetorial.export.ExportRequest;
import org.tweetorial.export.ExportResult;
import org.tweetorial.export.Exporter;
import org.tweetorial.render.Card;
import org.tweetorial.render.RenderOptions;
import org.tweetorial.render.Themes;
import org.tweetorial.ui.internal.cards.CardThumbnails;
import org.tweetorial.ui.internal.cards.CardsView;
import org.tweetorial.ui.internal.cards.WorkbenchCards;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.preferences.TweetorialPreferences;
import org.tweetorial.ui.internal.preview.ThreadPreviewView;

/**
 * One card pipeline: the Thread Preview, the Cards view, {@code tweetorial cards} and {@code export} draw the same
 * pixels under the same names, follow the front matter alike, and see a deleted image at once.
 */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class CardPipelineTest {

    private static final long TIMEOUT = 60_000;
    private static final List<String> SIZES = List.of("x", "square", "portrait");
    private static final List<String> EXAMPLES = List.of("frank-starling.md", "sglt2-visual-abstract.md",
            "case-quiz-anion-gap.md", "conference-live-thread.md", "journal-club-recovery-dexamethasone.md");

    private TweetorialEditor editor;

    @AfterEach
    void closeEditorAndResetPreferences() {
        if (editor != null) {
            UiTestSupport.page().closeEditor(editor, false);
        }
        TweetorialPreferences.store().setToDefault(TweetorialPreferences.AUTHOR_NAME);
        TweetorialPreferences.store().setToDefault(TweetorialPreferences.AUTHOR_HANDLE);
    }

    @Test
    void previewCardsViewCardsCommandAndExportDrawTheSamePixelsUnderTheSameNames() throws Exception {
        IProject project = UiTestSupport.examplesProject();
        List<String> themes = Themes.builtInNames();
        for (int k = 0; k < EXAMPLES.size(); k++) {
            String theme = themes.get(k % themes.size());
            String size = SIZES.get(k % SIZES.size());
            String text = withCardSettings(project.getFile(EXAMPLES.get(k)), theme, size);
            IFile copy = UiTestSupport.writeFile(project, "pipeline-" + k + ".md", text);
            List<byte[]> preview = new ArrayList<>();
            List<byte[]> cardsView = new ArrayList<>();
            drawnByTheViews(copy, preview, cardsView);
            Path source = copy.getLocation().toFile().toPath();
            Path work = Files.createDirectories(Path.of("target", "work", "pipeline-" + k).toAbsolutePath());
            List<Path> command = cardsCommand(source, work.resolve("cards"));
            List<Path> exported = export(source, work.resolve("export"));
            String what = EXAMPLES.get(k) + " with theme " + theme + " and size " + size;
            assertEquals(names(command), names(exported), "cards and export name the files alike: " + what);
            assertEquals(preview.size(), exported.size(), "one card per post: " + what);
            for (int i = 0; i < exported.size(); i++) {
                int[] expected = pixels(Files.readAllBytes(exported.get(i)), what);
                String card = what + ", " + exported.get(i).getFileName();
                assertArrayEquals(expected, pixels(Files.readAllBytes(command.get(i)), card), "cards: " + card);
                assertArrayEquals(expected, pixels(preview.get(i), card), "Thread Preview: " + card);
                assertArrayEquals(expected, pixels(cardsView.get(i), card), "Cards view: " + card);
            }
            UiTestSupport.page().closeEditor(editor, false);
            editor = null;
        }
    }

    @Test
    void frontMatterSettingsReachEveryRouteAndPreferencesOnlyFillGaps() throws Exception {
        IProject project = UiTestSupport.examplesProject();
        TweetorialPreferences.store().setValue(TweetorialPreferences.AUTHOR_NAME, "Preferred Name");
        TweetorialPreferences.store().setValue(TweetorialPreferences.AUTHOR_HANDLE, "@preferred");
        IFile file = UiTestSupport.writeFile(project, "settings.md", """
                ---
                title: "Settings"
                platforms: [x]
                ---
                # Settings follow the file

                One post.

                ---
                A second post.
                """);
        editor = UiTestSupport.open(file);
        ThreadPreviewView preview = showPreview();
        CardsView cards = showCards();
        UiTestSupport.waitUntil("the preferences fill what the file leaves out", TIMEOUT,
                () -> preview.authorShown().equals("Preferred Name @preferred"));
        assertEquals("light", preview.cardOptions().theme().id());

        IDocument document = editor.document();
        int afterTitle = document.get().indexOf("---", 3);
        TweetorialEditorTest.type(document, afterTitle,
                "theme: dark\ncard: square\nauthor: Dr Ada Lovelace\nhandle: ada_teaches\n");
        UiTestSupport.waitUntil("the preview follows the front matter", TIMEOUT,
                () -> preview.cardOptions().theme().id().equals("dark")
                        && preview.cardOptions().size().width() == 1080
                        && preview.authorShown().equals("Dr Ada Lovelace @ada_teaches"));
        UiTestSupport.waitUntil("the Cards view follows the front matter", TIMEOUT,
                () -> cards.options() != null && cards.options().theme().id().equals("dark")
                        && cards.options().size().height() == 1080);
        Card card = cards.cards().get(0);
        assertEquals("Dr Ada Lovelace", card.byline().name(), "the front matter's author, not the preference");
        assertEquals("@ada_teaches", card.byline().handle());
        assertEquals(card, preview.card(0).orElseThrow(), "the preview and the Cards view show the same card");

        editor.doSave(null);
        Path out = Path.of("target", "work", "settings-export").toAbsolutePath();
        ExportRequest request = ExportRequest.of(file.getLocation().toFile().toPath()).withOutputDir(out)
                .withArtifacts(EnumSet.of(ExportArtifact.CARDS)).withCardDefaults(WorkbenchCards.preferences());
        List<Path> exported = export(request);
        BufferedImage first = ImageIO.read(exported.get(0).toFile());
        assertEquals(1080, first.getWidth(), "the export follows card: square");
        assertEquals(1080, first.getHeight());
        assertArrayEquals(pixels(Files.readAllBytes(exported.get(0)), "export"),
                pixels(CardThumbnails.renderNow(card, cards.options()).bytes(), "Cards view"),
                "the export draws the card the views show");
    }

    @Test
    void deletingAnImageUpdatesThePreviewAtOnce() throws Exception {
        IProject project = UiTestSupport.examplesProject();
        IFile image = project.getFile("images/deleted-soon.png");
        if (image.exists()) {
            image.delete(true, null);
        }
        try (var in = Files.newInputStream(project.getFile("images/frank-starling-curve.png").getLocation().toFile()
                .toPath())) {
            image.create(in, true, null);
        }
        IFile file = UiTestSupport.writeFile(project, "image-post.md", """
                ---
                title: "Images"
                platforms: [x]
                ---
                # Images

                The first post is the title card.

                ---
                The curve, as a picture post.

                ![The curve](images/deleted-soon.png "Credit: test")
                """);
        editor = UiTestSupport.open(file);
        ThreadPreviewView preview = showPreview();
        UiTestSupport.waitUntil("the card with the picture is drawn", TIMEOUT,
                () -> preview.cardPixels(1) instanceof ImageData);
        int[] before = ints((ImageData) preview.cardPixels(1));
        int generation = CardThumbnails.generation();
        image.delete(true, null);
        long deleted = System.nanoTime();
        UiTestSupport.waitUntil("the card caches learn that an image changed", 10_000,
                () -> CardThumbnails.generation() > generation);
        UiTestSupport.waitUntil("the preview redraws the card without the picture", 10_000,
                () -> preview.cardPixels(1) instanceof Object now
                        && !(now instanceof ImageData data && Arrays.equals(before, ints(data))));
        System.out.println("[pipeline] after deleting the image the preview shows " + preview.cardPixels(1));
        long millis = (System.nanoTime() - deleted) / 1_000_000;
        System.out.println("[bench] image deleted to preview redrawn: " + millis + " ms");
    }

    private static int[] ints(ImageData data) {
        int[] out = new int[data.width * data.height];
        for (int y = 0; y < data.height; y++) {
            data.getPixels(0, y, data.width, out, y * data.width);
        }
        return out;
    }

    /** The example's text with its theme and card size set in the front matter. */
    private static String withCardSettings(IFile example, String theme, String size) throws IOException {
        String text = Files.readString(example.getLocation().toFile().toPath());
        assertTrue(text.startsWith("---\n"), example + " has front matter");
        int end = text.indexOf("\n---", 3);
        String front = Arrays.stream(text.substring(4, end).split("\n"))
                .filter(l -> !l.startsWith("theme:") && !l.startsWith("card:"))
                .reduce("", (a, b) -> a + b + "\n");
        return "---\n" + front + "theme: " + theme + "\ncard: " + size + text.substring(end);
    }

    private void drawnByTheViews(IFile file, List<byte[]> preview, List<byte[]> cardsView) throws Exception {
        editor = UiTestSupport.open(file);
        ThreadPreviewView previewView = showPreview();
        CardsView cards = showCards();
        UiTestSupport.waitUntil("both views show " + file.getName(), TIMEOUT,
                () -> previewView.postCount() > 0 && cards.cardCount() == previewView.postCount());
        RenderOptions previewOptions = previewView.cardOptions();
        for (int i = 0; i < previewView.postCount(); i++) {
            preview.add(CardThumbnails.renderNow(previewView.card(i).orElseThrow(), previewOptions).bytes());
        }
        RenderOptions cardsOptions = cards.options();
        for (Card card : cards.cards()) {
            cardsView.add(CardThumbnails.renderNow(card, cardsOptions).bytes());
        }
    }

    private static ThreadPreviewView showPreview() throws Exception {
        UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW);
        return OpenViews.find(ThreadPreviewView.class).orElseThrow();
    }

    private CardsView showCards() throws Exception {
        UiTestSupport.page().showView(TweetorialPerspective.CARDS_VIEW);
        UiTestSupport.page().activate(editor);
        CardsView cards = OpenViews.find(CardsView.class).orElseThrow();
        cards.choose(null, null);
        return cards;
    }

    private static List<Path> cardsCommand(Path source, Path out) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CardsCommand().run(List.of(source.toString(), "--out", out.toString()), new CommandContext(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]),
                source.getParent()));
        assertFalse(code == 2, err.toString(StandardCharsets.UTF_8));
        return pngs(out);
    }

    private static List<Path> export(Path source, Path out) throws Exception {
        return export(ExportRequest.of(source).withOutputDir(out)
                .withArtifacts(EnumSet.of(ExportArtifact.CARDS, ExportArtifact.ALT)));
    }

    private static List<Path> export(ExportRequest request) throws Exception {
        try (Exporter exporter = Exporter.create()) {
            ExportResult result = exporter.export(request, ExportListener.SILENT);
            return pngs(result.folder().resolve("cards"));
        }
    }

    private static List<Path> pngs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Width, height and every decoded pixel. */
    private static int[] pixels(byte[] png, String what) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "a readable PNG: " + what);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] out = new int[w * h + 2];
        out[0] = w;
        out[1] = h;
        image.getRGB(0, 0, w, h, out, 2, w);
        return out;
    }
}
