package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.publish.Account;
import org.tweetorial.ui.internal.publish.PublishCredentials;
import org.tweetorial.ui.internal.publish.PublishWizard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Publish wizard against a real Bluesky PDS on 127.0.0.1 (started by {@code releng/pds/start-pds.sh}, as the
 * publish bundle's tests do): the account page (remembered in a secure storage on a temporary file), the preflight
 * with every post and card, the publish job, and the links at the end; the records are read back from the server.
 * {@code -Dtweetorial.pds.skip=true} leaves it out (reported as skipped).
 */
@org.junit.jupiter.api.extension.ExtendWith(NoErrorsInWorkspaceLog.class)
class PublishWizardTest {

    private static final String THREAD = """
            ---
            title: "Hyperkalaemia in three posts"
            platforms: [bluesky]
            language: en
            ---
            # Potassium 6.8: what first?

            Three posts for the night shift. #MedEd

            ---

            ## Protect the heart

            Calcium gluconate first when the ECG has changed; it does not lower potassium.

            ---

            ## Then shift it

            Insulin with glucose, salbutamol; then remove it.
            """;

    private static Process pds;
    private static JsonObject ready;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path temp;

    @BeforeAll
    static void startPds() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("tweetorial.pds.skip"), "-Dtweetorial.pds.skip=true");
        Path log = temp.resolve("pds.log");
        ProcessBuilder pb = new ProcessBuilder("bash", script().toString());
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pds = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(pds.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                ready = JsonParser.parseString(line.substring(6)).getAsJsonObject();
                return;
            }
        }
        throw new IOException("the loopback PDS did not start; its output:\n" + Files.readString(log));
    }

    @AfterAll
    static void stopPds() throws Exception {
        if (pds != null) {
            pds.getOutputStream().close();
            assertEquals(0, pds.waitFor(), "the PDS stops and deletes its data");
        }
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("releng/pds/start-pds.sh");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("releng/pds/start-pds.sh not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void publishesAThreadWithCardsAndShowsALinkToEveryPost() throws Exception {
        JsonObject alice = ready.getAsJsonObject("alice");
        String server = ready.get("url").getAsString();
        ISecurePreferences storage = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                        new PBEKeySpec("test-only-password".toCharArray())));
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("publish-under-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = UiTestSupport.writeFile(project, "hyperk.md", THREAD);
        var editor = UiTestSupport.open(file);
        org.eclipse.core.commands.Command publish = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class)
                .getCommand("org.tweetorial.ui.publishTweetorial");
        UiTestSupport.waitUntil("File > Publish… is enabled for the tweetorial editor", 10_000, publish::isEnabled);

        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        PublishWizard wizard = new PublishWizard(file, new PublishCredentials(storage));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.accountPage().fill(Platform.BLUESKY, "default", server, alice.get("handle").getAsString(),
                    alice.get("appPassword").getAsString(), true);
            assertTrue(wizard.accountPage().isPageComplete(), wizard.accountPage().getErrorMessage());

            dialog.showPage(wizard.getNextPage(wizard.accountPage()));
            assertEquals(wizard.preflightPage(), dialog.getCurrentPage());
            assertNotNull(wizard.preflightPage().plan(), "the preflight passes: " + wizard.preflightPage().issues());
            assertEquals(3, wizard.preflightPage().plan().posts().size());
            assertTrue(wizard.preflightPage().plan().posts().stream().allMatch(p -> p.images().size() == 1),
                    "every post has its card");
            dialog.getShell().moveAbove(null);
            UiTestSupport.settle(shell.getDisplay(), 400);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "publish-wizard-preflight.png");

            dialog.showPage(wizard.getNextPage(wizard.preflightPage()));
            assertEquals(wizard.progressPage(), dialog.getCurrentPage());
            wizard.progressPage().start();
            UiTestSupport.waitUntil("the publish ends", 180_000, () -> !wizard.progressPage().running()
                    && (wizard.progressPage().result() != null || wizard.progressPage().failure() != null));
            assertNull(wizard.progressPage().failure(), () -> wizard.progressPage().failure().getMessage());

            assertEquals(wizard.linksPage(), dialog.getCurrentPage(), "the wizard ends on the links");
            List<String> links = wizard.linksPage().links();
            assertEquals(3, links.size(), links.toString());
            assertTrue(wizard.canFinish());
            dialog.getShell().moveAbove(null);
            UiTestSupport.settle(shell.getDisplay(), 400);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "publish-wizard.png");

            List<JsonObject> records = posts(server, alice.get("did").getAsString());
            assertEquals(3, records.size(), "exactly three posts on the server");
            for (int i = 0; i < 3; i++) {
                String rkey = rkey(records.get(i));
                assertTrue(links.get(i).endsWith("/post/" + rkey), links.get(i) + " links to record " + rkey);
                JsonObject value = records.get(i).getAsJsonObject("value");
                assertEquals(1, value.getAsJsonObject("embed").getAsJsonArray("images").size());
                assertFalse(value.getAsJsonObject("embed").getAsJsonArray("images").get(0).getAsJsonObject()
                        .get("alt").getAsString().isBlank(), "alt text on the card");
                assertEquals(i > 0, value.has("reply"), "each post after the first replies");
            }
            assertTrue(records.get(1).getAsJsonObject("value").get("text").getAsString().contains("Calcium"));

            Account remembered = new PublishCredentials(storage).load(Platform.BLUESKY, "default").orElseThrow();
            assertEquals(alice.get("appPassword").getAsString(), remembered.secret());
            String journal = Files.readString(wizard.progressPage().result().journal());
            assertFalse(journal.contains(alice.get("appPassword").getAsString()), "no secret in the journal");
        } finally {
            dialog.close();
            UiTestSupport.page().closeEditor(editor, false);
        }
    }

    @Test
    void stopThenResumeSendsEveryPostExactlyOnce() throws Exception {
        JsonObject bob = ready.getAsJsonObject("bob");
        String server = ready.get("url").getAsString();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("publish-under-test");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile file = UiTestSupport.writeFile(project, "hyperk-stopped.md", THREAD);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PublishWizard wizard = new PublishWizard(file, new PublishCredentials(null));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.accountPage().fill(Platform.BLUESKY, "default", server, bob.get("handle").getAsString(),
                    bob.get("appPassword").getAsString(), false);
            dialog.showPage(wizard.getNextPage(wizard.accountPage()));
            assertNotNull(wizard.preflightPage().plan(), "the preflight passes: " + wizard.preflightPage().issues());
            dialog.showPage(wizard.getNextPage(wizard.preflightPage()));
            wizard.progressPage().start();
            wizard.progressPage().stop(); // asked before the job's first step: it stops between steps
            UiTestSupport.waitUntil("the stopped publish ends", 180_000, () -> !wizard.progressPage().running());
            assertNotNull(wizard.progressPage().failure(), "the publish stopped");
            assertEquals(org.tweetorial.publish.PublishException.Reason.CANCELLED,
                    wizard.progressPage().failure().reason(), wizard.progressPage().failure().getMessage());
            int before = posts(server, bob.get("did").getAsString()).size();
            assertTrue(before < 3, "stopped before the last post: " + before);

            wizard.progressPage().start(); // Resume: the journal exists
            UiTestSupport.waitUntil("the resumed publish ends", 180_000, () -> !wizard.progressPage().running());
            assertNull(wizard.progressPage().failure(), () -> wizard.progressPage().failure().getMessage());
            assertEquals(3, wizard.linksPage().links().size());
            List<JsonObject> records = posts(server, bob.get("did").getAsString());
            assertEquals(3, records.size(), "exactly three posts, none twice");
            for (int i = 0; i < 3; i++) {
                assertTrue(wizard.linksPage().links().get(i).endsWith("/post/" + rkey(records.get(i))));
            }
        } finally {
            dialog.close();
        }
    }

    private static List<JsonObject> posts(String server, String did) throws Exception {
        String query = "/xrpc/com.atproto.repo.listRecords?repo=" + URLEncoder.encode(did, StandardCharsets.UTF_8)
                + "&collection=app.bsky.feed.post&limit=100";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server).resolve(query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("records")) {
            out.add(e.getAsJsonObject());
        }
        out.sort((a, b) -> rkey(a).compareTo(rkey(b)));
        return out;
    }

    private static String rkey(JsonObject record) {
        String uri = record.get("uri").getAsString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
