package org.tweetorial.ui.internal.cards;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** One card at full size (scrollable), rendered in the background; a placeholder shows until it is ready. */
final class CardFullSizeDialog extends Dialog {

    private final CardContent card;
    private final CardStyle style;
    private final Path baseDir;
    private Image image;

    CardFullSizeDialog(Shell parent, CardContent card, CardStyle style, Path baseDir) {
        super(parent);
        this.card = card;
        this.style = style;
        this.baseDir = baseDir;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Card of post " + card.postNumber() + " (" + style.width() + "\u00d7" + style.height() + ")");
        shell.addDisposeListener(e -> {
            if (image != null) {
                image.dispose();
            }
        });
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ScrolledComposite scroller = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = Math.min(1100, style.width());
        data.heightHint = Math.min(700, style.height());
        scroller.setLayoutData(data);
        Label label = new Label(scroller, SWT.NONE);
        label.setText("Rendering\u2026");
        scroller.setContent(label);
        label.setSize(label.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        ImageData ready = CardThumbnails.get(card, style, style.width(), baseDir, () -> show(label));
        if (ready != null) {
            show(label);
        }
        return area;
    }

    private void show(Label label) {
        if (label.isDisposed()) {
            return;
        }
        ImageData data = CardThumbnails.get(card, style, style.width(), baseDir, () -> show(label));
        if (data == null) {
            return;
        }
        image = new Image(label.getDisplay(), data);
        label.setText("");
        label.setImage(image);
        label.setSize(label.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
