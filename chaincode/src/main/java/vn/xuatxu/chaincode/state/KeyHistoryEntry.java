package vn.xuatxu.chaincode.state;

import java.time.Instant;

/**
 * One committed modification of a key, as the peer's history database reports it.
 *
 * @param txId      the transaction that wrote it
 * @param timestamp that transaction's timestamp
 * @param deleted   true when the transaction deleted the key
 * @param value     the value written (empty for a delete)
 */
public record KeyHistoryEntry(String txId, Instant timestamp, boolean deleted, byte[] value) {
}
