package org.tweetorial.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** One kind of file an export writes, with the id used by {@code --only}. */
public enum ExportArtifact {
    TEXT("text", "thread.txt"),
    JSON("json", "thread.json"),
    CARDS("cards", "cards/"),
    ALT("alt", "alt-text.txt"),
    HANDOUT("handout", "handout.pdf"),
    SLIDES("slides", "slides.pdf"),
    PPTX("pptx", "slides.pptx");

    private final String id;
    private final String fileName;

    ExportArtifact(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The id used on the command line, e.g. {@code handout}. */
    public String id() {
        return id;
    }

    /** The file (or folder, ending in {@code /}) written inside the export folder. */
    public String fileName() {
        return fileName;
    }

    public static Optional<ExportArtifact> byId(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.id.equals(key)).findFirst();
    }

    /** "text, json, ..." for messages. */
    public static String idList() {
        return Arrays.stream(values()).map(ExportArtifact::id).collect(Collectors.joining(", "));
    }
}
