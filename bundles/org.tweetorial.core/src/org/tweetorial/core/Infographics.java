package org.tweetorial.core;

import java.nio.file.Path;

import org.tweetorial.core.infographic.Infographic;
import org.tweetorial.core.internal.infographic.InfographicParser;
import org.tweetorial.core.internal.parse.InputDecoder;

/** Entry point for infographic files (front matter {@code kind: infographic}). All methods are thread-safe. */
public final class Infographics {

    private Infographics() {
    }

    /** True when the text's front matter says {@code kind: infographic}. */
    public static boolean isInfographic(String text) {
        return InfographicParser.isInfographic(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** True when the file can be read and its front matter says {@code kind: infographic}. */
    public static boolean isInfographic(Path file) {
        try {
            return isInfographic(InputDecoder.read(file));
        } catch (TweetorialException | RuntimeException e) {
            return false;
        }
    }

    /** Reads a file and parses it; the result carries every problem found (never throws for bad content). */
    public static Infographic parse(Path file) throws TweetorialException {
        return parse(InputDecoder.read(file));
    }

    /** Parses text; problems carry lines and ranges in it. */
    public static Infographic parse(String text) {
        return InfographicParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
