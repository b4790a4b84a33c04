/** Tweetorial Studio core: parse a tweetorial ({@link org.tweetorial.core.Tweetorials}), count, lint. */
package org.tweetorial.core;
