package org.tweetorial.ui.internal.cards;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.tweetorial.render.Card;
import org.tweetorial.render.RenderOptions;

/**
 * One card at its full size: fitted to the window (the default) or at 100% with scroll bars. It is rendered in the
 * background; a placeholder shows until it is ready.
 */
final class CardFullSizeDialog extends Dialog {

    private final Card card;
    private final RenderOptions options;
    private Image image;
    private String failure;
    private boolean fit = true;
    private ScrolledComposite scroller;
    private Canvas canvas;

    CardFullSizeDialog(Shell parent, Card card, RenderOptions options) {
        super(parent);
        this.card = card;
        this.options = options;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Card of " + CardGallery.label(card) + " (" + options.size().width() + "\u00d7"
                + options.size().height() + ")");
        shell.addDisposeListener(e -> {
            if (image != null) {
                image.dispose();
            }
        });
    }

    @Override
    protected Point getInitialSize() {
        Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(screen.width * 9 / 10, options.size().width() + 40),
                Math.min(screen.height * 9 / 10, options.size().height() + 120));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Button fitButton = radio(area, "&Fit to window", true);
        Button actual = radio(area, "&100%", false);
        fitButton.addListener(SWT.Selection, e -> setFit(fitButton.getSelection()));
        actual.addListener(SWT.Selection, e -> setFit(!actual.getSelection()));
        scroller = new ScrolledComposite(area, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        scroller.setContent(canvas);
        scroller.addListener(SWT.Resize, e -> relayout());
        Object ready = CardThumbnails.get(card, options, options.size().width(), this::loaded);
        if (ready != null) {
            loaded();
        }
        return area;
    }

    private static Button radio(Composite parent, String text, boolean selected) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setSelection(selected);
        return button;
    }

    private void setFit(boolean value) {
        if (fit != value) {
            fit = value;
            relayout();
        }
    }

    private void loaded() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Object pixels = CardThumbnails.get(card, options, options.size().width(), this::loaded);
        if (pixels instanceof ImageData data) {
            image = new Image(canvas.getDisplay(), data);
        } else if (pixels instanceof CardThumbnails.Failure f) {
            failure = f.message();
        }
        relayout();
    }

    private void relayout() {
        Rectangle client = scroller.getClientArea();
        if (fit || image == null) {
            canvas.setSize(client.width, client.height);
        } else {
            Rectangle size = image.getBounds();
            canvas.setSize(Math.max(client.width, size.width), Math.max(client.height, size.height));
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (image == null) {
            gc.drawText(failure != null ? failure : "Rendering\u2026", 12, 12, true);
            return;
        }
        Rectangle size = image.getBounds();
        Rectangle area = canvas.getClientArea();
        double scale = fit ? Math.min(1.0, Math.min(area.width / (double) size.width,
                area.height / (double) size.height)) : 1.0;
        int w = (int) Math.round(size.width * scale);
        int h = (int) Math.round(size.height * scale);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, size.width, size.height, Math.max(0, (area.width - w) / 2),
                Math.max(0, (area.height - h) / 2), w, h);
    }

    /** Whether the card is fitted to the window (true) or shown at 100%; for tests. */
    boolean isFitted() {
        return fit;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
