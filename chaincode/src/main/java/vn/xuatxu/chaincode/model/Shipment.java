package vn.xuatxu.chaincode.model;

/**
 * An open shipment on a lot: who it was sent to and by which event.
 *
 * <p>Stored on the lot so that a receiving event can be checked against it with one read, and
 * cleared when the receiver records receipt.
 *
 * @param receiverMspId organisation id of the intended receiver
 * @param senderMspId   organisation id of the custodian that shipped it
 * @param eventHash     EPCIS hash of the shipping event
 */
public record Shipment(String receiverMspId, String senderMspId, String eventHash) {
}
