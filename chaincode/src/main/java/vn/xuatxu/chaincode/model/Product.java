package vn.xuatxu.chaincode.model;

/**
 * A trade item a producer has put on the ledger, keyed by GTIN; stored under {@code product/{gtin}}.
 *
 * <p>There is no timestamp on purpose: the record is a pure function of what the producer submitted
 * and who it is, so an outbox retry produces an equal record and is recognised as the same registration.
 *
 * @param gtin            GTIN-14
 * @param name            product name, Unicode NFC
 * @param category        product category, NFC
 * @param ocopStars       OCOP star rating: 0 (not rated) or 3 to 5; null (omitted) when not submitted
 * @param ocopCertificate the recognition decision behind {@code ocopStars}, optional
 * @param mark            geographical indication or collective/certification mark, optional
 * @param ownerMspId      the producer that registered it (the caller's organisation id, never a submitted field)
 */
public record Product(String gtin, String name, String category, Integer ocopStars, OcopCertificate ocopCertificate,
        ProtectedMark mark, String ownerMspId) {

    /** The product as registered before OCOP certificates and marks existed. */
    public Product(String gtin, String name, String category, Integer ocopStars, String ownerMspId) {
        this(gtin, name, category, ocopStars, null, null, ownerMspId);
    }
}
