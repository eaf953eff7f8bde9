package vn.xuatxu.chaincode.model;

import java.util.List;

/**
 * A production lot of a product; stored under {@code lot/{gtin}/{lotNumber}} and emitted as the
 * payload of the {@code LotRegistered} event.
 *
 * <p>{@code registeredAt} and {@code txId} come from the registering transaction, never from a clock,
 * so every endorsing peer computes the same bytes. Every later change (shipment, receipt,
 * transformation, recall) rewrites this one record, so the key's history is the lot's history.
 * Fields added after the first version are optional and omitted while null, so a lot registered
 * without them keeps its original bytes.
 *
 * @param gtin           GTIN-14 of the product
 * @param lotNumber      GS1 AI 10 lot number
 * @param productionDate ISO date
 * @param bestBeforeDate ISO date, omitted when the lot has none
 * @param quantity       positive decimal string
 * @param unit           unit of {@code quantity}
 * @param recordHash     SHA-256 of the off-chain lot record, lower-case hex
 * @param status         life-cycle state
 * @param custodianMspId organisation id of who holds the goods now (the producer, at registration)
 * @param ownerMspId     organisation id of who registered the lot and owns the product
 * @param registeredAt   transaction timestamp, ISO-8601 UTC ({@code 2026-11-23T07:15:00Z})
 * @param txId           id of the registering transaction
 * @param origin         where the lot was grown or made, optional
 * @param derivedFrom    input lots of the transformations that produced it, sorted; omitted when none
 * @param shipment       the open shipment while {@code IN_TRANSIT} (or recalled in transit)
 * @param recall         why the lot is recalled, once it is
 * @param eventCount     number of traceability events recorded on the lot; omitted before the first
 * @param consumedQuantity how much of {@code quantity} transformations have used so far, in {@code unit};
 *                       omitted until a transformation names an amount (one that names none uses it all)
 */
public record Lot(String gtin, String lotNumber, String productionDate, String bestBeforeDate, String quantity,
        String unit, String recordHash, LotStatus status, String custodianMspId, String ownerMspId,
        String registeredAt, String txId, Origin origin, List<LotReference> derivedFrom, Shipment shipment,
        Recall recall, Integer eventCount, String consumedQuantity) {

    public Lot {
        derivedFrom = derivedFrom == null || derivedFrom.isEmpty() ? null : List.copyOf(derivedFrom);
    }

    /** A newly registered lot: active, held and owned by its registrant. */
    public static Lot registered(LotRegistration registration, String registeredAt, String txId) {
        return new Lot(registration.gtin(), registration.lotNumber(), registration.productionDate(),
                registration.bestBeforeDate(), registration.quantity(), registration.unit(),
                registration.recordHash(), LotStatus.ACTIVE, registration.ownerMspId(), registration.ownerMspId(),
                registeredAt, txId, registration.origin(), null, null, null, null, null);
    }

    /** The producer's assertion inside this lot, for comparing with a resubmission. */
    public LotRegistration registration() {
        return new LotRegistration(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash,
                ownerMspId, origin);
    }

    public LotReference reference() {
        return new LotReference(gtin, lotNumber);
    }

    /** Number of events recorded so far (0 when {@code eventCount} is omitted). */
    public int events() {
        return eventCount == null ? 0 : eventCount;
    }

    public Lot withStatus(LotStatus newStatus) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, newStatus,
                custodianMspId, ownerMspId, registeredAt, txId, origin, derivedFrom, shipment, recall, eventCount, consumedQuantity);
    }

    public Lot withCustodian(String newCustodian) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                newCustodian, ownerMspId, registeredAt, txId, origin, derivedFrom, shipment, recall, eventCount, consumedQuantity);
    }

    public Lot withShipment(Shipment newShipment) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                custodianMspId, ownerMspId, registeredAt, txId, origin, derivedFrom, newShipment, recall, eventCount, consumedQuantity);
    }

    public Lot withRecall(Recall newRecall) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                custodianMspId, ownerMspId, registeredAt, txId, origin, derivedFrom, shipment, newRecall, eventCount, consumedQuantity);
    }

    public Lot withDerivedFrom(List<LotReference> inputs) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                custodianMspId, ownerMspId, registeredAt, txId, origin, inputs, shipment, recall, eventCount, consumedQuantity);
    }

    public Lot withConsumedQuantity(String consumed) {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                custodianMspId, ownerMspId, registeredAt, txId, origin, derivedFrom, shipment, recall, eventCount, consumed);
    }

    /** What transformations have not used yet: the whole quantity until one names an amount. */
    public java.math.BigDecimal remaining() {
        java.math.BigDecimal total = new java.math.BigDecimal(quantity);
        return consumedQuantity == null ? total : total.subtract(new java.math.BigDecimal(consumedQuantity));
    }

    /** This lot with one more event counted. */
    public Lot withOneMoreEvent() {
        return new Lot(gtin, lotNumber, productionDate, bestBeforeDate, quantity, unit, recordHash, status,
                custodianMspId, ownerMspId, registeredAt, txId, origin, derivedFrom, shipment, recall, events() + 1, consumedQuantity);
    }
}
