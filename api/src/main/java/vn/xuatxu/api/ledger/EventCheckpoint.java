package vn.xuatxu.api.ledger;

import java.util.Objects;

/**
 * Where an event follower stands: the block to read next, and, within it, the last transaction already
 * processed (empty when none), the way Fabric's own checkpointers record progress.
 */
public record EventCheckpoint(long blockNumber, String transactionId) {

    public static final EventCheckpoint START = new EventCheckpoint(0, "");

    public EventCheckpoint {
        if (blockNumber < 0) {
            throw new IllegalArgumentException("A checkpoint block cannot be negative");
        }
        Objects.requireNonNull(transactionId, "transactionId");
    }

    /** The checkpoint after processing {@code event}. */
    public static EventCheckpoint after(LedgerEvent event) {
        return new EventCheckpoint(event.blockNumber(), event.transactionId());
    }
}
