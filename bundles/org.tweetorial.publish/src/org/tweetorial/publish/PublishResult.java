package org.tweetorial.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * A finished publish.
 *
 * @param urls    every post's web address, in thread order
 * @param sent    posts sent by this run
 * @param skipped posts already published by an earlier run (or found on the platform after a crash)
 * @param journal the journal that records it
 */
public record PublishResult(List<String> urls, int sent, int skipped, Path journal) {

    public PublishResult {
        urls = List.copyOf(urls);
    }
}
