package org.tweetorial.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tweetorial.importer.internal.bluesky.Cid;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;

/**
 * Writes a real Bluesky repository export (CAR v1, DAG-CBOR blocks, a commit and a two-level Merkle search tree
 * with prefix-compressed keys) the way {@code com.atproto.sync.getRepo} lays it out: blocks in no particular order,
 * links as CBOR tag 42.
 */
final class CarFixture {

    static final String DID = "did:plc:testteacher000000000000";

    /** A link to another block or a blob. */
    record Ref(byte[] cid) {
    }

    private final Map<String, Object> records = new TreeMap<>();
    final Map<String, byte[]> blobs = new LinkedHashMap<>();

    CarFixture record(String key, Map<String, Object> value) {
        records.put(key, value);
        return this;
    }

    /** A blob's CID (raw codec) for {@code bytes}, remembered for {@link #blobs}. */
    Ref blob(byte[] bytes) throws IOException {
        byte[] cid = cid(0x55, bytes);
        blobs.put(Cid.of(cid).toString(), bytes);
        return new Ref(cid);
    }

    static String postUri(String rkey) {
        return "at://" + DID + "/app.bsky.feed.post/" + rkey;
    }

    /** The CAR file's bytes; {@code postsFirst} puts a post block before the commit, as real exports may. */
    byte[] write() throws IOException {
        List<byte[][]> blocks = new ArrayList<>();
        List<Map.Entry<String, Object>> entries = new ArrayList<>(records.entrySet());
        List<Object[]> leafEntries = new ArrayList<>();
        List<Object[]> rootEntries = new ArrayList<>();
        int half = entries.size() / 2;
        for (int i = 0; i < entries.size(); i++) {
            byte[] block = encode(entries.get(i).getValue());
            byte[] cid = cid(0x71, block);
            blocks.add(new byte[][] {cid, block});
            (i < half ? leafEntries : rootEntries).add(new Object[] {entries.get(i).getKey(), new Ref(cid)});
        }
        byte[] leaf = encode(node(null, leafEntries));
        byte[] leafCid = cid(0x71, leaf);
        byte[] root = encode(node(new Ref(leafCid), rootEntries));
        byte[] rootCid = cid(0x71, root);
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("did", DID);
        commit.put("rev", "3lbtest");
        commit.put("sig", new byte[64]);
        commit.put("data", new Ref(rootCid));
        commit.put("prev", null);
        commit.put("version", 3L);
        byte[] commitBlock = encode(commit);
        byte[] commitCid = cid(0x71, commitBlock);
        blocks.add(new byte[][] {leafCid, leaf});
        blocks.add(new byte[][] {rootCid, root});
        blocks.add(new byte[][] {commitCid, commitBlock});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("roots", List.of(new Ref(commitCid)));
        header.put("version", 1L);
        section(out, new byte[0], encode(header));
        for (byte[][] b : blocks) {
            section(out, b[0], b[1]);
        }
        return out.toByteArray();
    }

    /** An MST node; each key is compressed against the previous key of the same node. */
    private static Map<String, Object> node(Ref left, List<Object[]> entries) {
        List<Object> e = new ArrayList<>();
        byte[] previous = new byte[0];
        for (Object[] entry : entries) {
            byte[] key = ((String) entry[0]).getBytes(StandardCharsets.UTF_8);
            int p = 0;
            while (p < previous.length && p < key.length && previous[p] == key[p]) {
                p++;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", java.util.Arrays.copyOfRange(key, p, key.length));
            m.put("p", (long) p);
            m.put("t", null);
            m.put("v", entry[1]);
            e.add(m);
            previous = key;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("e", e);
        node.put("l", left);
        return node;
    }

    private static void section(ByteArrayOutputStream out, byte[] cid, byte[] block) {
        varint(out, cid.length + block.length);
        out.writeBytes(cid);
        out.writeBytes(block);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while (v >= 0x80) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    static byte[] cid(int codec, byte[] block) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(block);
            byte[] cid = new byte[4 + digest.length];
            cid[0] = 1;
            cid[1] = (byte) codec;
            cid[2] = 0x12;
            cid[3] = 0x20;
            System.arraycopy(digest, 0, cid, 4, digest.length);
            return cid;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator gen = new CBORFactory().createGenerator(out)) {
            write(gen, value);
        }
        return out.toByteArray();
    }

    private static void write(CBORGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject(map, map.size());
            List<Map.Entry<?, ?>> sorted = new ArrayList<>(map.entrySet());
            // DAG-CBOR's canonical order: shorter keys first, then bytewise
            sorted.sort(java.util.Comparator.comparingInt((Map.Entry<?, ?> e) -> ((String) e.getKey()).length())
                    .thenComparing(e -> (String) e.getKey()));
            for (Map.Entry<?, ?> e : sorted) {
                gen.writeFieldName((String) e.getKey());
                write(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeStartArray(list, list.size());
            for (Object o : list) {
                write(gen, o);
            }
            gen.writeEndArray();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Long l) {
            gen.writeNumber(l);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            gen.writeBinary(bytes);
        } else if (value instanceof Ref ref) {
            gen.writeTag(42);
            byte[] prefixed = new byte[ref.cid().length + 1];
            System.arraycopy(ref.cid(), 0, prefixed, 1, ref.cid().length);
            gen.writeBinary(prefixed);
        } else {
            throw new IllegalArgumentException("not in the atproto data model: " + value);
        }
    }
}
