/**
 * Label batches: unit labels with unguessable serials for a lot, printed in any printer language, their
 * serials kept so a scan can be proven genuine against the batch's Merkle root on the ledger, and voided.
 */
package vn.xuatxu.api.passport.label;
