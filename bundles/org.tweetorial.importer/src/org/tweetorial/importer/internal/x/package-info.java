/** Reading an X (Twitter) data archive: {@code data/tweets.js}, {@code data/account.js} and the tweets' media. */
package org.tweetorial.importer.internal.x;
