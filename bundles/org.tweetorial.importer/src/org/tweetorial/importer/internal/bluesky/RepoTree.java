package org.tweetorial.importer.internal.bluesky;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a repository: its Merkle search tree walked from the commit ({@code roots[0]}), node
 * {@code {l, e: [{p, k, v, t}]}} in key order, each key being the first {@code p} bytes of the previous key of the
 * same node followed by {@code k}. Subtrees missing from a damaged file are skipped.
 */
final class RepoTree {

    private static final int MAX_DEPTH = 64;
    private final CarFile car;
    private final Map<String, Cid> records = new LinkedHashMap<>();
    private int missing;

    private RepoTree(CarFile car) {
        this.car = car;
    }

    /** The records by key ({@code collection/rkey}); {@code did} is filled from the commit. */
    static Map<String, Cid> records(CarFile car, String[] did) throws IOException {
        RepoTree tree = new RepoTree(car);
        if (car.roots().isEmpty() || !(car.decode(car.roots().get(0)).orElse(null) instanceof Map<?, ?> commit)) {
            throw new IOException("the repository's commit block is missing");
        }
        did[0] = commit.get("did") instanceof String s ? s : "";
        if (commit.get("data") instanceof Link data) {
            tree.walk(data.cid(), 0);
        }
        if (tree.missing > 0) {
            throw new IOException(tree.missing + " part(s) of the repository's tree are missing");
        }
        return tree.records;
    }

    /**
     * The records of every tree node in the file, without the commit: keys are compressed only within a node, so
     * each node that survived a truncation still names its records.
     */
    static Map<String, Cid> fromNodes(CarFile car) {
        RepoTree tree = new RepoTree(car);
        for (Cid cid : car.blocks().keySet()) {
            try {
                if (car.decode(cid).orElse(null) instanceof Map<?, ?> node && node.containsKey("l")
                        && node.get("e") instanceof List<?>) {
                    tree.entries(node, -1);
                }
            } catch (IOException e) {
                tree.missing++;
            }
        }
        return tree.records;
    }

    private void walk(Cid cid, int depth) throws IOException {
        if (depth > MAX_DEPTH || !(car.decode(cid).orElse(null) instanceof Map<?, ?> node)) {
            missing++;
            return;
        }
        if (node.get("l") instanceof Link left) {
            walk(left.cid(), depth + 1);
        }
        entries(node, depth);
    }

    /** Adds the node's records; walks its right subtrees unless {@code depth} is negative. */
    private void entries(Map<?, ?> node, int depth) throws IOException {
        byte[] key = new byte[0];
        for (Object o : node.get("e") instanceof List<?> entries ? entries : List.of()) {
            if (!(o instanceof Map<?, ?> entry)) {
                continue;
            }
            int prefix = entry.get("p") instanceof Long p ? (int) Math.min(p, key.length) : 0;
            byte[] suffix = entry.get("k") instanceof byte[] k ? k : new byte[0];
            byte[] full = Arrays.copyOf(key, prefix + suffix.length);
            System.arraycopy(suffix, 0, full, prefix, suffix.length);
            key = full;
            if (entry.get("v") instanceof Link value) {
                records.put(new String(key, StandardCharsets.UTF_8), value.cid());
            }
            if (depth >= 0 && entry.get("t") instanceof Link right) {
                walk(right.cid(), depth + 1);
            }
        }
    }
}
