package org.tweetorial.publish.internal.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import org.tweetorial.publish.PublishException;

/**
 * The journal of one source, platform and account ({@code .tweetorial/publish/NAME-PLATFORM.json}): who published
 * where, and each post's state, media, key and address. {@link #save()} writes it atomically (a temporary file
 * moved in place), after every step of a publish. It holds no credential.
 */
public final class Journal {

    public static final String FORMAT = "tweetorial-publish-journal";
    public static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String format = FORMAT;
    public int version = VERSION;
    /** The source file's name. */
    public String source;
    public String platform;
    /** Bluesky: the handle or DID logged in with; Mastodon: the account's acct. Never a password or token. */
    public String account;
    public String server;
    public List<JournalPost> posts = new ArrayList<>();
    private transient Path file;

    public Journal() {
        // for Gson
    }

    public Journal(Path file, String source, String platform, String account, String server) {
        this.file = file;
        this.source = source;
        this.platform = platform;
        this.account = account;
        this.server = server;
    }

    /** Reads a journal; empty when there is none. */
    public static Optional<Journal> load(Path file) throws PublishException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new PublishException(PublishException.Reason.JOURNAL, "cannot read the journal " + file + ": " + e,
                    e);
        }
        try {
            Journal j = GSON.fromJson(text, Journal.class);
            if (j == null || !FORMAT.equals(j.format) || j.posts == null) {
                throw new JsonParseException("not a " + FORMAT);
            }
            j.file = file;
            return Optional.of(j);
        } catch (JsonParseException e) {
            throw new PublishException(PublishException.Reason.JOURNAL, "the journal " + file + " is damaged ("
                    + e.getMessage() + "); move it away only if you checked on the platform which posts exist", e);
        }
    }

    public Path file() {
        return file;
    }

    /** Writes the journal atomically. */
    public void save() throws PublishException {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".part");
            Files.writeString(temp, GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PublishException(PublishException.Reason.JOURNAL, "cannot write the journal " + file + ": "
                    + e.getMessage() + "; nothing more was sent", e);
        }
    }

    /** The entry of post {@code number}, created (pending) when missing. */
    public JournalPost post(int number, String fingerprint) {
        for (JournalPost p : posts) {
            if (p.number == number) {
                return p;
            }
        }
        JournalPost p = new JournalPost(number, fingerprint);
        posts.add(p);
        posts.sort((a, b) -> Integer.compare(a.number, b.number));
        return p;
    }

    /** The entry of post {@code number}, if it has one. */
    public Optional<JournalPost> find(int number) {
        return posts.stream().filter(p -> p.number == number).findFirst();
    }

    public long published() {
        return posts.stream().filter(p -> p.state == PostState.PUBLISHED).count();
    }

    /** Whether anything may have reached the platform. */
    public boolean started() {
        return posts.stream().anyMatch(p -> p.state != PostState.PENDING || !p.media.isEmpty());
    }
}
