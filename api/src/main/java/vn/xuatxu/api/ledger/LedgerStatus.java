package vn.xuatxu.api.ledger;

/** Height and head of the chain, and whether the ledger accepts transactions now. */
@io.micronaut.serde.annotation.Serdeable
public record LedgerStatus(boolean ready, String kind, long height, String headHash) {
}
