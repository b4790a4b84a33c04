package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tweetorial.core.platform.DisplayText;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.analysis.PlatformChoice;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.preview.ThreadPreviewView;

/** Each platform's preview is recognisable: its links as it shortens them, its grid of pictures. */
@ExtendWith(NoErrorsInWorkspaceLog.class)
class PlatformPreviewTest {

    private static final long TIMEOUT = 30_000;
    private static final String LINK = "https://www.nejm.org/doi/full/10.1056/NEJMoa2021436";
    private static final String TEXT = """
            ---
            title: Platform looks
            platforms: [x, bluesky, mastodon, threads, linkedin]
            ---
            RECOVERY in one picture: %s #MedEd

            ![Forest plot of 28-day mortality](images/recovery-mortality.png)
            ![Frank-Starling curve](images/frank-starling-curve.png)
            ![Anion gap ladder](images/anion-gap.png)
            """.formatted(LINK); // the DOI also makes a References post

    private final Platform before = PlatformChoice.current();

    @AfterEach
    void restorePlatform() {
        PlatformChoice.choose(before);
    }

    @Test
    void eachPlatformShortensLinksAndArrangesPicturesItsOwnWay() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        IFile file = UiTestSupport.writeFile(UiTestSupport.examplesProject(), "platform-looks.md", TEXT);
        TweetorialEditor editor = UiTestSupport.open(file);
        // on a fresh workspace the first start opens the Welcome view in the preview's folder a moment later
        UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW);
        UiTestSupport.page().activate(editor);
        UiTestSupport.waitUntil("the preview shows the post", TIMEOUT, PlatformPreviewTest::previewShows);
        ThreadPreviewView preview = OpenViews.find(ThreadPreviewView.class).orElseThrow();
        String posted = editor.analyzer().current().posts().get(0).post().postedText();

        for (Platform platform : Platform.values()) {
            PlatformChoice.choose(platform);
            UiTestSupport.flush();
            assertEquals(DisplayText.of(posted, platform).text(), preview.shownText(0), platform + ": shown text");
            assertTrue(platform == Platform.X ? preview.shownText(0).contains("nejm.org/doi/full/10.105\u2026")
                    : !preview.shownText(0).contains(LINK), platform + " shortens the link");
            assertGrid(platform, preview.imageBoxes(0));
            UiTestSupport.settle(shell.getDisplay(), 200);
            UiTestSupport.screenshot(shell, "preview-" + platform.id() + ".png");
        }
    }

    private static boolean previewShows() {
        try {
            UiTestSupport.page().showView(TweetorialPerspective.PREVIEW_VIEW, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
        return OpenViews.find(ThreadPreviewView.class).map(v -> v.postCount() == 2).orElse(false);
    }

    private static void assertGrid(Platform platform, Rectangle[] boxes) {
        assertEquals(3, boxes.length, platform + ": three pictures");
        switch (platform) {
            case X, MASTODON, BLUESKY -> {
                // one tall picture on the left, two stacked on the right
                assertEquals(boxes[1].x, boxes[2].x, platform + ": right column");
                assertTrue(boxes[0].x < boxes[1].x && boxes[2].y > boxes[1].y, platform + ": stacked on the right");
                assertEquals(boxes[0].height, boxes[2].y + boxes[2].height - boxes[1].y, platform + ": same height");
            }
            case THREADS -> {
                // a carousel: one row, running off to the right
                assertEquals(boxes[0].y, boxes[2].y, "Threads: one row");
                assertTrue(boxes[0].height > boxes[0].width, "Threads: portrait pictures");
                assertTrue(boxes[2].x > boxes[1].x && boxes[1].x > boxes[0].x, "Threads: left to right");
            }
            case LINKEDIN -> {
                // the first large, the others in a row below it
                assertTrue(boxes[0].width > boxes[1].width * 3 / 2, "LinkedIn: the first is large");
                assertEquals(boxes[1].y, boxes[2].y, "LinkedIn: the others in one row");
                assertTrue(boxes[1].y > boxes[0].y + boxes[0].height - 1, "LinkedIn: below the first");
            }
        }
    }
}
