package org.tweetorial.ui.internal.publish;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/**
 * "Publish…" for the active tweetorial editor: offers to save unsaved changes first (the publisher reads the saved
 * file), then opens the publish wizard on it.
 */
public final class PublishTweetorialHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(part instanceof TweetorialEditor editor) || editor.file() == null) {
            MessageDialog.openInformation(shell, "Publish Tweetorial", "Open a tweetorial in the editor first.");
            return null;
        }
        if (editor.isDirty()) {
            if (!MessageDialog.openQuestion(shell, "Publish Tweetorial", editor.file().getName()
                    + " has unsaved changes. Save it and publish what the preview shows?")) {
                return null;
            }
            editor.doSave(null);
        }
        new WizardDialog(shell, new PublishWizard(editor.file(), PublishCredentials.standard())).open();
        return null;
    }
}
