package vn.xuatxu.chaincode.model;

/**
 * Where a lot is in its life; traceability events and recalls move it between these states (see
 * {@code docs/chaincode.md}, "State machine of a lot").
 *
 * <p>A closed set because the contract's rules are written per state: a shipped lot cannot be
 * shipped again, a consumed or destroyed one can do nothing more.
 */
public enum LotStatus {
    /** Held by its custodian and usable: may be shipped, transformed, inspected, destroyed. */
    ACTIVE,
    /** Shipped and not yet received: only the named receiver may record receipt. */
    IN_TRANSIT,
    /** Withdrawn by its owner or the agency (directly or because an input lot was recalled). */
    RECALLED,
    /** Used up as the input of a transformation (roasting, cooking). Terminal. */
    CONSUMED,
    /** Destroyed. Terminal. */
    DESTROYED
}
