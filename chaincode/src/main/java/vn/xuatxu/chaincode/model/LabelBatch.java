package vn.xuatxu.chaincode.model;

/**
 * A print run of serialised labels for a lot: how many, and the Merkle root of their serial
 * numbers. Stored under {@code labelBatch/{gtin}/{lotNumber}/{batchId}}.
 *
 * <p>The root commits the producer to exactly one set of serials without putting thousands of them
 * on chain; a scanned serial is later proven a member with a Merkle proof (see
 * {@link vn.xuatxu.chaincode.merkle.MerkleTree}). A serial that was never printed cannot be proven,
 * so copied-and-altered labels fail.
 *
 * @param gtin         GTIN-14 of the lot
 * @param lotNumber    lot number
 * @param batchId      producer's id of the print run, unique per lot
 * @param labelCount   number of serials under the root
 * @param merkleRoot   Merkle root, 64 lower-case hex
 * @param registeredBy organisation id of the lot owner that registered it
 * @param registeredAt transaction timestamp, ISO-8601 UTC
 * @param txId         registering transaction
 * @param voidedCount  number of serials voided so far; omitted while none
 */
public record LabelBatch(String gtin, String lotNumber, String batchId, int labelCount, String merkleRoot,
        String registeredBy, String registeredAt, String txId, Integer voidedCount) {

    /** True when {@code other} registers the same batch, whatever the transaction that recorded it. */
    public boolean sameRegistrationAs(LabelBatch other) {
        return gtin.equals(other.gtin) && lotNumber.equals(other.lotNumber) && batchId.equals(other.batchId)
                && labelCount == other.labelCount && merkleRoot.equals(other.merkleRoot)
                && registeredBy.equals(other.registeredBy);
    }

    public LabelBatch withVoided(int moreVoided) {
        int total = (voidedCount == null ? 0 : voidedCount) + moreVoided;
        return new LabelBatch(gtin, lotNumber, batchId, labelCount, merkleRoot, registeredBy, registeredAt, txId,
                total == 0 ? null : total);
    }
}
