package vn.xuatxu.chaincode.model;

/**
 * How much of one lot a transformation used, in the lot's own unit. Kept on the event so a resubmission
 * that claims other amounts under the same hash is recognised as a different assertion, and so anyone
 * reading the ledger can add up what is left of a lot without the off-chain database.
 *
 * @param gtin      GTIN-14 of the input lot's product
 * @param lotNumber GS1 AI 10 lot number
 * @param quantity  positive decimal string, as {@link Quantity} accepts it
 */
public record LotQuantity(String gtin, String lotNumber, String quantity) {

    public LotReference reference() {
        return new LotReference(gtin, lotNumber);
    }
}
