package org.tweetorial.ui.internal.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
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
 * Help &gt; Tweetorial Format: the format guide (docs/FORMAT.md) parsed by commonmark-java (with its GFM tables
 * extension) and shown as formatted text: headings, wrapping paragraphs, bold, code, lists, code blocks, and tables
 * drawn as ruled grids in the text font.
 */
public final class FormatGuideView {

    public static final String ID = "org.tweetorial.ui.formatGuide";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    /** Columns wider than this wrap inside their cell, so that a table fits the view instead of wrapping apart. */
    private static final int MAX_CELL = 42;

    private StyledText text;

    @PostConstruct
    public void createControls(Composite parent) {
        OpenViews.opened(this);
        parent.setLayout(new FillLayout());
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(16, 12, 16, 12);
        text.setLineSpacing(3);
        Styled styled = render(FormatGuide.text());
        text.setText(styled.text.toString());
        styled.styles.sort(Comparator.comparingInt(s -> s.start));
        text.setStyleRanges(styled.styles.toArray(StyleRange[]::new));
    }

    /** The guide's text and styles. */
    static final class Styled {
        final StringBuilder text = new StringBuilder();
        final List<StyleRange> styles = new ArrayList<>();

        void style(int start, int fontStyle, boolean mono, boolean heading) {
            if (text.length() <= start) {
                return;
            }
            StyleRange range = new StyleRange(start, text.length() - start,
                    heading ? TweetorialColors.color(TweetorialColors.HEADING) : null, null, fontStyle);
            if (mono) {
                range.font = JFaceResources.getTextFont();
            }
            styles.add(range);
        }
    }

    static Styled render(String markdown) {
        Styled out = new Styled();
        PARSER.parse(markdown).accept(new GuideVisitor(out));
        return out;
    }

    /** Walks commonmark's tree and writes styled text. */
    private static final class GuideVisitor extends AbstractVisitor {
        private final Styled out;
        private int listDepth;

        GuideVisitor(Styled out) {
            this.out = out;
        }

        @Override
        public void visit(Heading heading) {
            int start = out.text.length();
            visitChildren(heading);
            out.style(start, SWT.BOLD, false, true);
            out.text.append("\n\n");
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            out.text.append(paragraph.getParent() instanceof ListItem ? "\n" : "\n\n");
        }

        @Override
        public void visit(Text t) {
            out.text.append(t.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.text.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.text.append('\n');
        }

        @Override
        public void visit(Code code) {
            int start = out.text.length();
            out.text.append(code.getLiteral());
            out.style(start, SWT.NORMAL, true, false);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            int start = out.text.length();
            visitChildren(strong);
            out.style(start, SWT.BOLD, false, false);
        }

        @Override
        public void visit(Emphasis emphasis) {
            int start = out.text.length();
            visitChildren(emphasis);
            out.style(start, SWT.ITALIC, false, false);
        }

        @Override
        public void visit(BulletList list) {
            list(list);
        }

        @Override
        public void visit(OrderedList list) {
            list(list);
        }

        private void list(Node list) {
            listDepth++;
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                out.text.append("  ".repeat(listDepth))
                        .append(list instanceof OrderedList ? (number++) + ". " : "\u2022 ");
                visitChildren(item);
            }
            listDepth--;
            if (listDepth == 0) {
                out.text.append('\n');
            }
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        private void block(String literal) {
            int start = out.text.length();
            out.text.append(literal.stripTrailing()).append('\n');
            out.style(start, SWT.NORMAL, true, false);
            out.text.append('\n');
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock table) {
                table(table);
            } else {
                visitChildren(block);
            }
        }

        /** A ruled grid in the text font, columns as wide as their widest cell, the header row in bold. */
        private void table(TableBlock table) {
            List<List<String>> rows = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            if (cell instanceof TableCell) {
                                cells.add(PLAIN.render(cell).strip());
                            }
                        }
                        rows.add(cells);
                    }
                }
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.min(MAX_CELL, Math.max(widths[c], row.get(c).length()));
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                for (String physical : physicalLines(rows.get(r), widths)) {
                    int start = out.text.length();
                    out.text.append(physical).append('\n');
                    out.style(start, r == 0 ? SWT.BOLD : SWT.NORMAL, true, r == 0);
                }
                int rule = out.text.length();
                out.text.append(rule(widths)).append('\n');
                out.style(rule, SWT.NORMAL, true, false);
            }
            out.text.append('\n');
        }

        /** A row as the lines it takes: each cell wrapped at spaces to its column's width. */
        private static List<String> physicalLines(List<String> cells, int[] widths) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> lines = wrap(c < cells.size() ? cells.get(c) : "", widths[c]);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            List<String> out = new ArrayList<>();
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder("\u2502 ");
                for (int c = 0; c < widths.length; c++) {
                    String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
                    line.append(part).append(" ".repeat(Math.max(0, widths[c] - part.length()))).append(" \u2502 ");
                }
                out.add(line.toString().stripTrailing());
            }
            return out;
        }

        private static List<String> wrap(String text, int width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                while (word.length() > width) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    lines.add(word.substring(0, width));
                    word = word.substring(width);
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static String rule(int[] widths) {
            StringBuilder line = new StringBuilder("\u251C");
            for (int c = 0; c < widths.length; c++) {
                line.append("\u2500".repeat(widths[c] + 2)).append(c < widths.length - 1 ? "\u253C" : "\u2524");
            }
            return line.toString();
        }
    }

    /** The text shown, for tests. */
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
