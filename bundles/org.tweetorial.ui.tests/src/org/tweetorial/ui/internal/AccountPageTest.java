package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.ui.internal.publish.AccountPage;
import org.tweetorial.ui.internal.publish.PublishCredentials;
import org.tweetorial.ui.internal.publish.PublishWizard;

/**
 * The Publish wizard's account page fills in a remembered account when its name is typed, and takes that account's
 * credentials away again when the name or platform moves on, keeping what the user typed.
 */
@ExtendWith(NoErrorsInWorkspaceLog.class)
class AccountPageTest {

    private static final String THREAD = """
            ---
            title: "One post"
            platforms: [bluesky]
            ---
            # One post

            Enough to open the wizard.
            """;

    @TempDir
    Path temp;

    @Test
    void aRememberedAccountsCredentialsLeaveWithItsName() throws Exception {
        ISecurePreferences storage = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                        new PBEKeySpec("test-only-password".toCharArray())));
        PublishCredentials credentials = new PublishCredentials(storage);
        credentials.save(new Account(Platform.BLUESKY, "alice", URI.create("https://pds.alice.example"),
                "alice.example", "alice-app-password"));
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("account-page-under-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = UiTestSupport.writeFile(project, "one-post.md", THREAD);
        PublishWizard wizard = new PublishWizard(file, credentials);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            AccountPage page = wizard.accountPage();
            page.fill(Platform.BLUESKY, "mine", "https://pds.mine.example", "me.example", "my-app-password", false);
            List<String> mine = List.of("https://pds.mine.example", "me.example", "my-app-password");
            List<String> alices = List.of("https://pds.alice.example", "alice.example", "alice-app-password");

            page.typeAccountName("alice");
            assertEquals(alices, page.credentialFields(), "the remembered account fills the page");
            page.typeAccountName("alice2");
            assertEquals(mine, page.credentialFields(), "another name gets back what was typed before");

            page.typeAccountName("alice");
            page.fill(Platform.BLUESKY, "alice", "https://pds.alice.example", "alice.example", "edited", false);
            page.typeAccountName("bob");
            assertEquals(List.of("https://pds.mine.example", "me.example", "edited"), page.credentialFields(),
                    "what the user changed stays; what the account filled in goes");

            page.typeAccountName("alice");
            page.choosePlatform(Platform.MASTODON);
            assertEquals(List.of("https://", "me.example", "edited"), page.credentialFields(),
                    "Alice's Bluesky credentials do not follow to Mastodon");
        } finally {
            dialog.close();
        }
    }
}
