package org.tweetorial.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Tweetorial Format guide (Help menu). */
public final class ShowFormatGuideHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(FormatGuideView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The format guide could not be opened", e);
        }
        return null;
    }
}
