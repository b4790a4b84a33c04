package org.tweetorial.ui.internal.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colours of the tweetorial editor and views, registered once in the JFace colour registry. */
public final class TweetorialColors {

    public static final RGB FRONT_MATTER_KEY = new RGB(0x6A, 0x3D, 0x9A);
    public static final RGB FRONT_MATTER = new RGB(0x55, 0x5F, 0x6D);
    public static final RGB SEPARATOR = new RGB(0xE0, 0x6C, 0x00);
    public static final RGB HEADING = new RGB(0x1D, 0x35, 0x57);
    public static final RGB EMPHASIS = new RGB(0x33, 0x33, 0x33);
    public static final RGB HASHTAG = new RGB(0x0B, 0x7A, 0x75);
    public static final RGB MENTION = new RGB(0x7B, 0x1F, 0xA2);
    public static final RGB LINK = new RGB(0x1D, 0x6F, 0xD8);
    public static final RGB IMAGE = new RGB(0x2E, 0x7D, 0x32);
    public static final RGB CARD = new RGB(0xC2, 0x18, 0x5B);
    public static final RGB COMMENT = new RGB(0x8A, 0x8F, 0x98);
    public static final RGB NOTE = new RGB(0x8D, 0x6E, 0x63);
    public static final RGB FOOTNOTE = new RGB(0x00, 0x83, 0x8F);
    public static final RGB OK = new RGB(0x2E, 0x7D, 0x32);
    public static final RGB NEAR_LIMIT = new RGB(0xE0, 0x8A, 0x00);
    public static final RGB OVER_LIMIT = new RGB(0xD3, 0x2F, 0x2F);

    private TweetorialColors() {
    }

    public static Color color(RGB rgb) {
        ColorRegistry registry = JFaceResources.getColorRegistry();
        String key = "org.tweetorial.ui.color." + rgb.red + "." + rgb.green + "." + rgb.blue;
        if (!registry.hasValueFor(key)) {
            registry.put(key, rgb);
        }
        return registry.get(key);
    }

    public static TextAttribute attribute(RGB rgb, int style) {
        return new TextAttribute(color(rgb), null, style);
    }

    public static TextAttribute attribute(RGB rgb) {
        return attribute(rgb, SWT.NORMAL);
    }
}
