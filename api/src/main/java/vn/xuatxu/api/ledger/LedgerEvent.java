package vn.xuatxu.api.ledger;

/** A chaincode event as committed: which block and transaction emitted it, its name and its payload. */
public record LedgerEvent(long blockNumber, String transactionId, String name, String payload) {
}
