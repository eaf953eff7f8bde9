package vn.xuatxu.chaincode.model;

/**
 * Names one lot: the pair that keys it on the ledger and in a GS1 Digital Link ({@code /01/{gtin}/10/{lot}}).
 *
 * <p>Used wherever one record points at another lot (transformation inputs, recall propagation),
 * so links never carry a copy of the lot that could drift from it.
 */
public record LotReference(String gtin, String lotNumber) implements Comparable<LotReference> {

    @Override
    public int compareTo(LotReference other) {
        int byGtin = gtin.compareTo(other.gtin);
        return byGtin != 0 ? byGtin : lotNumber.compareTo(other.lotNumber);
    }

    @Override
    public String toString() {
        return gtin + "/" + lotNumber;
    }
}
