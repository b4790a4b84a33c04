package org.tweetorial.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.infographic.Panel;
import org.tweetorial.core.model.SourceRange;

/** The outline's rows for an infographic: its panels, numbered, with their type and first line of text. */
final class PanelRows {

    private static final int FIRST_WORDS = 48;

    /** A panel row: its label and where it is in the file. */
    record PanelRow(int index, String label, SourceRange range) {
    }

    private PanelRows() {
    }

    static List<PanelRow> of(Infographic infographic, String text) {
        List<PanelRow> rows = new ArrayList<>();
        List<Panel> panels = infographic.panels();
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            String label = (i + 1) + "  " + panel.typeName() + "  " + firstLine(text, panel.range());
            rows.add(new PanelRow(i, label.strip(), panel.range()));
        }
        return rows;
    }

    /** The panel's first line that is not blank and not its {@code <!-- panel: -->} line, shortened. */
    private static String firstLine(String text, SourceRange range) {
        if (range.startOffset() < 0 || range.endOffset() > text.length()) {
            return "";
        }
        for (String line : text.substring(range.startOffset(), range.endOffset()).split("\\R")) {
            String s = line.strip().replaceFirst("^[#>*\\-|]+\\s*", "");
            if (!s.isEmpty() && !s.startsWith("<!--") && !s.matches("[-|: ]+")) {
                return s.length() > FIRST_WORDS ? s.substring(0, FIRST_WORDS) + "\u2026" : s;
            }
        }
        return "";
    }
}
