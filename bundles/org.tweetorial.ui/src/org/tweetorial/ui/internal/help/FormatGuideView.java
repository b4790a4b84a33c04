package org.tweetorial.ui.internal.help;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.tweetorial.ui.internal.OpenViews;
import org.tweetorial.ui.internal.editor.TweetorialColors;

/** Help &gt; Tweetorial Format: the format guide, with headings and code set apart. */
public final class FormatGuideView {

    public static final String ID = "org.tweetorial.ui.formatGuide";

    private StyledText text;

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        parent.setLayout(new FillLayout());
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(16, 12, 16, 12);
        text.setLineSpacing(3);
        List<StyleRange> styles = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        boolean inFence = false;
        for (String line : FormatGuide.text().split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || line.startsWith("|")) {
                appendCode(line, shown, styles);
            } else {
                appendLine(line, shown, styles);
            }
        }
        text.setText(shown.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static void appendLine(String line, StringBuilder shown, List<StyleRange> styles) {
        int start = shown.length();
        if (line.startsWith("#")) {
            String heading = line.replaceFirst("^#+\\s*", "");
            shown.append(heading).append('\n');
            StyleRange style = new StyleRange(start, heading.length(), TweetorialColors.color(TweetorialColors.HEADING),
                    null, SWT.BOLD);
            style.font = line.startsWith("# ") ? JFaceResources.getHeaderFont() : JFaceResources.getBannerFont();
            styles.add(style);
        } else if (line.startsWith("    ")) {
            shown.append(line.substring(4)).append('\n');
            StyleRange style = new StyleRange(start, line.length() - 4, TweetorialColors.color(TweetorialColors.CARD),
                    null);
            style.font = JFaceResources.getTextFont();
            styles.add(style);
        } else {
            shown.append(line).append('\n');
            codeSpans(line, start, styles);
        }
    }

    /** A line of a fenced example or a table, in the text font so that columns line up. */
    private static void appendCode(String line, StringBuilder shown, List<StyleRange> styles) {
        int start = shown.length();
        shown.append(line).append('\n');
        if (!line.isEmpty()) {
            StyleRange style = new StyleRange(start, line.length(), TweetorialColors.color(TweetorialColors.CARD),
                    null);
            style.font = JFaceResources.getTextFont();
            styles.add(style);
        }
    }

    private static void codeSpans(String line, int lineStart, List<StyleRange> styles) {
        int open = line.indexOf('`');
        while (open >= 0) {
            int close = line.indexOf('`', open + 1);
            if (close < 0) {
                return;
            }
            StyleRange style = new StyleRange(lineStart + open, close - open + 1,
                    TweetorialColors.color(TweetorialColors.CARD), null);
            style.font = JFaceResources.getTextFont();
            styles.add(style);
            open = line.indexOf('`', close + 1);
        }
    }

    /** The guide's text as shown, for tests. */
    public String shownText() {
        return text.getText();
    }

    @PreDestroy
    public void dispose() {
        OpenViews.closed(this);
    }

    @Focus
    public void setFocus() {
        text.setFocus();
    }
}
