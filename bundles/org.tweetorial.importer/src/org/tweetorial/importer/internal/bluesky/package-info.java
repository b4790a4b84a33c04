/**
 * Reading a Bluesky repository export: the CAR v1 file, its DAG-CBOR blocks (decoded with Jackson's CBOR parser,
 * tag 42 being a link), the repository's Merkle search tree, and the {@code app.bsky.feed.post} records.
 */
package org.tweetorial.importer.internal.bluesky;
