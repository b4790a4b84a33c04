package org.tweetorial.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The card layouts and the attributes each accepts ({@code required} ⊆ {@code allowed}). */
public enum CardLayout {
    TITLE(Set.of(), Set.of("title", "subtitle", "author", "handle", "background", "credit")),
    KEY_POINT(Set.of(), Set.of("title", "text", "icon", "background", "credit")),
    STAT(Set.of("value"), Set.of("value", "caption", "unit", "source", "title", "credit")),
    LIST(Set.of(), Set.of("title", "style", "credit")),
    IMAGE(Set.of(), Set.of("image", "caption", "credit", "fit")),
    QUOTE(Set.of(), Set.of("text", "attribution", "credit")),
    COMPARISON(Set.of("left", "right"),
            Set.of("title", "left", "right", "left_label", "right_label", "left_value", "right_value", "caption",
                    "source")),
    VISUAL_ABSTRACT(Set.of("question", "finding"),
            Set.of("title", "question", "population", "design", "intervention", "comparator", "outcome",
                    "finding", "result", "conclusion", "journal", "citation", "doi", "credit")),
    REFERENCES(Set.of(), Set.of("title")),
    CLOSING(Set.of(), Set.of("title", "text", "handle", "cta", "credit"));

    private final Set<String> required;
    private final Set<String> allowed;

    CardLayout(Set<String> required, Set<String> allowed) {
        this.required = required;
        // every card may override its generated alt text
        this.allowed = Stream.concat(allowed.stream(), Stream.of("alt")).collect(Collectors.toUnmodifiableSet());
    }

    /** The name used in directives, e.g. {@code key-point}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Set<String> requiredAttributes() {
        return required;
    }

    public Set<String> allowedAttributes() {
        return allowed;
    }

    public static Optional<CardLayout> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    /** "title, key-point, ..." for messages. */
    public static String idList() {
        return Arrays.stream(values()).map(CardLayout::id).collect(Collectors.joining(", "));
    }

    public List<String> sortedAllowed() {
        return allowed.stream().sorted().toList();
    }
}
