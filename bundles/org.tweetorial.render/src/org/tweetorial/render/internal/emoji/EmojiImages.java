package org.tweetorial.render.internal.emoji;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tweetorial.render.internal.svg.SafeXml;
import org.tweetorial.render.internal.svg.SvgSanitizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps an emoji grapheme to its Twemoji SVG file and loads it, sanitised, from the class path (the
 * {@code @twemoji/svg} package, repackaged so that the files are at {@value #ROOT}{@code <name>.svg}).
 */
public final class EmojiImages {

    /** Resource folder of the Twemoji SVG files. */
    public static final String ROOT = "twemoji/svg/";

    private static final EmojiImages INSTANCE = new EmojiImages(EmojiImages.class.getClassLoader());

    private final ClassLoader loader;
    private final Map<String, Optional<String>> names = new ConcurrentHashMap<>();
    private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();

    EmojiImages(ClassLoader loader) {
        this.loader = loader;
    }

    public static EmojiImages get() {
        return INSTANCE;
    }

    /**
     * Twemoji file name candidates for a grapheme, most likely first: Twemoji drops U+FE0F unless the sequence
     * contains a zero-width joiner, but a few files differ, so the variants with all or no U+FE0F follow.
     */
    public static List<String> candidateNames(String grapheme) {
        List<String> out = new ArrayList<>(3);
        boolean zwj = grapheme.indexOf(0x200D) >= 0;
        addUnique(out, hex(grapheme, !zwj));
        addUnique(out, hex(grapheme, true));
        addUnique(out, hex(grapheme, false));
        return out;
    }

    private static void addUnique(List<String> list, String s) {
        if (!s.isEmpty() && !list.contains(s)) {
            list.add(s);
        }
    }

    static String hex(String grapheme, boolean dropVs16) {
        StringBuilder sb = new StringBuilder();
        grapheme.codePoints().forEach(cp -> {
            if (dropVs16 && cp == 0xFE0F) {
                return;
            }
            if (!sb.isEmpty()) {
                sb.append('-');
            }
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    /** The Twemoji file name (without extension) present on the class path for this grapheme. */
    public Optional<String> fileName(String grapheme) {
        return names.computeIfAbsent(grapheme, g -> {
            for (String c : candidateNames(g)) {
                if (loader.getResource(ROOT + c + ".svg") != null) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        });
    }

    public boolean isAvailable(String grapheme) {
        return fileName(grapheme).isPresent();
    }

    /** True when the Twemoji set is on the class path at all. */
    public boolean isInstalled() {
        return loader.getResource(ROOT + "1f600.svg") != null;
    }

    /** The sanitised {@code <svg>} root of the emoji's image; callers import it, never modify it. */
    public Optional<Element> svg(String grapheme) {
        Optional<String> name = fileName(grapheme);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return documents.computeIfAbsent(name.get(), this::load).map(Document::getDocumentElement);
    }

    private Optional<Document> load(String name) {
        URL url = loader.getResource(ROOT + name + ".svg");
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            Document doc = SafeXml.parse(in.readAllBytes());
            SvgSanitizer.sanitize(doc.getDocumentElement());
            return Optional.of(doc);
        } catch (IOException | SafeXml.XmlException e) {
            return Optional.empty();
        }
    }
}
