package org.tweetorial.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small archives made by the tests: an X archive zip, a Mastodon archive folder. */
final class Fixtures {

    /** A 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Fixtures() {
    }

    static final String TWEETS_JS = """
            window.YTD.tweets.part0 = [
              {"tweet": {"id_str": "1001", "created_at": "Fri Mar 01 09:00:00 +0000 2024",
                "full_text": "1/3 Why does a fuller heart pump harder? A thread on the Frank\u2013Starling law \uD83E\uDDF5 #MedEd",
                "entities": {"urls": [], "hashtags": [{"text": "MedEd"}]}}},
              {"tweet": {"id_str": "1002", "created_at": "Fri Mar 01 09:01:00 +0000 2024",
                "in_reply_to_status_id_str": "1001", "in_reply_to_user_id_str": "42",
                "full_text": "@drheart 2/3 More stretch &gt; stronger beat, see https://t.co/abc and doi 10.1056/NEJMoa1911303 https://t.co/pic",
                "entities": {"urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.org/starling_curve"}],
                  "media": [{"url": "https://t.co/pic"}]},
                "extended_entities": {"media": [{"url": "https://t.co/pic", "type": "photo", "id_str": "9",
                  "media_url_https": "https://pbs.twimg.com/media/Curve1.png",
                  "ext_alt_text": "Stroke volume rises with preload"}]}}},
              {"tweet": {"id_str": "1003", "created_at": "Fri Mar 01 09:02:00 +0000 2024",
                "in_reply_to_status_id_str": "1002", "in_reply_to_user_id_str": "42",
                "full_text": "Up to a point: *overstretch* fails. PMID: 31535829 3/3",
                "entities": {"urls": []}}},
              {"tweet": {"id_str": "2001", "created_at": "Sat Mar 02 10:00:00 +0000 2024",
                "full_text": "A single post, not a thread", "entities": {}}},
              {"tweet": {"id_str": "3001", "created_at": "Sun Mar 03 10:00:00 +0000 2024",
                "in_reply_to_status_id_str": "777", "in_reply_to_user_id_str": "99",
                "full_text": "@someone a reply to someone else", "entities": {}}},
              {"tweet": {"id_str": "4001", "created_at": "Mon Mar 04 10:00:00 +0000 2024",
                "in_reply_to_status_id_str": "4000", "in_reply_to_user_id_str": "42",
                "full_text": "Orphan: its parent was deleted", "entities": {}}},
              {"tweet": {"id_str": "4002", "created_at": "Mon Mar 04 10:01:00 +0000 2024",
                "in_reply_to_status_id_str": "4001", "in_reply_to_user_id_str": "42",
                "full_text": "and this continues it", "entities": {}}}
            ]
            """;

    static final String ACCOUNT_JS = """
            window.YTD.account.part0 = [ {"account": {"username": "drheart", "accountId": "42",
              "accountDisplayName": "Dr Heart"}} ]
            """;

    /** The X archive's files in zip order: account, tweets, then the photo. */
    static Map<String, byte[]> xArchive() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("data/account.js", ACCOUNT_JS.getBytes(StandardCharsets.UTF_8));
        files.put("data/tweets.js", TWEETS_JS.getBytes(StandardCharsets.UTF_8));
        files.put("data/tweets_media/1002-Curve1.png", PNG);
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path xArchiveZip(Path dir) throws IOException {
        return Files.write(dir.resolve("twitter-2024.zip"), zip(xArchive()));
    }

    static final String OUTBOX = """
            {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection",
             "orderedItems": [
              {"type": "Create", "object": {"id": "https://med.social/users/amy/statuses/111",
                "type": "Note", "published": "2024-05-01T08:00:00Z", "inReplyTo": null,
                "content": "<p>\uD83E\uDDF5 Anion gap in 3 posts <a href=\\"https://med.social/tags/MedEd\\" class=\\"mention hashtag\\" rel=\\"tag\\">#<span>MedEd</span></a></p><p>Second line<br>with a break</p>",
                "attachment": []}},
              {"type": "Announce", "object": "https://other.example/users/bob/statuses/5"},
              {"type": "Create", "object": {"id": "https://med.social/users/amy/statuses/112",
                "type": "Note", "published": "2024-05-01T08:01:00Z",
                "inReplyTo": "https://med.social/users/amy/statuses/111",
                "content": "<p>AG = Na \\u2212 (Cl + HCO3). See <a href=\\"https://www.ncbi.nlm.nih.gov/books/NBK539757/\\" rel=\\"nofollow\\"><span class=\\"invisible\\">https://www.</span><span class=\\"ellipsis\\">ncbi.nlm.nih.gov/books/NBK5397</span><span class=\\"invisible\\">57/</span></a> with <span class=\\"h-card\\"><a href=\\"https://med.social/@bob\\" class=\\"u-url mention\\">@<span>bob</span></a></span></p>",
                "attachment": [{"type": "Document", "mediaType": "image/png",
                  "url": "/media_attachments/files/000/111/original/ag.png", "name": "Gamblegram of the anion gap"}]}},
              {"type": "Create", "object": {"id": "https://med.social/users/amy/statuses/113",
                "type": "Note", "published": "2024-05-01T08:02:00Z",
                "inReplyTo": "https://med.social/users/amy/statuses/112",
                "content": "<p>High gap: think MUDPILES &amp; check lactate.</p>", "attachment": []}},
              {"type": "Create", "object": {"id": "https://med.social/users/amy/statuses/200",
                "type": "Note", "published": "2024-05-02T08:00:00Z",
                "inReplyTo": "https://other.example/users/bob/statuses/5",
                "content": "<p>Reply to Bob</p>", "attachment": []}}
             ]}
            """;

    static final String ACTOR = """
            {"id": "https://med.social/users/amy", "type": "Person", "preferredUsername": "amy",
             "name": "Dr Amy Renal"}
            """;

    static Path mastodonArchive(Path dir) throws IOException {
        Path root = dir.resolve("mastodon-archive");
        Files.createDirectories(root.resolve("media_attachments/files/000/111/original"));
        Files.writeString(root.resolve("outbox.json"), OUTBOX);
        Files.writeString(root.resolve("actor.json"), ACTOR);
        Files.write(root.resolve("media_attachments/files/000/111/original/ag.png"), PNG);
        return root;
    }
}
