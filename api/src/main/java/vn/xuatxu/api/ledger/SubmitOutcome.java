package vn.xuatxu.api.ledger;

/** What became of a submitted transaction. */
public sealed interface SubmitOutcome {

    /** In a block, durably: the transaction id and block number are the proof a page can show. */
    record Committed(String transactionId, long blockNumber, String payload) implements SubmitOutcome {
    }

    /**
     * The contract refused it (wrong owner, invalid data, duplicate key with other content). Retrying the
     * same transaction gets the same answer.
     */
    record Rejected(String code, String message) implements SubmitOutcome {

        /** The refusal as records keep it ({@code ledger_error} columns hold at most 1000 characters). */
        public String summary() {
            String text = code + ": " + message;
            return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
        }
    }
}
