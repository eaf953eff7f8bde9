/**
 * The Xuất Xứ traceability contract: the one piece of code that both a real Hyperledger Fabric
 * network and the api module's embedded ledger execute, so that a passport means the same thing
 * wherever it was endorsed.
 *
 * <p>Only {@code String}s cross the contract boundary (the shim cannot serialise records as
 * {@code @DataType}); inside, state values are records in {@link vn.xuatxu.chaincode.model} and are
 * written as canonical JSON by {@link vn.xuatxu.chaincode.state}.
 */
package vn.xuatxu.chaincode;
