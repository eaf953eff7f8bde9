package vn.xuatxu.chaincode.merkle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree over a label batch's serial numbers, exactly as the contract verifies it, so the
 * api and the label printer can compute the same root and proofs off-chain with this one class.
 *
 * <p>The tree, precisely:
 * <ol>
 *   <li>Leaves are the serials sorted by their UTF-8 bytes (unsigned, lexicographic); an empty set
 *       or a repeated serial is refused.</li>
 *   <li>Leaf hash = SHA-256(0x00 || UTF-8(serial)). Node hash = SHA-256(0x01 || left || right). The
 *       different prefixes keep a leaf from ever passing for an inner node (second-preimage attack).</li>
 *   <li>Each level pairs nodes left to right (0 with 1, 2 with 3, ...); a last unpaired node is
 *       promoted unchanged to the next level (it is not hashed with itself, so no two sets share a
 *       root by duplication).</li>
 *   <li>The root is the single node left; for one serial it is that serial's leaf hash.</li>
 * </ol>
 * A proof lists, from the leaf upwards, the sibling at every level where the node had one, with the
 * side the sibling is on; promoted levels contribute nothing. See {@link MerkleProof}.
 *
 * <p>Sorting makes the root a function of the set alone, so the printer's order does not matter.
 * Immutable and thread-safe.
 */
public final class MerkleTree {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final List<String> serials;
    /** levels.get(0) are the leaf hashes; the last level has one node, the root. */
    private final List<byte[][]> levels;

    private MerkleTree(List<String> serials, List<byte[][]> levels) {
        this.serials = serials;
        this.levels = levels;
    }

    /**
     * Builds the tree of a set of serials.
     *
     * @throws IllegalArgumentException if {@code serials} is empty or holds a serial twice
     */
    public static MerkleTree of(Collection<String> serials) {
        if (serials.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one serial");
        }
        List<String> sorted = new ArrayList<>(serials);
        sorted.sort(MerkleTree::compareUtf8);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("serial \"" + sorted.get(i) + "\" occurs more than once");
            }
        }
        List<byte[][]> levels = new ArrayList<>();
        byte[][] level = new byte[sorted.size()][];
        for (int i = 0; i < level.length; i++) {
            level[i] = leafHash(sorted.get(i));
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] next = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < next.length; i++) {
                int left = 2 * i;
                next[i] = left + 1 < level.length ? nodeHash(level[left], level[left + 1]) : level[left];
            }
            levels.add(next);
            level = next;
        }
        return new MerkleTree(Collections.unmodifiableList(sorted), levels);
    }

    /** Number of serials (leaves). */
    public int size() {
        return serials.size();
    }

    /** The serials in leaf order. */
    public List<String> serials() {
        return serials;
    }

    /** The root, 32 bytes. */
    public byte[] root() {
        return levels.get(levels.size() - 1)[0].clone();
    }

    /** The root as 64 lower-case hex digits, the form {@code registerLabelBatch} takes. */
    public String rootHex() {
        return HexFormat.of().formatHex(levels.get(levels.size() - 1)[0]);
    }

    /**
     * The proof that {@code serial} is a leaf of this tree.
     *
     * @throws IllegalArgumentException if it is not
     */
    public MerkleProof proof(String serial) {
        int index = Collections.binarySearch(serials, serial, MerkleTree::compareUtf8);
        if (index < 0) {
            throw new IllegalArgumentException("serial \"" + serial + "\" is not in this tree");
        }
        List<MerkleProof.Step> steps = new ArrayList<>();
        for (int depth = 0; depth < levels.size() - 1; depth++) {
            byte[][] level = levels.get(depth);
            int sibling = index ^ 1;
            if (sibling < level.length) {
                steps.add(new MerkleProof.Step(sibling < index ? MerkleProof.Side.LEFT : MerkleProof.Side.RIGHT,
                        HexFormat.of().formatHex(level[sibling])));
            }
            index /= 2;
        }
        return new MerkleProof(steps);
    }

    /** SHA-256(0x00 || UTF-8(serial)). */
    public static byte[] leafHash(String serial) {
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(serial.getBytes(StandardCharsets.UTF_8));
        return digest.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The leaf order: unsigned lexicographic order of the UTF-8 bytes. */
    public static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
