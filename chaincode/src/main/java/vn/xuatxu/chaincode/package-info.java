/**
 * The Xuất Xứ traceability contract: the one piece of code that both a real Hyperledger Fabric
 * network and the api module's embedded ledger execute, so that a passport means the same thing
 * wherever it was endorsed.
 *
 * <p>Only {@code String}s cross the contract boundary (the shim cannot serialise records as
 * {@code @DataType}); inside, state values are records in {@link vn.xuatxu.chaincode.model} and are
 * written as canonical JSON by {@link vn.xuatxu.chaincode.state}. {@code PassportContract} parses
 * and authorises; the package-private {@code Caller} resolves who is calling, {@code LotLifecycle}
 * is the state machine of a lot, {@code RecallPropagation} walks the derivation graph, and
 * {@code LotStore} keeps lots and their indexes in step. {@link vn.xuatxu.chaincode.merkle} is the
 * label Merkle tree shared with off-chain code; {@link vn.xuatxu.chaincode.service} runs the
 * contract as a chaincode service.
 */
package vn.xuatxu.chaincode;
