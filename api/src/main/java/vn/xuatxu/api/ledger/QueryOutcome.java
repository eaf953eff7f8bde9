package vn.xuatxu.api.ledger;

/** The answer to a read-only contract call. */
public sealed interface QueryOutcome {

    record Answered(String payload) implements QueryOutcome {
    }

    record Rejected(String code, String message) implements QueryOutcome {
    }
}
