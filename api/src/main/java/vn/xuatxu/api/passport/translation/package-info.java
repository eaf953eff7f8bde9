/**
 * Product and producer texts in the languages buyers read (Thái, H'Mông, English, Chinese…), entered by the
 * producer and shown by the passport page next to the Vietnamese, which stays the text of record. Off the
 * ledger on purpose: a translation is the producer's presentation, not a traceability record, and the
 * mandatory items the ledger anchors are Vietnamese.
 */
package vn.xuatxu.api.passport.translation;
