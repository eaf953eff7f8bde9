/**
 * The Fabric adapter of the {@link vn.xuatxu.api.ledger.Ledger} port: the Fabric Gateway client
 * ({@code org.hyperledger.fabric:fabric-gateway}) over one TLS gRPC connection to a peer's gateway endpoint,
 * signing as the organisation each transaction names. Chosen with {@code xuatxu.ledger.mode=fabric}; the rest
 * of the application cannot tell it from the embedded ledger, because both run the same contract and answer
 * with the same outcomes. See {@code docs/fabric-adapter.md}.
 */
package vn.xuatxu.api.ledger.fabric;
