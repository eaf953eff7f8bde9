package vn.xuatxu.api.identity.domain;

/** The kinds of organisation on the platform; each is one ledger identity (an MSP in Fabric). */
public enum OrganisationKind {
    AGENCY, PRODUCER, SCHOOL_KITCHEN
}
