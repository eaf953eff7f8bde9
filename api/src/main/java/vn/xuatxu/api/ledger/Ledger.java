package vn.xuatxu.api.ledger;

/**
 * The one way the application reaches a ledger. Every adapter executes the same contract from the
 * {@code chaincode} module, so a record accepted here is accepted by a real Fabric network too.
 *
 * <p>Transactions act as an organisation: the adapter signs with that organisation's identity and the
 * contract checks ownership from it. A contract's refusal is an answer ({@link SubmitOutcome.Rejected}),
 * not an exception; only an unreachable ledger throws, and then nothing was written.
 */
public interface Ledger {

    /**
     * Endorses and commits a transaction, returning once it is durably in a block or refused.
     *
     * @throws LedgerUnavailableException when the ledger cannot be reached; the caller may retry
     */
    SubmitOutcome submit(LedgerTransaction transaction) throws LedgerUnavailableException;

    /**
     * Runs a read-only contract function against committed state; nothing is written.
     *
     * @throws LedgerUnavailableException when the ledger cannot be reached
     */
    QueryOutcome evaluate(LedgerTransaction query) throws LedgerUnavailableException;

    /**
     * Committed chaincode events after a checkpoint, in commit order: at most {@code max}, waiting up to
     * {@code wait} for the first one. Followers store the returned batch's checkpoint durably after
     * processing it, so no committed event is missed or processed twice across restarts.
     *
     * @throws LedgerUnavailableException when the ledger cannot be reached
     */
    EventBatch events(EventCheckpoint after, int max, java.time.Duration wait) throws LedgerUnavailableException;

    /**
     * Proves a record's latest value: which valid transaction wrote it, in which block, and that block's hash.
     * The record is named by a read-only contract call that answers its key history, oldest first, as
     * {@code {"history":[{"txId","timestamp","isDelete","value"}...]}} (e.g. {@code getLotHistory}); the newest
     * entry is looked up in the chain itself (embedded: the block read back from the log, re-hashed, its
     * signature checked and its place in the chain; Fabric: the system chaincode {@code qscc}). Never throws:
     * an unreachable ledger is {@link RecordProof.Unavailable}.
     */
    RecordProof prove(LedgerTransaction history);

    /** Where the ledger stands now, for health checks and pages that show proof. */
    LedgerStatus status();
}
