package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Publisher;
import org.tweetorial.publish.PublishRequest;
import org.tweetorial.ui.internal.publish.ByHandPage;
import org.tweetorial.ui.internal.publish.PublishCredentials;
import org.tweetorial.ui.internal.publish.PublishWizard;

/** The Publish wizard without a server: a failing preflight sends nothing; X's guided "post by hand". */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class PublishWizardPreflightAndByHandTest {

    private static final String WITH_IDENTIFIER = """
            ---
            title: "Hyponatraemia"
            platforms: [bluesky]
            ---
            # A case

            Mr Daniel Reyes, MRN 4471093, was admitted with a sodium of 118.

            ---

            ## The lesson

            Correct slowly: no more than 8 to 10 mmol/L in a day.
            """;

    private static final String SAFE = WITH_IDENTIFIER.replace("Mr Daniel Reyes, MRN 4471093, was",
            "A patient was");

    private static IProject project() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("publish-offline-under-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        return project;
    }

    private static WizardDialog open(PublishWizard wizard) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    @Test
    void aFailingPreflightSaysWhatToFixAndNothingCanBeSent() throws Exception {
        IFile file = UiTestSupport.writeFile(project(), "hypona.md", WITH_IDENTIFIER);
        PublishWizard wizard = new PublishWizard(file, new PublishCredentials(null));
        WizardDialog dialog = open(wizard);
        try {
            wizard.accountPage().fill(Platform.BLUESKY, "default", "https://bsky.social", "someone.bsky.social",
                    "xxxx-xxxx-xxxx-xxxx", false);
            dialog.showPage(wizard.getNextPage(wizard.accountPage()));
            assertNull(wizard.preflightPage().plan());
            assertFalse(wizard.preflightPage().issues().isEmpty(), "the preflight names what to fix");
            assertTrue(wizard.preflightPage().issues().stream().anyMatch(i -> i.post() == 1),
                    wizard.preflightPage().issues().toString());
            assertFalse(wizard.preflightPage().isPageComplete());
            assertNull(wizard.getNextPage(wizard.preflightPage()), "no way on to sending");
            assertNotNull(wizard.preflightPage().getErrorMessage());
            assertFalse(wizard.canFinish());
            assertFalse(Files.exists(Publisher.journalFile(PublishRequest.of(file.getLocation().toFile().toPath(),
                    Platform.BLUESKY))), "nothing was sent: no journal");
        } finally {
            dialog.close();
        }
    }

    @Test
    void xByHandPutsEachPostOnTheClipboardWithItsAltTextAndCard() throws Exception {
        IFile file = UiTestSupport.writeFile(project(), "hypona-safe.md", SAFE.replace("[bluesky]", "[x]"));
        PublishWizard wizard = new PublishWizard(file, new PublishCredentials(null));
        WizardDialog dialog = open(wizard);
        try {
            wizard.accountPage().fill(Platform.X, "default", "", "", "", false);
            assertTrue(wizard.accountPage().isPageComplete(), "X needs no account");
            dialog.showPage(wizard.getNextPage(wizard.accountPage()));
            ByHandPage page = wizard.byHandPage();
            assertEquals(page, dialog.getCurrentPage());
            assertNull(page.getErrorMessage());
            assertEquals(2, page.count());
            assertEquals(0, page.current());
            String first = clipboard();
            assertTrue(first.contains("A patient was admitted"), first);
            page.show(1);
            assertTrue(clipboard().contains("Correct slowly"), clipboard());
            assertTrue(wizard.canFinish());
            assertEquals("https://x.com/intent/tweet?text=Sodium%20118%3F%20%23MedEd",
                    ByHandPage.intentUrl("Sodium 118? #MedEd"));
        } finally {
            dialog.close();
        }
    }

    @Test
    void xByHandSaysWhatTheSafetyCheckFoundInsteadOfABlankPage() throws Exception {
        IFile file = UiTestSupport.writeFile(project(), "hypona-x.md", WITH_IDENTIFIER.replace("[bluesky]", "[x]"));
        PublishWizard wizard = new PublishWizard(file, new PublishCredentials(null));
        WizardDialog dialog = open(wizard);
        try {
            wizard.accountPage().fill(Platform.X, "default", "", "", "", false);
            dialog.showPage(wizard.getNextPage(wizard.accountPage()));
            String error = wizard.byHandPage().getErrorMessage();
            assertNotNull(error, "the page says why nothing can be copied");
            assertTrue(error.startsWith("The safety check stopped the export") && error.contains("hypona-x.md:"),
                    error);
        } finally {
            dialog.close();
        }
    }

    private static String clipboard() {
        Clipboard clipboard = new Clipboard(PlatformUI.getWorkbench().getDisplay());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }
}
