package vn.xuatxu.chaincode.model;

/**
 * An organisation known to the ledger, keyed by its MSP id.
 *
 * <p>Stored under {@code org/{mspId}}. {@code name} and {@code province} are always present for
 * organisations registered through {@code registerOrganisation}; the province agency itself is
 * recorded by {@code initLedger}, which receives only its MSP id, so its record carries just
 * {@code mspId} and {@code kind}. Absent optional fields are omitted from the JSON, not written as null.
 *
 * @param mspId    the MSP that issues the organisation's certificates
 * @param name     display name, Unicode NFC
 * @param kind     what the organisation may do
 * @param province province (tỉnh/thành phố), NFC
 * @param district district (huyện/quận), NFC, optional
 * @param commune  commune (xã/phường), NFC, optional
 */
public record Organisation(String mspId, String name, OrganisationKind kind, String province, String district,
        String commune) {

    /** The record {@code initLedger} writes for the agency it is initialised with. */
    public static Organisation agency(MspId mspId) {
        return new Organisation(mspId.value(), null, OrganisationKind.AGENCY, null, null, null);
    }
}
