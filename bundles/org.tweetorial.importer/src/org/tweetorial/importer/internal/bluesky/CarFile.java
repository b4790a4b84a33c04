package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CAR v1 file: a header {@code {roots: [CID], version: 1}}, then blocks (varint length, binary CID, bytes) in any
 * order. Each block's sha-256 is checked against its CID; a truncated or damaged file keeps the blocks before the
 * damage and says so in {@link #problems()}.
 *
 * @param roots    the header's roots
 * @param blocks   the blocks by CID, in file order
 * @param problems what was wrong with the file, one sentence each
 */
public record CarFile(List<Cid> roots, Map<Cid, byte[]> blocks, List<String> problems) {

    /** Whether {@code head} starts like a CAR v1 header (a short varint, then a CBOR map holding "roots"). */
    public static boolean looksLikeCar(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.length > 2 && (head[1] & 0xe0) == 0xa0 && text.contains("roots") && text.contains("version");
    }

    /** Parses {@code data}; {@code name} is the file's name for messages. */
    public static CarFile parse(byte[] data, String name) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(data);
        List<Cid> roots = header(in, name);
        Map<Cid, byte[]> blocks = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        while (in.hasRemaining()) {
            int start = in.position();
            try {
                long length = Varint.read(in);
                if (length > in.remaining()) {
                    throw new IOException("a block of " + length + " bytes at byte " + start + " is cut off");
                }
                int end = in.position() + (int) length;
                Cid cid = Cid.read(in);
                byte[] block = Arrays.copyOfRange(data, in.position(), end);
                in.position(end);
                if (verified(cid, block)) {
                    blocks.put(cid, block);
                } else {
                    problems.add(name + ": block " + cid + " at byte " + start + " is damaged (its hash does not "
                            + "match); skipped");
                }
            } catch (IOException e) {
                problems.add(name + ": the file is truncated or damaged (" + e.getMessage() + "); read the "
                        + blocks.size() + " blocks before it. Export the repository again to import everything.");
                break;
            }
        }
        return new CarFile(roots, blocks, problems);
    }

    /** The decoded block {@code cid}, if the file has it. */
    public Optional<Object> decode(Cid cid) throws IOException {
        byte[] block = blocks.get(cid);
        return block == null ? Optional.empty() : Optional.ofNullable(DagCbor.decode(block));
    }

    private static List<Cid> header(ByteBuffer in, String name) throws IOException {
        try {
            long length = Varint.read(in);
            if (length <= 0 || length > in.remaining()) {
                throw new IOException("header length " + length);
            }
            byte[] header = new byte[(int) length];
            in.get(header);
            if (DagCbor.decode(header) instanceof Map<?, ?> map && map.get("roots") instanceof List<?> list
                    && Long.valueOf(1).equals(map.get("version"))) {
                List<Cid> roots = new ArrayList<>();
                for (Object root : list) {
                    if (root instanceof Link link) {
                        roots.add(link.cid());
                    }
                }
                return roots;
            }
            throw new IOException("the header is not {roots, version: 1}");
        } catch (IOException e) {
            throw new IOException(name + ": not a CAR v1 file (" + e.getMessage() + ")", e);
        }
    }

    private static boolean verified(Cid cid, byte[] block) {
        Object[] multihash = cid.multihash();
        if (multihash == null || !Long.valueOf(Cid.SHA2_256).equals(multihash[0])) {
            return multihash != null;
        }
        try {
            return Arrays.equals(MessageDigest.getInstance("SHA-256").digest(block), (byte[]) multihash[1]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
