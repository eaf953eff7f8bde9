package vn.xuatxu.api.ledger.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A checkpoint file: the world state and key history after block {@code blockNumber}, so a start can replay
 * only the blocks after it. {@code contentDigest} is the hex SHA-256 of the canonical JSON of {@code state};
 * {@code signature} is the node's ECDSA signature of {@link #signedText()}, made with the key that signs
 * blocks, so a checkpoint is trusted exactly as far as the blocks are.
 */
record Checkpoint(int format, long blockNumber, String blockHash, String contentDigest, String signature,
                  State state) {

    static final int FORMAT = 1;

    /** Every key's history; a key's current value and version are those of its last change, unless a delete. */
    record State(List<KeyHistory> histories) {
        State {
            histories = List.copyOf(histories);
        }
    }

    /** A key's committed changes, oldest first. */
    record KeyHistory(String key, List<Change> changes) {
        KeyHistory {
            changes = List.copyOf(changes);
        }
    }

    /** One committed change, by the transaction at (block, transaction); a null value is a delete. */
    record Change(String transactionId, String timestamp, String valueBase64, long block, int transaction) {
    }

    /** What the node signs: the block the state follows, that block's hash and the state's digest. */
    String signedText() {
        return signedText(blockNumber, blockHash, contentDigest);
    }

    static String signedText(long blockNumber, String blockHash, String contentDigest) {
        return "xuatxu-checkpoint " + FORMAT + " " + blockNumber + " " + blockHash + " " + contentDigest;
    }

    /** The hex SHA-256 of the state's canonical JSON (the same encoding as blocks). */
    static String digestOf(State state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(BlockLog.CANONICAL_JSON.writeValueAsBytes(state)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checkpoint's state cannot be encoded", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
