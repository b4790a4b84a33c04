package org.tweetorial.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.internal.bluesky.BlueskyRepoReader;
import org.tweetorial.importer.internal.bluesky.CarFile;
import org.tweetorial.importer.internal.files.ArchiveFiles;
import org.tweetorial.importer.internal.files.FolderFiles;
import org.tweetorial.importer.internal.files.ZipFiles;
import org.tweetorial.importer.internal.mastodon.MastodonArchiveReader;
import org.tweetorial.importer.internal.text.PlainTextReader;
import org.tweetorial.importer.internal.x.XArchiveReader;

/** Detects what a source is, from its name and first bytes, and hands it to its reader. */
public final class SourceReaders {

    private static final int HEAD = 64;
    private static final long MAX_TEXT = 2L * 1024 * 1024;
    private static final String KINDS = "expected an X data archive (zip, folder or data/tweets.js), a Bluesky "
            + "repository export (.car), a Mastodon archive (zip, folder or outbox.json) or a text file";

    private SourceReaders() {
    }

    public static ArchiveScan scan(Path source) throws ImportException {
        if (!Files.exists(source)) {
            throw new ImportException(source + ": no such file or folder");
        }
        try {
            if (Files.isDirectory(source)) {
                return archive(new FolderFiles(source), source);
            }
            byte[] head = head(source);
            String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (ZipFiles.looksLikeZip(head)) {
                return archive(new ZipFiles(source), source);
            }
            if (name.endsWith(".car") || CarFile.looksLikeCar(head)) {
                return new BlueskyRepoReader(source).read();
            }
            return singleFile(source, name);
        } catch (IOException e) {
            throw new ImportException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public static ArchiveScan scanText(String text, String name) {
        return PlainTextReader.read(text, Path.of(name));
    }

    private static ArchiveScan archive(ArchiveFiles files, Path source) throws ImportException {
        String name = source.getFileName().toString();
        if (XArchiveReader.isArchive(files)) {
            return new XArchiveReader(files, name).read(source);
        }
        if (MastodonArchiveReader.isArchive(files)) {
            return new MastodonArchiveReader(files, name).read(source);
        }
        String damage = files.problems().isEmpty() ? "" : " " + files.problems().get(0);
        throw new ImportException(source + ": unknown format: neither data/tweets.js (X) nor outbox.json "
                + "(Mastodon) is in it; " + KINDS + "." + damage);
    }

    private static ArchiveScan singleFile(Path source, String name) throws IOException, ImportException {
        if (Files.size(source) > MAX_TEXT) {
            throw new ImportException(source + ": unknown format (" + Files.size(source) / 1024 + " KB and not a zip "
                    + "or .car); " + KINDS);
        }
        String text = utf8(Files.readAllBytes(source), source);
        Path dir = source.toAbsolutePath().getParent();
        if (XArchiveReader.isTweetsJs(text)) {
            Path root = dir.getFileName() != null && dir.getFileName().toString().equals("data") ? dir.getParent()
                    : dir;
            return new XArchiveReader(new FolderFiles(root), name).read(source);
        }
        if (name.equals("outbox.json") || text.stripLeading().startsWith("{") && text.contains("\"orderedItems\"")) {
            return new MastodonArchiveReader(new FolderFiles(dir), name).read(source);
        }
        return PlainTextReader.read(text, source);
    }

    private static String utf8(byte[] bytes, Path source) throws ImportException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(source + ": unknown format (binary, not UTF-8 text); " + KINDS, e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }
}
