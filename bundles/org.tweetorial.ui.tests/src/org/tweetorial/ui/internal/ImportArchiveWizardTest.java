package org.tweetorial.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tweetorial.ui.internal.editor.TweetorialEditor;
import org.tweetorial.ui.internal.importer.ImportArchiveWizard;
import org.tweetorial.ui.internal.importer.ImportSourcePage;

/** File > Import > Tweetorials from an archive: the threads of an X archive listed, one picked, imported, opened. */
class ImportArchiveWizardTest {

    private static final String TWEETS = """
            window.YTD.tweets.part0 = [
             {"tweet": {"id_str": "11", "created_at": "Fri Mar 01 09:00:00 +0000 2024",
               "full_text": "1/3 Heart murmurs in three posts \\uD83E\\uDDF5 #MedEd"}},
             {"tweet": {"id_str": "12", "created_at": "Fri Mar 01 09:01:00 +0000 2024",
               "full_text": "2/3 Systolic or diastolic? Time it against the carotid pulse",
               "in_reply_to_status_id_str": "11", "in_reply_to_user_id_str": "7"}},
             {"tweet": {"id_str": "13", "created_at": "Fri Mar 01 09:02:00 +0000 2024",
               "full_text": "3/3 Then grade it: thrills mean at least grade 4. https://t.co/x",
               "entities": {"urls": [{"url": "https://t.co/x", "expanded_url": "https://example.org/murmurs"}]},
               "in_reply_to_status_id_str": "12", "in_reply_to_user_id_str": "7"}},
             {"tweet": {"id_str": "21", "created_at": "Sat Apr 06 09:00:00 +0000 2024",
               "full_text": "Gallop rhythms: S3 and S4, what they tell you"}},
             {"tweet": {"id_str": "22", "created_at": "Sat Apr 06 09:01:00 +0000 2024",
               "full_text": "S3: volume. S4: a stiff ventricle.",
               "in_reply_to_status_id_str": "21", "in_reply_to_user_id_str": "7"}},
             {"tweet": {"id_str": "32", "created_at": "Sun May 05 09:01:00 +0000 2024",
               "full_text": "Part two of a thread whose start I deleted",
               "in_reply_to_status_id_str": "31", "in_reply_to_user_id_str": "7"}},
             {"tweet": {"id_str": "33", "created_at": "Sun May 05 09:02:00 +0000 2024",
               "full_text": "and part three", "in_reply_to_status_id_str": "32", "in_reply_to_user_id_str": "7"}}
            ]""";
    private static final String ACCOUNT = """
            window.YTD.account.part0 = [{"account": {"username": "cardio_teacher", "accountId": "7",
              "accountDisplayName": "Cardio Teacher"}}]""";

    @TempDir
    Path dir;

    private Path archive() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] f : new String[][] {{"data/account.js", ACCOUNT}, {"data/tweets.js", TWEETS}}) {
                zip.putNextEntry(new ZipEntry(f[0]));
                zip.write(f[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.write(dir.resolve("twitter-archive.zip"), bytes.toByteArray());
    }

    @Test
    void listsTheThreadsImportsThePickedOneIntoTheProjectAndOpensIt() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("imported-threads");
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        UiTestSupport.fillScreen(shell);
        ImportArchiveWizard wizard = new ImportArchiveWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        wizard.setTarget(project);
        wizard.setQuiet(true);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ImportSourcePage page = wizard.page();
            page.scan(archive().toString());

            assertEquals(3, page.table().getItemCount());
            assertEquals("Heart murmurs in three posts #MedEd", page.table().getItem(0).getText(0));
            assertEquals("2024-03-01", page.table().getItem(0).getText(1));
            assertEquals("3", page.table().getItem(0).getText(2));
            assertTrue(page.problems().get(0).contains("post 32 replies to post 31"), page.problems().toString());
            assertTrue(!page.isPageComplete(), "nothing is ticked yet");
            page.check("11");
            assertTrue(page.isPageComplete());
            dialog.getShell().moveAbove(null); // without a window manager nothing raises the dialog
            UiTestSupport.settle(shell.getDisplay(), 600);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "import-wizard.png");

            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile imported = wizard.imported().get(0);
        assertEquals(project.getFile("2024-03-01-heart-murmurs-in-three-posts-11.md"), imported);
        assertTrue(imported.exists(), imported.toString());
        String text = Files.readString(imported.getLocation().toFile().toPath());
        assertTrue(text.startsWith("---\ntitle: \"Heart murmurs in three posts\"\nauthor: \"Cardio Teacher\"\n"
                + "handle: \"@cardio_teacher\"\nplatforms: [x]\ndate: 2024-03-01\n---\n\nHeart murmurs in three "
                + "posts #MedEd\n"), text);
        assertTrue(text.contains("<https://example.org/murmurs>"), text);
        IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        assertTrue(editor instanceof TweetorialEditor e && e.file().equals(imported),
                "the imported file is open in the tweetorial editor: " + editor);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
    }
}
