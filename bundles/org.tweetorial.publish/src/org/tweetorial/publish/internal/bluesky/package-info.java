/** Bluesky over the AT Protocol's XRPC calls: session, blobs, records with facets, TIDs. Not API. */
package org.tweetorial.publish.internal.bluesky;
