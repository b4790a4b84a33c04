/** Reading a Mastodon archive: {@code outbox.json}, {@code actor.json} and {@code media_attachments/}. */
package org.tweetorial.importer.internal.mastodon;
