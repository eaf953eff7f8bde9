package vn.xuatxu.chaincode.model;

/**
 * A label taken out of use (misprinted, damaged, found on a counterfeit), stored under
 * {@code voidedLabel/{gtin}/{lotNumber}/{batchId}/{serial}} so a verification finds it with one read.
 *
 * @param serial   the voided serial number
 * @param reason   why, NFC
 * @param voidedBy organisation id of the lot owner or agency that voided it
 * @param voidedAt transaction timestamp, ISO-8601 UTC
 * @param txId     voiding transaction
 */
public record VoidedLabel(String serial, String reason, String voidedBy, String voidedAt, String txId) {
}
