package org.tweetorial.ui.internal.help;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * Help &gt; Tweetorial Format: the format guide (docs/FORMAT.md), shown as formatted text: headings, paragraphs
 * that wrap with the view, bold, code spans, and examples and tables in the text font so that columns line up.
 */
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
        Rendered rendered = render(FormatGuide.text());
        text.setText(rendered.text.toString());
        rendered.styles.sort(Comparator.comparingInt(s -> s.start));
        text.setStyleRanges(rendered.styles.toArray(StyleRange[]::new));
    }

    /** The guide's text and styles. */
    private static final class Rendered {
        final StringBuilder text = new StringBuilder();
        final List<StyleRange> styles = new ArrayList<>();
        /** Whether the last line written is a paragraph that the next plain line continues. */
        boolean inParagraph;
    }

    static Rendered render(String markdown) {
        Rendered out = new Rendered();
        boolean inFence = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
                endParagraph(out);
                continue;
            }
            if (inFence || line.startsWith("|") || line.startsWith("    ")) {
                endParagraph(out);
                code(out, inFence || line.startsWith("|") ? line : line.substring(4));
            } else if (line.isBlank()) {
                endParagraph(out);
                out.text.append('\n');
            } else if (line.startsWith("#")) {
                endParagraph(out);
                heading(out, line);
            } else if (line.matches("\\s*([-*+]|\\d+[.)])\\s.*")) {
                endParagraph(out);
                inline(out, line.replaceFirst("^(\\s*)[-*+]\\s", "$1\u2022 "));
                out.inParagraph = true;
            } else {
                if (out.inParagraph) {
                    out.text.append(' ');
                }
                inline(out, line.strip());
                out.inParagraph = true;
            }
        }
        endParagraph(out);
        return out;
    }

    private static void endParagraph(Rendered out) {
        if (out.inParagraph) {
            out.text.append('\n');
            out.inParagraph = false;
        }
    }

    private static void heading(Rendered out, String line) {
        String heading = line.replaceFirst("^#+\\s*", "");
        int start = out.text.length();
        out.text.append(heading).append('\n');
        StyleRange style = new StyleRange(start, heading.length(), TweetorialColors.color(TweetorialColors.HEADING),
                null, SWT.BOLD);
        style.font = line.startsWith("# ") ? JFaceResources.getHeaderFont() : JFaceResources.getBannerFont();
        out.styles.add(style);
    }

    private static void code(Rendered out, String line) {
        int start = out.text.length();
        out.text.append(line).append('\n');
        if (!line.isEmpty()) {
            StyleRange style = new StyleRange(start, line.length(), TweetorialColors.color(TweetorialColors.CARD),
                    null);
            style.font = JFaceResources.getTextFont();
            out.styles.add(style);
        }
    }

    /** Appends text with {@code `code`} and {@code **bold**} spans styled and their markers dropped. */
    private static void inline(Rendered out, String line) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int ticks = line.startsWith("``", i) ? 2 : 1;
                int close = line.indexOf("`".repeat(ticks), i + ticks);
                if (close > i) {
                    String code = line.substring(i + ticks, close).strip();
                    int start = out.text.length();
                    out.text.append(code);
                    StyleRange style = new StyleRange(start, code.length(),
                            TweetorialColors.color(TweetorialColors.CARD), null);
                    style.font = JFaceResources.getTextFont();
                    out.styles.add(style);
                    i = close + ticks;
                    continue;
                }
            } else if (line.startsWith("**", i)) {
                int close = line.indexOf("**", i + 2);
                if (close > i + 2) {
                    String bold = line.substring(i + 2, close);
                    int start = out.text.length();
                    inlineCodeFree(out, bold);
                    out.styles.add(new StyleRange(start, out.text.length() - start, null, null, SWT.BOLD));
                    i = close + 2;
                    continue;
                }
            }
            out.text.append(line.charAt(i));
            i++;
        }
    }

    private static void inlineCodeFree(Rendered out, String text) {
        out.text.append(text.replace("`", ""));
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
