package vn.xuatxu.chaincode.model;

/**
 * Why a lot is recalled, copied onto every lot the recall reached so that each lot answers
 * "recalled?" with one read, even when the recall started at one of its input lots.
 *
 * @param recallId        id of the recalling transaction
 * @param reason          reason given by the recaller, NFC
 * @param recalledBy      organisation id of the recaller (the root lot's owner or the agency)
 * @param recalledAt      transaction timestamp, ISO-8601 UTC
 * @param sourceGtin      GTIN of the lot the recall was issued for
 * @param sourceLotNumber lot number of the lot the recall was issued for
 */
public record Recall(String recallId, String reason, String recalledBy, String recalledAt, String sourceGtin,
        String sourceLotNumber) {
}
