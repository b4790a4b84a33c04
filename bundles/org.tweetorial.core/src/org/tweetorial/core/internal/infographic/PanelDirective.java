package org.tweetorial.core.internal.infographic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code <!-- panel: TYPE key=value key="quoted value" -->} line: the type and its attributes. */
record PanelDirective(String type, Map<String, String> attributes, PanelLines.Line line) {

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*=\\s*(?:\"([^\"]*)\"|(\\S+))");

    static final PanelDirective NONE = new PanelDirective("", Map.of(), null);

    static PanelDirective of(PanelLines.Line line) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(line.text());
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return new PanelDirective(line.key().toLowerCase(Locale.ROOT), attributes, line);
    }

    String get(String name) {
        return attributes.getOrDefault(name, "").strip();
    }

    String get(String name, String fallback) {
        String v = get(name);
        return v.isEmpty() ? fallback : v;
    }
}
