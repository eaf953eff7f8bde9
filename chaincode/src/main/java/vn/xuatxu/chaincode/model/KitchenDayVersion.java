package vn.xuatxu.chaincode.model;

/**
 * One version of a school kitchen's record of a day (receiving checks, cooking and serving checks,
 * retained food samples), stored under {@code kitchenDay/{kitchenId}/{date}/{version}} with the
 * version zero-padded to 6 digits.
 *
 * <p>The records themselves stay off-chain; the hash proves which content the kitchen stood behind
 * and when. An amendment is a new version with a reason, never an overwrite, because the value of
 * the record to an inspector is that yesterday's entry cannot be rewritten silently.
 *
 * @param kitchenId       organisation id of the school kitchen
 * @param date            the day recorded, ISO date
 * @param version         1 for the original, 2, 3, ... for amendments
 * @param contentHash     SHA-256 of the day's records, lower-case hex
 * @param amendmentReason why the day was amended; absent on version 1, required after
 * @param recordedAt      transaction timestamp, ISO-8601 UTC
 * @param txId            recording transaction
 */
public record KitchenDayVersion(String kitchenId, String date, int version, String contentHash,
        String amendmentReason, String recordedAt, String txId) {
}
