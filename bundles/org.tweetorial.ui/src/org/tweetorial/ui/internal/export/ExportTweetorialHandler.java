package org.tweetorial.ui.internal.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tweetorial.ui.internal.editor.TweetorialEditor;

/**
 * "Export Tweetorial…" for the active tweetorial editor: offers to save unsaved changes first (the export reads the
 * saved file, so that what is exported is what the preview shows), then opens the export wizard on it.
 */
public final class ExportTweetorialHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(part instanceof TweetorialEditor editor) || editor.file() == null) {
            MessageDialog.openInformation(shell, "Export Tweetorial", "Open a tweetorial in the editor first.");
            return null;
        }
        if (editor.isDirty()) {
            if (!MessageDialog.openQuestion(shell, "Export Tweetorial", editor.file().getName()
                    + " has unsaved changes. Save it and export what the preview shows?")) {
                return null;
            }
            editor.doSave(null);
        }
        open(shell, editor);
        return null;
    }

    /** Opens the export wizard on the editor's file; returns the dialog (not blocking when {@code block} is false). */
    static WizardDialog open(Shell shell, TweetorialEditor editor) {
        ExportWizard wizard = new ExportWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        wizard.setFile(editor.file());
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.open();
        return dialog;
    }
}
