package org.tweetorial.importer.internal.bluesky;

/**
 * A DAG-CBOR link (CBOR tag 42) to another block or a blob.
 *
 * @param cid the CID linked to
 */
public record Link(Cid cid) {
}
