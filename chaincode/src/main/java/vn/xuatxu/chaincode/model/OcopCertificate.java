package vn.xuatxu.chaincode.model;

/**
 * The OCOP recognition decision behind a product's star rating.
 *
 * <p>Kept with the product, not the lot, because one decision covers every lot of the product for
 * its 36-month validity; the dates let a passport hide or flag the stars once the decision lapses
 * without the ledger consulting a clock.
 *
 * @param number     decision or certificate number as printed, e.g. {@code "1234/QĐ-UBND"}
 * @param issueDate  ISO date of the decision
 * @param expiryDate ISO date the recognition ends, after {@code issueDate}
 */
public record OcopCertificate(String number, String issueDate, String expiryDate) {
}
