package org.tweetorial.ui.internal.infographic;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Shows one rendered page, scaled to fit the view or at 100% with scroll bars. */
final class InfographicCanvas extends ScrolledComposite {

    private final Canvas page;
    private ImageData data;
    private Image image;
    private boolean fit = true;

    InfographicCanvas(Composite parent) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        page = new Canvas(this, SWT.DOUBLE_BUFFERED);
        page.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        page.addListener(SWT.Paint, e -> paint(e.gc));
        setContent(page);
        setExpandHorizontal(true);
        setExpandVertical(true);
        addListener(SWT.Resize, e -> relayout());
        addListener(SWT.Dispose, e -> disposeImage());
    }

    void setImage(ImageData newData) {
        disposeImage();
        data = newData;
        image = newData == null ? null : new Image(getDisplay(), newData);
        relayout();
    }

    ImageData image() {
        return data;
    }

    void setFit(boolean value) {
        fit = value;
        relayout();
    }

    private void relayout() {
        Point size = fit || data == null ? new Point(0, 0) : new Point(data.width, data.height);
        setMinSize(size);
        page.redraw();
    }

    private void paint(GC gc) {
        if (image == null) {
            return;
        }
        Rectangle area = page.getClientArea();
        if (!fit) {
            gc.drawImage(image, 0, 0);
            return;
        }
        double scale = Math.min(1.0, Math.min((double) area.width / data.width, (double) area.height / data.height));
        int w = Math.max(1, (int) Math.round(data.width * scale));
        int h = Math.max(1, (int) Math.round(data.height * scale));
        gc.setAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, data.width, data.height, (area.width - w) / 2, 0, w, h);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
