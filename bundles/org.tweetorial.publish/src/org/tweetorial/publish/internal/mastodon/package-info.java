/** Mastodon's REST API: instance limits, media with descriptions, statuses with Idempotency-Key. Not API. */
package org.tweetorial.publish.internal.mastodon;
