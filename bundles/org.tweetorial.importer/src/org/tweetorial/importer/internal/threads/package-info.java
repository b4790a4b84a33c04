/** Rebuilding threads from posts and the post each one replies to. */
package org.tweetorial.importer.internal.threads;
