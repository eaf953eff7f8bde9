/**
 * The values the ledger stores and the identifiers it keys them by, free of any Fabric type so that
 * the api module can reuse the same rules (a GTIN valid here is valid there).
 *
 * <p>Identifier records ({@link vn.xuatxu.chaincode.model.Gtin}, {@link vn.xuatxu.chaincode.model.LotNumber},
 * ...) validate in their constructor and throw {@link java.lang.IllegalArgumentException} whose message
 * says why, without naming a field; the contract adds the field name. State records hold plain
 * strings so their JSON form is obvious.
 */
package vn.xuatxu.chaincode.model;
