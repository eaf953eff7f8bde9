/**
 * The embedded ledger, the single-machine default: the real contract executed in-process over a
 * hash-chained, signed, append-only block log in the data folder, with identities from a local CA.
 * A real Fabric network replaces it by configuration, never by code changes elsewhere.
 */
package vn.xuatxu.api.ledger.embedded;
