package vn.xuatxu.chaincode.model;

/**
 * How an organisation relates to the lots listed for it: lots it registered, or lots it holds.
 * Each has its own composite-key index so a list is one range scan on LevelDB (no rich queries).
 */
public enum LotRelation {
    /** Lots the organisation registered (or produced by transformation); never changes. */
    OWNER,
    /** Lots the organisation holds now; moves on receipt. */
    CUSTODIAN
}
