package vn.xuatxu.chaincode.ledger;

import java.util.Optional;
import java.util.SortedMap;

/**
 * What one successful submit did: its response, its write set (key to value, sorted by key) and its
 * event, if any.
 */
public record CommittedTransaction(String txId, String response, SortedMap<String, byte[]> writes,
        Optional<ChaincodeEventRecord> event) {
}
