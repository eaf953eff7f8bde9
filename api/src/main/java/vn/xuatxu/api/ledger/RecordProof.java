package vn.xuatxu.api.ledger;

import java.time.Instant;

/**
 * What {@link Ledger#prove} found: the proof a page can show that a record's latest value is the one the
 * ledger committed, and where; or why there is none.
 */
public sealed interface RecordProof {

    /**
     * The record's latest value was written by a valid transaction in a block of the chain.
     *
     * @param valueHash     hex SHA-256 of the value's bytes as the transaction wrote them
     * @param transactionId the writing transaction
     * @param blockNumber   its block
     * @param blockHash     that block's hash, recomputed from the block as stored (hex)
     * @param timestamp     the transaction's timestamp
     * @param value         the value as the ledger holds it (UTF-8 text)
     */
    record Proven(String valueHash, String transactionId, long blockNumber, String blockHash, Instant timestamp,
                  String value) implements RecordProof {
    }

    /** The ledger has no such record (never written, or deleted). */
    record NotFound(String reason) implements RecordProof {
    }

    /** The ledger could not be asked, or what it answered does not check out; try again or investigate. */
    record Unavailable(String reason) implements RecordProof {
    }
}
