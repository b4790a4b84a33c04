package org.tweetorial.core.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.tweetorial.core.TweetorialException;

/** Reads a tweetorial file into text, refusing what is not a reasonably sized UTF-8 text file. */
public final class InputDecoder {

    /** Far above any real thread (1000 posts are ~0.5 MB) and small enough to parse in well under a second. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private InputDecoder() {
    }

    public static String read(Path file) throws TweetorialException {
        Optional<Path> where = Optional.of(file);
        if (Files.isDirectory(file)) {
            throw new TweetorialException(where, 0, "is a directory, not a tweetorial file",
                    "Give the path of a .md file");
        }
        if (!Files.exists(file)) {
            throw new TweetorialException(where, 0, "file not found", "Check the path and the working directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return decode(bytes, where);
        } catch (AccessDeniedException e) {
            throw new TweetorialException(where, 0, "permission denied", "Make the file readable");
        } catch (NoSuchFileException e) {
            throw new TweetorialException(where, 0, "file not found", "Check the path and the working directory");
        } catch (IOException e) {
            throw new TweetorialException(where, 0, "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", "Check that it is a readable file");
        }
    }

    /** Decodes strictly as UTF-8; at most {@link #MAX_BYTES} bytes are accepted. */
    public static String decode(byte[] bytes, Optional<Path> where) throws TweetorialException {
        if (bytes.length > MAX_BYTES) {
            throw new TweetorialException(where, 0, "file is larger than " + (MAX_BYTES / 1024 / 1024)
                    + " MB, far more than any thread", "Split it into several tweetorial files");
        }
        String text = decodeUtf8(bytes, where);
        checkText(text, where);
        return text;
    }

    /** Checks text that did not come from a file (empty, binary). */
    public static void checkText(String text, Optional<Path> where) throws TweetorialException {
        if (text.length() > MAX_BYTES) {
            throw new TweetorialException(where, 0, "text is longer than " + MAX_BYTES + " characters",
                    "Split it into several tweetorial files");
        }
        if (text.isBlank()) {
            throw new TweetorialException(where, 0, "file is empty",
                    "Write the thread's posts, separated by lines holding only ---");
        }
        int bad = firstBinaryChar(text);
        if (bad >= 0) {
            throw new TweetorialException(where, lineOf(text, bad), String.format(
                    "contains binary data (control character U+%04X)", (int) text.charAt(bad)),
                    "Is this really a Markdown text file? Save it as plain UTF-8 text");
        }
    }

    private static String decodeUtf8(byte[] bytes, Optional<Path> where) throws TweetorialException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = lineOfFirstInvalidByte(bytes);
            throw new TweetorialException(where, line, "is not valid UTF-8 text",
                    "Save it as UTF-8 (most editors: File > Save with Encoding > UTF-8)");
        }
    }

    private static int firstBinaryChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
