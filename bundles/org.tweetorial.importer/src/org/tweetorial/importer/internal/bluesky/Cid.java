package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A content identifier (CIDv1) in binary form: version, codec, hash code, digest length, digest, each length a
 * varint. Equal when the bytes are; {@link #toString()} is the text form ({@code b} + lowercase base32).
 */
public final class Cid {

    /** The multihash code of sha2-256. */
    static final int SHA2_256 = 0x12;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private final byte[] bytes;

    private Cid(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Reads a binary CID at the buffer's position and advances past it. */
    public static Cid read(ByteBuffer in) throws IOException {
        int start = in.position();
        long version = Varint.read(in);
        if (version != 1) {
            throw new IOException("CID version " + version + " at byte " + start + " (only CIDv1 is used by atproto)");
        }
        Varint.read(in); // codec
        Varint.read(in); // hash code
        long length = Varint.read(in);
        if (length < 0 || length > in.remaining()) {
            throw new IOException("CID at byte " + start + " is cut off");
        }
        in.position(in.position() + (int) length);
        byte[] bytes = new byte[in.position() - start];
        in.get(start, bytes);
        return new Cid(bytes);
    }

    /** A CID from its binary form. */
    public static Cid of(byte[] binary) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(binary);
        Cid cid = read(in);
        if (in.hasRemaining()) {
            throw new IOException("a CID has " + in.remaining() + " bytes too many");
        }
        return cid;
    }

    /** The hash code and digest: {@code [code, digest]} or null when the CID cannot be split. */
    Object[] multihash() {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            Varint.read(in);
            Varint.read(in);
            long code = Varint.read(in);
            int length = (int) Varint.read(in);
            byte[] digest = new byte[length];
            in.get(digest);
            return new Object[] {code, digest};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The binary form. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cid c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The text form, e.g. {@code bafyrei...}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("b");
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
