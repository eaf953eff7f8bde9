package vn.xuatxu.chaincode.model;

/**
 * A production lot of a product; stored under {@code lot/{gtin}/{lotNumber}} and emitted as the
 * payload of the {@code LotRegistered} event.
 *
 * <p>{@code registeredAt} and {@code txId} come from the registering transaction, never from a clock,
 * so every endorsing peer computes the same bytes.
 *
 * @param gtin           GTIN-14 of the product
 * @param lotNumber      GS1 AI 10 lot number
 * @param productionDate ISO date
 * @param bestBeforeDate ISO date, omitted when the lot has none
 * @param quantity       positive decimal string
 * @param unit           unit of {@code quantity}
 * @param recordHash     SHA-256 of the off-chain lot record, lower-case hex
 * @param status         life-cycle state
 * @param custodianMspId who holds the goods now (the producer, at registration)
 * @param ownerMspId     who registered the lot and owns the product
 * @param registeredAt   transaction timestamp, ISO-8601 UTC ({@code 2026-11-23T07:15:00Z})
 * @param txId           id of the registering transaction
 */
public record Lot(String gtin, String lotNumber, String productionDate, String bestBeforeDate, String quantity,
        String unit, String recordHash, LotStatus status, String custodianMspId, String ownerMspId,
        String registeredAt, String txId) {

    /** A newly registered lot: active, held and owned by its registrant. */
    public static Lot registered(LotRegistration registration, String registeredAt, String txId) {
        return new Lot(registration.gtin(), registration.lotNumber(), registration.productionDate(),
                registration.bestBeforeDate(), registration.quantity(), registration.unit(),
                registration.recordHash(), LotStatus.ACTIVE, registration.ownerMspId(), registration.ownerMspId(),
                registeredAt, txId);
    }

    /** The producer's assertion inside this lot, for comparing with a resubmission. */
    public LotRegistration registration() {
        return new LotRegistration(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash,
                ownerMspId);
    }
}
