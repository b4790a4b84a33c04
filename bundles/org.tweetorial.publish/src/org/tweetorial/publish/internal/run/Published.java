package org.tweetorial.publish.internal.run;

/**
 * A post on the platform.
 *
 * @param id  Bluesky: the record's at:// URI; Mastodon: the status id
 * @param cid Bluesky: the record's CID; Mastodon: empty
 * @param url the web address
 */
public record Published(String id, String cid, String url) {
}
