package vn.xuatxu.chaincode;

import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Why a transaction was refused, as a closed set the api module can map to HTTP statuses and outbox
 * decisions (retry, give up, treat as done).
 *
 * <p>The code travels twice: as the {@link ChaincodeException} payload (UTF-8 name of the constant),
 * which in-process callers can read, and as the prefix of the message ({@code "NOT_FOUND: ..."}),
 * because a Fabric peer passes only the message of a failed chaincode response on to the Gateway
 * client.
 */
public enum ErrorCode {
    /** An argument or a JSON field is missing, malformed or out of range; resubmitting it unchanged will fail again. */
    INVALID_ARGUMENT,
    /** The organisation, product, lot, label batch, event, recall or kitchen day asked for is not on the ledger. */
    NOT_FOUND,
    /** The key is taken by a record with different content (or the ledger is initialised for another agency). */
    ALREADY_EXISTS,
    /** The caller's organisation may not perform this transaction. */
    FORBIDDEN,
    /** {@code initLedger} has not been run yet, so no agency is known to authorise anything. */
    NOT_INITIALISED,
    /**
     * The request is well-formed and allowed, but the lot (or batch, or record) is in a state where it
     * makes no sense: shipping a recalled lot, receiving without an open shipment, transforming a
     * consumed input. Resubmitting unchanged fails again until the state changes.
     */
    INVALID_STATE;

    /**
     * The exception to throw from a transaction function.
     *
     * @param detail precise English explanation: which field or key, and why
     */
    public ChaincodeException exception(String detail) {
        return new ChaincodeException(name() + ": " + detail, name());
    }
}
