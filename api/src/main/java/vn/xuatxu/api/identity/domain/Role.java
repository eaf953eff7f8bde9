package vn.xuatxu.api.identity.domain;

/** What a person may do within their organisation. */
public enum Role {
    /** Runs a producer organisation: its products, staff and lots. */
    ORG_ADMIN,
    /** Works for a producer: registers lots and records events. */
    STAFF,
    /** Runs a school kitchen's records and staff. */
    KITCHEN_MANAGER,
    /** Logs a school kitchen's daily checks and samples. */
    KITCHEN_STAFF,
    /** Reads everything within the province agency's scope. */
    INSPECTOR,
    /** Creates organisations and their first administrators; recalls lots. */
    AGENCY_ADMIN
}
