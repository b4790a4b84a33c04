/** HTTP/1.1 calls with JSON, waiting out rate limits and retrying server errors, with credentials kept out of
 * every message. Not API. */
package org.tweetorial.publish.internal.http;
