package org.tweetorial.core.internal.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the front matter's YAML into its top-level settings with SnakeYAML's node API. When the block is not
 * valid YAML as a whole, each top-level setting (a line at column 0 and the indented or {@code - } lines after
 * it) is read on its own, so a bad value costs only its own setting and is reported on its own line.
 */
final class FrontMatterYaml {

    /** One top-level setting; its nodes' marks count lines from {@code firstLine} (1-based, in the file). */
    record Setting(ScalarNode key, Node value, int firstLine) {
    }

    /** Receives an error at a 1-based file line and a 0-based column. */
    interface Reporter {
        void error(String rule, int line, int column, String message);
    }

    private static final Pattern KEY = Pattern.compile("([^\\s:#][^:]*?)[ \\t]*:(?:[ \\t]|$)");

    private final int firstLine;
    private final Reporter reporter;

    private FrontMatterYaml(int firstLine, Reporter reporter) {
        this.firstLine = firstLine;
        this.reporter = reporter;
    }

    /** The settings of {@code yaml}, whose first line is line {@code firstLine} of the file. */
    static List<Setting> read(String yaml, int firstLine, Reporter reporter) {
        return new FrontMatterYaml(firstLine, reporter).read(yaml);
    }

    private List<Setting> read(String yaml) {
        Node root;
        try {
            root = compose(yaml);
        } catch (YAMLException e) {
            return readEachSetting(yaml, e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            reporter.error(FrontMatterReader.RULE_TYPE, firstLine, 0,
                    "front matter must be key: value lines; defaults are used");
            return List.of();
        }
        return settings(mapping, firstLine);
    }

    private List<Setting> readEachSetting(String yaml, YAMLException wholeError) {
        List<String> lines = yaml.lines().toList();
        List<Setting> settings = new ArrayList<>();
        boolean reported = false;
        int start = 0;
        while (start < lines.size()) {
            int end = entryEnd(lines, start);
            reported |= readEntry(lines.subList(start, end), firstLine + start, settings);
            start = end;
        }
        if (!reported) {
            reportSyntax(wholeError, "front matter", firstLine, lastContentLine(lines));
        }
        return settings;
    }

    /** Reads one top-level entry; true when it reported a problem. */
    private boolean readEntry(List<String> entry, int entryLine, List<Setting> settings) {
        String text = String.join("\n", entry) + "\n";
        Node root;
        try {
            root = compose(text);
        } catch (YAMLException e) {
            Matcher key = KEY.matcher(entry.get(0));
            String name = key.lookingAt() ? "'" + key.group(1) + "'" : "'" + entry.get(0).strip() + "'";
            reportSyntax(e, "front matter " + name, entryLine, lastContentLine(entry));
            return true;
        }
        if (root == null) {
            return false;
        }
        if (root instanceof MappingNode mapping) {
            settings.addAll(settings(mapping, entryLine));
            return false;
        }
        reporter.error(FrontMatterReader.RULE_SYNTAX, entryLine, 0, "'" + entry.get(0).strip()
                + "' is not a key: value setting; it is ignored");
        return true;
    }

    private List<Setting> settings(MappingNode mapping, int nodeLine) {
        List<Setting> settings = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                settings.add(new Setting(key, tuple.getValueNode(), nodeLine));
            } else {
                Mark mark = tuple.getKeyNode().getStartMark();
                reporter.error(FrontMatterReader.RULE_TYPE, nodeLine + mark.getLine(), mark.getColumn(),
                        "front matter keys must be plain words");
            }
        }
        return settings;
    }

    /** Reports at the line where the bad construct starts, never past the entry's last line. */
    private void reportSyntax(YAMLException e, String subject, int entryLine, int lastLine) {
        int line = 0;
        int column = 0;
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            if (mark != null && mark.getLine() <= lastLine) {
                line = mark.getLine();
                column = mark.getColumn();
            } else {
                line = lastLine;
            }
        }
        reporter.error(FrontMatterReader.RULE_SYNTAX, entryLine + line, column,
                subject + " is not valid YAML: " + explain(e) + "; the default is used");
    }

    private static String explain(YAMLException e) {
        if (!(e instanceof MarkedYAMLException marked)) {
            return e.getMessage();
        }
        String context = String.valueOf(marked.getContext());
        String problem = String.valueOf(marked.getProblem());
        if (context.contains("flow sequence")) {
            return "the list opened with [ is not closed with ]";
        }
        if (context.contains("flow mapping")) {
            return "the mapping opened with { is not closed with }";
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return "the quoted text is not closed with its quote";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value holding ': ' must be put in quotes";
        }
        return problem;
    }

    /** An entry runs from a line at column 0 to the next one (indented, {@code - }, comment or blank lines join). */
    private static int entryEnd(List<String> lines, int start) {
        int end = start + 1;
        while (end < lines.size() && !startsEntry(lines.get(end))) {
            end++;
        }
        return end;
    }

    private static boolean startsEntry(String line) {
        if (line.isBlank()) {
            return false;
        }
        char first = line.charAt(0);
        return first != ' ' && first != '\t' && first != '#' && !line.equals("-") && !line.startsWith("- ");
    }

    /** 0-based index of the last line that is not blank or a comment (0 when none). */
    private static int lastContentLine(List<String> lines) {
        for (int i = lines.size() - 1; i > 0; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
        }
        return 0;
    }

    private static Node compose(String yaml) {
        return new Yaml(loaderOptions()).compose(new StringReader(yaml));
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(200_000);
        options.setAllowRecursiveKeys(false);
        return options;
    }
}
