package vn.xuatxu.chaincode.model;

/**
 * What a producer asserts when it registers a lot: everything in a {@link Lot} except what the ledger
 * adds (status, custodian, time, transaction id, later events).
 *
 * <p>It exists to decide idempotency: a resubmitted {@code registerLot} is the same registration
 * exactly when its {@code LotRegistration} equals the stored lot's {@link Lot#registration()}, even
 * though the retry runs in a new transaction with a new id and timestamp.
 *
 * @param gtin           GTIN-14 of the product
 * @param lotNumber      GS1 AI 10 lot number
 * @param productionDate ISO date {@code yyyy-MM-dd}
 * @param bestBeforeDate ISO date, or null when the lot has none
 * @param quantity       positive decimal string
 * @param unit           unit of {@code quantity}, NFC
 * @param recordHash     SHA-256 of the off-chain lot record, lower-case hex
 * @param ownerMspId     the registering producer's organisation id
 * @param origin         where the lot was grown or made, or null
 */
public record LotRegistration(String gtin, String lotNumber, String productionDate, String bestBeforeDate,
        String quantity, String unit, String recordHash, String ownerMspId, Origin origin) {
}
