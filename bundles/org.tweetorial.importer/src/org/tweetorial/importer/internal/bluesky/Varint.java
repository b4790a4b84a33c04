package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Unsigned LEB128 varints, as CAR files and CIDs use them. */
final class Varint {

    private static final int MAX_BYTES = 9;

    private Varint() {
    }

    static long read(ByteBuffer in) throws IOException {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (!in.hasRemaining()) {
                throw new IOException("the data ends inside a length (byte " + in.position() + ")");
            }
            int b = in.get() & 0xff;
            value |= (long) (b & 0x7f) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a length at byte " + in.position() + " is too long");
    }
}
