package vn.xuatxu.chaincode.model;

import java.util.List;

/**
 * A recall as issued: stored under {@code recall/{recallId}} and emitted as the payload of
 * {@code LotRecalled}, listing every lot it reached so off-chain systems (resolver pages, kitchens
 * holding the goods) can act without walking the derivation graph themselves.
 *
 * @param recallId     id of the recalling transaction
 * @param gtin         GTIN of the lot the recall was issued for
 * @param lotNumber    lot number of the lot the recall was issued for
 * @param reason       reason, NFC
 * @param recalledBy   organisation id of the recaller
 * @param recalledAt   transaction timestamp, ISO-8601 UTC
 * @param affectedLots the recalled lot first, then lots made from it, breadth first in key order
 */
public record RecallNotice(String recallId, String gtin, String lotNumber, String reason, String recalledBy,
        String recalledAt, List<LotReference> affectedLots) {

    public RecallNotice {
        affectedLots = List.copyOf(affectedLots);
    }
}
