package org.tweetorial.importer.internal.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts the full links of link facets back into a post's text: Bluesky shows a shortened link
 * ({@code example.org/very-lo...}) and keeps the full one in a facet over those UTF-8 bytes. Mentions and tags are
 * already in the text as {@code @handle} and {@code #tag}.
 */
final class Facets {

    private static final String LINK = "app.bsky.richtext.facet#link";

    private Facets() {
    }

    private record Span(int start, int end, String uri) {
    }

    static String expandLinks(String text, Object facets) {
        if (!(facets instanceof List<?> list)) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Span> spans = new ArrayList<>();
        for (Object f : list) {
            if (f instanceof Map<?, ?> facet && facet.get("index") instanceof Map<?, ?> index
                    && index.get("byteStart") instanceof Long start && index.get("byteEnd") instanceof Long end
                    && start >= 0 && start <= end && end <= bytes.length) {
                linkOf(facet).ifPresent(uri -> spans.add(new Span(start.intValue(), end.intValue(), uri)));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).reversed());
        byte[] out = bytes;
        int limit = bytes.length;
        for (Span span : spans) {
            if (span.end() > limit) {
                continue; // overlapping facets: keep the later one
            }
            String shown = new String(out, span.start(), span.end() - span.start(), StandardCharsets.UTF_8);
            if (!shown.equals(span.uri())) {
                out = splice(out, span, span.uri().getBytes(StandardCharsets.UTF_8));
            }
            limit = span.start();
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static java.util.Optional<String> linkOf(Map<?, ?> facet) {
        if (facet.get("features") instanceof List<?> features) {
            for (Object o : features) {
                if (o instanceof Map<?, ?> feature && LINK.equals(feature.get("$type"))
                        && feature.get("uri") instanceof String uri && uri.matches("(?i)https?://\\S+")) {
                    return java.util.Optional.of(uri);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static byte[] splice(byte[] bytes, Span span, byte[] replacement) {
        byte[] out = new byte[bytes.length - (span.end() - span.start()) + replacement.length];
        System.arraycopy(bytes, 0, out, 0, span.start());
        System.arraycopy(replacement, 0, out, span.start(), replacement.length);
        System.arraycopy(bytes, span.end(), out, span.start() + replacement.length, bytes.length - span.end());
        return out;
    }
}
