package org.tweetorial.importer.internal.x;

import static org.tweetorial.importer.internal.JsonFields.object;
import static org.tweetorial.importer.internal.JsonFields.objects;
import static org.tweetorial.importer.internal.JsonFields.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tweetorial.importer.ArchiveScan;
import org.tweetorial.importer.Author;
import org.tweetorial.importer.ImportException;
import org.tweetorial.importer.ImportedImage;
import org.tweetorial.importer.SourceKind;
import org.tweetorial.importer.internal.files.ArchiveFiles;
import org.tweetorial.importer.internal.threads.RawPost;
import org.tweetorial.importer.internal.threads.ThreadBuilder;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the tweets of an X data archive ({@code data/tweets.js}, or {@code tweet.js} and {@code tweets-partN.js} in
 * older ones): expands {@code t.co} links from the entities, drops the media links, and finds each photo in
 * {@code data/tweets_media/} with its alt text.
 */
public final class XArchiveReader {

    private static final Pattern TWEETS_FILE = Pattern.compile("(?:^|.*/)tweets?(?:-part\\d+)?\\.js");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ENGLISH);

    private final ArchiveFiles files;
    private final String sourceName;
    private final List<String> problems = new ArrayList<>();

    public XArchiveReader(ArchiveFiles files, String sourceName) {
        this.files = files;
        this.sourceName = sourceName;
    }

    /** Whether {@code files} look like an X archive. */
    public static boolean isArchive(ArchiveFiles files) {
        return files.paths().stream().anyMatch(p -> TWEETS_FILE.matcher(p).matches());
    }

    /** Whether {@code text} is the content of an archive's {@code tweets.js}. */
    public static boolean isTweetsJs(String text) {
        return text.stripLeading().startsWith("window.YTD.");
    }

    public ArchiveScan read(java.nio.file.Path source) throws ImportException {
        problems.addAll(files.problems());
        Account account = readAccount();
        List<RawPost> posts = new ArrayList<>();
        List<String> tweetFiles = files.paths().stream().filter(p -> TWEETS_FILE.matcher(p).matches()).toList();
        if (tweetFiles.isEmpty()) {
            throw new ImportException(sourceName + ": no data/tweets.js in this X archive; was it truncated? "
                    + "Download the archive again.");
        }
        for (String path : tweetFiles) {
            for (JsonObject item : readYtd(path)) {
                JsonObject tweet = item.has("tweet") ? object(item, "tweet") : item;
                if (tweet != null) {
                    toPost(tweet, account).ifPresent(posts::add);
                }
            }
        }
        var threads = new ThreadBuilder(SourceKind.X_ARCHIVE, account.author(), 2).build(posts, problems);
        return new ArchiveScan(source, SourceKind.X_ARCHIVE, threads, problems);
    }

    private record Account(String id, String username, Author author) {
    }

    private Account readAccount() {
        Optional<String> path = files.find("account.js");
        if (path.isPresent()) {
            for (JsonObject item : readYtd(path.get())) {
                JsonObject account = object(item, "account");
                if (account != null) {
                    String username = string(account, "username").orElse("");
                    return new Account(string(account, "accountId").orElse(""), username,
                            new Author(string(account, "accountDisplayName").orElse(username),
                                    username.isEmpty() ? "" : "@" + username));
                }
            }
        }
        problems.add(sourceName + ": no data/account.js; the threads are imported without author and handle");
        return new Account("", "", Author.UNKNOWN);
    }

    private List<JsonObject> readYtd(String path) {
        try {
            String text = new String(files.read(path).orElseThrow(), StandardCharsets.UTF_8);
            int start = text.indexOf('[');
            if (!isTweetsJs(text) || start < 0) {
                problems.add(path + ": not an X archive file (it should start with 'window.YTD.'); skipped");
                return List.of();
            }
            JsonElement json = JsonParser.parseString(text.substring(start));
            return json.isJsonArray() ? objects(json.getAsJsonArray()) : List.of();
        } catch (IOException | JsonParseException | java.util.NoSuchElementException e) {
            problems.add(path + ": cannot be read (" + message(e) + "); its tweets are not imported");
            return List.of();
        }
    }

    private Optional<RawPost> toPost(JsonObject tweet, Account account) {
        Optional<String> id = string(tweet, "id_str").or(() -> string(tweet, "id"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> parent = string(tweet, "in_reply_to_status_id_str")
                .or(() -> string(tweet, "in_reply_to_status_id"));
        String parentUser = string(tweet, "in_reply_to_user_id_str").or(() -> string(tweet, "in_reply_to_user_id"))
                .orElse("");
        boolean toOthers = parent.isPresent() && !account.id().isEmpty() && !parentUser.equals(account.id());
        String text = string(tweet, "full_text").or(() -> string(tweet, "text")).orElse("");
        JsonObject entities = object(tweet, "entities");
        for (JsonObject url : objects(entities, "urls")) {
            text = replace(text, string(url, "url"), string(url, "expanded_url"));
        }
        JsonObject extended = object(tweet, "extended_entities");
        List<JsonObject> media = objects(extended != null ? extended : entities, "media");
        List<ImportedImage> images = new ArrayList<>();
        for (JsonObject m : media) {
            text = replace(text, string(m, "url"), Optional.of(""));
            image(id.get(), m, images.size() + 1).ifPresent(images::add);
        }
        text = unescapeHtml(text);
        if (parent.isPresent() && !toOthers && !account.username().isEmpty()) {
            text = text.replaceFirst("^(?:@" + Pattern.quote(account.username()) + "\\s+)+", "");
        }
        return Optional.of(new RawPost(id.get(), parent, toOthers, created(tweet, id.get()), text.strip(), images));
    }

    private Optional<ImportedImage> image(String tweetId, JsonObject media, int n) {
        String type = string(media, "type").orElse("photo");
        String url = string(media, "media_url_https").or(() -> string(media, "media_url")).orElse("");
        String base = url.substring(url.lastIndexOf('/') + 1);
        if (!"photo".equals(type)) {
            problems.add("tweet " + tweetId + ": its " + type + " is not imported (only photos are)");
            return Optional.empty();
        }
        Optional<String> path = base.isEmpty() ? Optional.empty() : files.find(tweetId + "-" + base);
        if (path.isEmpty()) {
            problems.add("tweet " + tweetId + ": its photo " + (base.isEmpty() ? "" : base + " ")
                    + "is not in the archive's tweets_media folder; the post is imported without it");
            return Optional.empty();
        }
        String ext = base.contains(".") ? base.substring(base.lastIndexOf('.')) : ".jpg";
        String alt = string(media, "ext_alt_text").or(() -> string(media, "alt_text")).orElse("");
        String file = path.get();
        return Optional.of(new ImportedImage("x-" + tweetId + "-" + n + ext, alt,
                () -> files.read(file).orElseThrow(() -> new IOException(file + " is no longer in the archive"))));
    }

    private Optional<Instant> created(JsonObject tweet, String id) {
        Optional<String> value = string(tweet, "created_at");
        try {
            return value.map(v -> ZonedDateTime.parse(v, CREATED).toInstant());
        } catch (DateTimeParseException e) {
            problems.add("tweet " + id + ": its date '" + value.orElse("") + "' cannot be read; it is imported "
                    + "without a date");
            return Optional.empty();
        }
    }

    private static String replace(String text, Optional<String> from, Optional<String> to) {
        return from.isPresent() && !from.get().isEmpty() && to.isPresent() ? text.replace(from.get(), to.get())
                : text;
    }

    /** Tweets keep {@code &amp;}, {@code &lt;} and {@code &gt;} escaped in the archive. */
    static String unescapeHtml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
