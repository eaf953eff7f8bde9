package vn.xuatxu.chaincode.model;

/**
 * What {@code initLedger} fixes once per channel: which MSP is the province agency, i.e. who may
 * register organisations. Stored under {@code config/ledger}.
 *
 * @param agencyMspId MSP id of the province agency
 */
public record LedgerConfiguration(String agencyMspId) {
}
