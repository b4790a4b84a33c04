/**
 * Publishes a tweetorial as a thread on Bluesky or Mastodon: exactly the exported cards, with their alt text, in
 * order, resumable and never doubled.
 * <p>
 * {@link org.tweetorial.publish.Publisher#plan} runs the preflight (the export's safety check, the platform's text,
 * image and alt text limits; cards re-encoded to fit) and sends nothing;
 * {@link org.tweetorial.publish.Publisher#publish} sends the plan post by post and records every step in a journal
 * ({@code .tweetorial/publish/NAME-PLATFORM.json} next to the source), written atomically, so that a later run with {@code resume} continues without posting
 * anything twice. Credentials ({@link org.tweetorial.publish.Account}) are held in memory only: never in the
 * journal, a log or an exception message.
 */
package org.tweetorial.publish;
