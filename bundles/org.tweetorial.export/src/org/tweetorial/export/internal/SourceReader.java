package org.tweetorial.export.internal;

import java.nio.file.Path;

import org.tweetorial.core.TweetorialException;
import org.tweetorial.core.Tweetorials;
import org.tweetorial.core.model.Tweetorial;
import org.tweetorial.export.ExportException;

/** Reads and parses an export's source, turning every failure into a {@code BAD_INPUT} export exception. */
public final class SourceReader {

    private SourceReader() {
    }

    public static Tweetorial parse(Path source) throws ExportException {
        try {
            return Tweetorials.parse(source);
        } catch (TweetorialException e) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, e.getMessage());
        } catch (RuntimeException e) {
            throw new ExportException(ExportException.Reason.BAD_INPUT, source + ": cannot be read (" + e + ")");
        }
    }
}
