package vn.xuatxu.api.ledger;

/** The ledger could not be reached or could not persist; nothing was committed and a retry is safe. */
public final class LedgerUnavailableException extends Exception {

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
