package vn.xuatxu.chaincode.model;

/**
 * What an organisation is allowed to do on the ledger; a closed set because each kind maps to
 * transactions in the contract.
 */
public enum OrganisationKind {
    /** The province agency: initialises the ledger and registers the other organisations. */
    AGENCY,
    /** A producer (OCOP co-operative, farm, processor): registers its products and their lots. */
    PRODUCER,
    /** A school kitchen: receives lots and records their use (transactions to come). */
    SCHOOL_KITCHEN
}
