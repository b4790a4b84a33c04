import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Build step of the core bundle: turns a word list (one entry per line, UTF-8, LF or CRLF) into the sorted, distinct
 * 64-bit hashes of its lower-cased entries, big-endian, as org.tweetorial.core.internal.lint.phi.PhiDictionaries
 * reads them. The hash must stay identical to PhiDictionaries.hash (PhiFindingsTest looks words up to check).
 *
 * Usage: java PhiListHasher.java LIST.txt OUT.bin
 */
public final class PhiListHasher {

    private PhiListHasher() {
    }

    public static void main(String[] args) throws IOException {
        byte[] data = Files.readAllBytes(Path.of(args[0]));
        long[] hashes = new long[data.length / 2 + 1];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                int end = i > start && data[i - 1] == '\r' ? i - 1 : i;
                if (end > start) {
                    hashes[n++] = hash(data, start, end);
                }
                start = i + 1;
            }
        }
        long[] sorted = Arrays.stream(hashes, 0, n).sorted().distinct().toArray();
        try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
            for (long h : sorted) {
                out.writeLong(h);
            }
        }
        System.out.println(args[1] + ": " + sorted.length + " entries");
    }

    /** FNV-1a 64 over the ASCII-lower-cased bytes, with a final mix; never 0. */
    static long hash(byte[] data, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            int b = data[i] & 0xff;
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
