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
        List<String> table = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (!inFence && line.startsWith("|")) {
                endParagraph(out);
                table.add(line);
                continue;
            }
            if (!table.isEmpty()) {
                table(out, table);
                table.clear();
            }
            if (line.startsWith("```")) {
                inFence = !inFence;
                endParagraph(out);
                continue;
            }
            if (inFence || line.startsWith("    ")) {
                endParagraph(out);
                code(out, inFence ? line : line.substring(4));
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
        if (!table.isEmpty()) {
            table(out, table);
        }
        endParagraph(out);
        return out;
    }

    /** A Markdown table as aligned columns in the text font, the header row in bold, without the markup. */
    private static void table(Rendered out, List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            String inner = line.strip();
            inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
            if (inner.matches("[\\s|:-]+")) {
                continue; // the |---|---| separator
            }
            List<String> cells = new ArrayList<>();
            for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.strip().replace("``", "").replace("`", "").replace("**", ""));
            }
            rows.add(cells);
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size() - 1; c++) {
                widths[c] = Math.max(widths[c], Math.min(40, row.get(c).length()));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < row.size() - 1) {
                    line.append(" ".repeat(Math.max(0, widths[c] - cell.length()) + 3));
                }
            }
            int start = out.text.length();
            code(out, line.toString());
            if (r == 0) {
                StyleRange bold = new StyleRange(start, line.length(), TweetorialColors.color(TweetorialColors.HEADING),
                        null, SWT.BOLD);
                bold.font = JFaceResources.getTextFont();
                out.styles.set(out.styles.size() - 1, bold);
            }
        }
        out.text.append('\n');
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
