package vn.xuatxu.api.ledger.embedded;

/** The block log or a block in it does not check out; the ledger refuses to run on it. */
public final class CorruptLedgerException extends Exception {

    private final long blockNumber;

    public CorruptLedgerException(long blockNumber, String message) {
        super("Ledger block " + blockNumber + " is not intact: " + message);
        this.blockNumber = blockNumber;
    }

    /** The first block that failed verification. */
    public long blockNumber() {
        return blockNumber;
    }
}
