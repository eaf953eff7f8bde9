/**
 * The ledger as the rest of the application sees it: the {@link vn.xuatxu.api.ledger.Ledger} port, the
 * outbox that carries database writes to it exactly once, and its health. Adapters live in sub-packages.
 */
package vn.xuatxu.api.ledger;
