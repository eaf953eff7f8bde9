/**
 * A faithful in-memory stand-in for a Fabric peer, so contract tests exercise the real shim types
 * ({@code Context}, {@code ClientIdentity}, {@code CompositeKey}) and Fabric's transaction rules
 * (writes invisible until commit, one event per transaction, nothing kept from a failed transaction).
 */
package vn.xuatxu.chaincode.ledger;
