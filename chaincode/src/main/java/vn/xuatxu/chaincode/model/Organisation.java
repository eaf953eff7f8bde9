package vn.xuatxu.chaincode.model;

/**
 * An organisation known to the ledger, keyed by its organisation id ({@code mspId}).
 *
 * <p>Stored under {@code org/{mspId}}. On the embedded ledger every organisation has its own
 * pseudo-MSP, so the id is the MSP id. A real channel has only three MSPs (agency, producers,
 * schools) and each co-op is an identity inside one of them, carrying its id in the Fabric CA
 * attribute {@code xuatxu.org}; {@code fabricMspId} then names the MSP whose identities may speak
 * for the organisation, so a producers'-CA identity cannot claim to be a school. Omitted when it
 * equals {@code mspId}.
 *
 * <p>{@code name} and {@code province} are always present for organisations registered through
 * {@code registerOrganisation}; the province agency itself is recorded by {@code initLedger}, which
 * receives only its id, so its record carries just {@code mspId}, {@code kind} and possibly
 * {@code fabricMspId}. Absent optional fields are omitted from the JSON, not written as null.
 *
 * @param mspId       the organisation id (historically the MSP id, hence the name)
 * @param name        display name, Unicode NFC
 * @param kind        what the organisation may do
 * @param province    province (tỉnh/thành phố), NFC
 * @param district    district (huyện/quận), NFC, optional
 * @param commune     commune (xã/phường), NFC, optional
 * @param fabricMspId the Fabric MSP of its identities when different from {@code mspId}; null otherwise
 */
public record Organisation(String mspId, String name, OrganisationKind kind, String province, String district,
        String commune, String fabricMspId) {

    public Organisation {
        if (fabricMspId != null && fabricMspId.equals(mspId)) {
            fabricMspId = null;
        }
    }

    /** The record {@code initLedger} writes for the agency it is initialised with. */
    public static Organisation agency(MspId mspId, String fabricMspId) {
        return new Organisation(mspId.value(), null, OrganisationKind.AGENCY, null, null, null, fabricMspId);
    }

    /** The MSP whose identities act for this organisation. */
    public String effectiveFabricMspId() {
        return fabricMspId == null ? mspId : fabricMspId;
    }
}
