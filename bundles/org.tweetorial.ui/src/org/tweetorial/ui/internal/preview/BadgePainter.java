package org.tweetorial.ui.internal.preview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.tweetorial.core.platform.Count;
import org.tweetorial.core.platform.Platform;
import org.tweetorial.ui.internal.analysis.LengthState;
import org.tweetorial.ui.internal.analysis.PostSummary;
import org.tweetorial.ui.internal.editor.PostLengthColours;

/** Draws a post's count badges, one per selected platform ("X 212/280"), in the colour of their state. */
final class BadgePainter {

    private BadgePainter() {
    }

    static void paint(GC gc, int x, int y, PostSummary summary, List<Platform> platforms, Platform chosen,
            Font font) {
        gc.setFont(font);
        int at = x;
        for (Platform platform : badgePlatforms(platforms, chosen)) {
            Count count = summary.count(platform);
            if (count == null) {
                continue;
            }
            LengthState state = LengthState.of(count);
            String label = platform.displayName() + "  " + count.length() + "/" + count.limit()
                    + (count.over() > 0 ? "  (" + count.over() + " over)" : "");
            Point extent = gc.textExtent(label);
            gc.setBackground(PostLengthColours.color(state));
            gc.fillRoundRectangle(at, y, extent.x + 14, extent.y + 4, extent.y + 4, extent.y + 4);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(label, at + 7, y + 2, true);
            if (platform == chosen) {
                gc.setForeground(PostLengthColours.color(state));
                gc.drawLine(at + 4, y + extent.y + 6, at + extent.x + 10, y + extent.y + 6);
            }
            at += extent.x + 20;
        }
    }

    private static List<Platform> badgePlatforms(List<Platform> platforms, Platform chosen) {
        if (platforms.contains(chosen)) {
            return platforms;
        }
        java.util.List<Platform> all = new java.util.ArrayList<>(platforms);
        all.add(0, chosen);
        return all;
    }
}
