package org.tweetorial.core.model;

import java.util.Map;
import java.util.Optional;

/** A card directive {@code <!-- card: layout=stat value="1 in 3" -->}; attributes keep their source order. */
public record CardDirective(CardLayout layout, Map<String, String> attributes, SourceRange range) {

    public CardDirective {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
