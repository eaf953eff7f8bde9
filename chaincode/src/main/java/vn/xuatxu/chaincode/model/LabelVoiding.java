package vn.xuatxu.chaincode.model;

import java.util.List;

/**
 * The serials one {@code voidLabels} transaction took out of use; the payload of {@code LabelsVoided}.
 *
 * @param gtin      GTIN of the lot
 * @param lotNumber lot number
 * @param batchId   label batch
 * @param serials   serials newly voided, sorted
 * @param reason    why, NFC
 * @param voidedBy  organisation id of the lot owner or agency
 * @param voidedAt  transaction timestamp, ISO-8601 UTC
 * @param txId      voiding transaction
 */
public record LabelVoiding(String gtin, String lotNumber, String batchId, List<String> serials, String reason,
        String voidedBy, String voidedAt, String txId) {

    public LabelVoiding {
        serials = List.copyOf(serials);
    }
}
