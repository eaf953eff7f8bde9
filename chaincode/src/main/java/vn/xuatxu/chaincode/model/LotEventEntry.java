package vn.xuatxu.chaincode.model;

/**
 * One line of a lot's event list, stored under {@code lotEvent/{gtin}/{lotNumber}/{sequence}} with
 * the sequence zero-padded to 8 digits, so a partial composite-key query returns a lot's events in
 * the order the ledger accepted them.
 *
 * @param sequence  1 for the lot's first event, then 2, 3, ...
 * @param eventHash EPCIS hash of the event, whose record is under {@code event/{hex}}
 */
public record LotEventEntry(int sequence, String eventHash) {
}
