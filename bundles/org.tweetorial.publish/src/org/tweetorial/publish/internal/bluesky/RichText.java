package org.tweetorial.publish.internal.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tweetorial.core.platform.Platforms;

/**
 * A post's text as Bluesky stores it, with its facets: links shortened for display (core's
 * {@link Platforms#blueskyDisplayText}, as counted) with the full address in a link facet, {@code @handle}
 * mentions and {@code #tags}. Facet ranges are UTF-8 byte offsets into the text, end exclusive. Detection follows
 * atproto's {@code rich-text/detection.ts}.
 *
 * @param text   the text to send
 * @param facets in text order
 */
public record RichText(String text, List<Facet> facets) {

    /** What a facet links to. */
    public enum Kind { LINK, MENTION, TAG }

    /**
     * One facet.
     *
     * @param value the address (link), the handle without {@code @} (mention; resolved to a DID when sent) or the
     *              tag without {@code #}
     */
    public record Facet(Kind kind, int byteStart, int byteEnd, String value) {
    }

    private static final Pattern LINK = Pattern.compile("(?<=^|\\s|\\()https?://\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("(?<=^|\\s|\\()@([a-zA-Z0-9.-]+)\\b");
    private static final String NOT_IN_TAG = "\\s\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20e2";
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)[#\\uFF03]((?!\\uFE0F)[^" + NOT_IN_TAG + "]*[^\\d"
            + NOT_IN_TAG + "\\p{P}]+[^" + NOT_IN_TAG + "]*)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    private static final Pattern HANDLE = Pattern.compile(
            "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final int MAX_TAG = 64;

    public RichText {
        facets = List.copyOf(facets);
    }

    /** Shortens the links of {@code posted} and finds its facets. */
    public static RichText of(String posted) {
        List<Facet> facets = new ArrayList<>();
        String text = links(posted, facets);
        mentions(text, facets);
        tags(text, facets);
        facets.sort((a, b) -> Integer.compare(a.byteStart(), b.byteStart()));
        return new RichText(text, facets);
    }

    private static String links(String posted, List<Facet> facets) {
        Matcher m = LINK.matcher(posted);
        StringBuilder out = new StringBuilder(posted.length());
        int last = 0;
        while (m.find()) {
            String url = Platforms.blueskyLink(m.group());
            out.append(posted, last, m.start());
            int start = utf8Length(out);
            out.append(Platforms.blueskyDisplayText(url));
            facets.add(new Facet(Kind.LINK, start, utf8Length(out), url));
            last = m.start() + url.length();
        }
        return out.append(posted, last, posted.length()).toString();
    }

    private static void mentions(String text, List<Facet> facets) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1).replaceAll("\\.+$", "");
            if (HANDLE.matcher(handle).matches() && !overlaps(facets, text, m.start())) {
                facets.add(new Facet(Kind.MENTION, byteOffset(text, m.start()),
                        byteOffset(text, m.start() + 1 + handle.length()), handle));
            }
        }
    }

    private static void tags(String text, List<Facet> facets) {
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = TRAILING_PUNCTUATION.matcher(m.group(1)).replaceAll("");
            if (tag.isEmpty() || tag.length() > MAX_TAG || overlaps(facets, text, m.start())) {
                continue;
            }
            facets.add(new Facet(Kind.TAG, byteOffset(text, m.start()), byteOffset(text, m.start() + 1 + tag.length()),
                    tag));
        }
    }

    private static boolean overlaps(List<Facet> facets, String text, int charIndex) {
        int b = byteOffset(text, charIndex);
        return facets.stream().anyMatch(f -> f.byteStart() <= b && b < f.byteEnd());
    }

    /** The UTF-8 byte offset of a UTF-16 index. */
    public static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The part of the text a facet covers. */
    public String covered(Facet f) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, f.byteStart(), f.byteEnd() - f.byteStart(), StandardCharsets.UTF_8);
    }
}
