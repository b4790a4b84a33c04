/** The parse pipeline behind {@link org.tweetorial.core.Tweetorials}. */
package org.tweetorial.core.internal.parse;
